// description: One breadth-first step of a lineage in both directions at once, ids only: towards the past (what the ancestor frontier cites, and the resolutions that adopted an instrument in it) and towards the present (what cites the descendant frontier, and the instruments a resolution in it adopted).
// The walk needs only which nodes an edge joins, and what names the citation (its relation and
// paragraph, all an outlined lineage shows of an edge); what a node shows, and an edge's evidence,
// is read once, for those the answer keeps (lineage-nodes, lineage-edges): a level brings up to
// 4 edges per node of room, most of them cut by the node cap, and each property is a store read.
CALL () {
  CALL () {
    MATCH (n:Document) WHERE n.symbol IN $ancestorSymbols RETURN n
    UNION
    MATCH (n:Instrument) WHERE n.key IN $ancestorKeys RETURN n
  }
  CALL (n) {
    MATCH (n)-[r]->(m) WHERE type(r) IN $relations RETURN r
    UNION ALL
    MATCH (n)<-[r:ADOPTS]-(m) WHERE 'ADOPTS' IN $relations RETURN r
  }
  WITH r LIMIT $ancestorLimit
  RETURN 'ancestors' AS direction, r
  UNION ALL
  CALL () {
    MATCH (n:Document) WHERE n.symbol IN $descendantSymbols RETURN n
    UNION
    MATCH (n:Instrument) WHERE n.key IN $descendantKeys RETURN n
  }
  CALL (n) {
    MATCH (n)<-[r]-(m) WHERE type(r) IN $relations AND type(r) <> 'ADOPTS' RETURN r
    UNION ALL
    MATCH (n)-[r:ADOPTS]->(m) WHERE 'ADOPTS' IN $relations RETURN r
  }
  WITH r LIMIT $descendantLimit
  RETURN 'descendants' AS direction, r
}
WITH direction, r, startNode(r) AS a, endNode(r) AS b
// A node's id as the wire has it (server/services/values.ts nodeId): its symbol, or "instrument:<key>".
WITH direction, elementId(r) AS edge, type(r) AS type, r.paragraph AS paragraph,
     CASE WHEN a:Instrument THEN 'instrument:' + a.key ELSE coalesce(a.symbol, a.key, '') END AS source,
     CASE WHEN b:Instrument THEN 'instrument:' + b.key ELSE coalesce(b.symbol, b.key, '') END AS target
// One row per direction, each column a list in the order walked: a level brings up to thousands
// of steps, and a record of its own for each cost Neo4j and the driver about 30 % more CPU than
// the values. collect() leaves nulls out, so no paragraph travels as '' to keep the lists aligned.
RETURN direction, collect(edge) AS edges, collect(type) AS types, collect(coalesce(paragraph, '')) AS paragraphs,
       collect(source) AS sources, collect(target) AS targets
