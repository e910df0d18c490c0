// description: One step of a lineage towards the past: what the frontier cites, and the resolutions that adopted an instrument in it.
CALL () {
  MATCH (n:Document) WHERE n.symbol IN $symbols RETURN n
  UNION
  MATCH (n:Instrument) WHERE n.key IN $keys RETURN n
}
CALL (n) {
  MATCH (n)-[r]->(m) WHERE type(r) IN $relations RETURN r, m
  UNION
  MATCH (n)<-[r:ADOPTS]-(m) WHERE 'ADOPTS' IN $relations RETURN r, m
}
WITH r, m LIMIT $limit
RETURN properties(startNode(r)) AS fromProps, labels(startNode(r)) AS fromLabels, type(r) AS type, properties(r) AS props,
       properties(endNode(r)) AS toProps, labels(endNode(r)) AS toLabels
