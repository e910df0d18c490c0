// description: One step of a lineage towards the present: what cites the frontier, and the instruments a resolution in it adopted.
CALL () {
  MATCH (n:Document) WHERE n.symbol IN $symbols RETURN n
  UNION
  MATCH (n:Instrument) WHERE n.key IN $keys RETURN n
}
CALL (n) {
  MATCH (n)<-[r]-(m) WHERE type(r) IN $relations AND type(r) <> 'ADOPTS' RETURN r, m
  UNION
  MATCH (n)-[r:ADOPTS]->(m) WHERE 'ADOPTS' IN $relations RETURN r, m
}
WITH r, m LIMIT $limit
RETURN properties(startNode(r)) AS fromProps, labels(startNode(r)) AS fromLabels, type(r) AS type, properties(r) AS props,
       properties(endNode(r)) AS toProps, labels(endNode(r)) AS toLabels
