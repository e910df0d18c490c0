// description: One step of a lineage towards the present: what cites the frontier, and the instruments a resolution in it adopted.
CALL () {
  MATCH (n:Document) WHERE n.symbol IN $symbols RETURN n
  UNION
  MATCH (n:Instrument) WHERE n.key IN $keys RETURN n
}
CALL (n) {
  MATCH (n)<-[r]-(m) WHERE type(r) IN $relations AND type(r) <> 'ADOPTS' RETURN r, m
  UNION ALL
  MATCH (n)-[r:ADOPTS]->(m) WHERE 'ADOPTS' IN $relations RETURN r, m
}
WITH r, m LIMIT $limit
WITH r, startNode(r) AS a, endNode(r) AS b
// Only what a graph element shows: a store read per property, and lineage rows are many.
RETURN a {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .ingested, .name_en, .name_zh} AS fromProps,
       labels(a) AS fromLabels, type(r) AS type,
       r {.paragraph, .part, .verb, .qualifier, .quote, .via, .footnote, .languages, .verb_en, .verb_zh, .quote_en, .quote_zh, .locator} AS props,
       b {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .ingested, .name_en, .name_zh} AS toProps,
       labels(b) AS toLabels
