// description: The shortest citation paths from one document (or instrument) to another — how the first reaches the second by what it cites, and what that cites — as one row per relationship on them.
CALL () {
  MATCH (a:Document {symbol: $fromSymbol}) RETURN a
  UNION
  MATCH (a:Instrument {key: $fromKey}) RETURN a
}
CALL () {
  MATCH (b:Document {symbol: $toSymbol}) RETURN b
  UNION
  MATCH (b:Instrument {key: $toKey}) RETURN b
}
MATCH p = allShortestPaths((a)-[:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES|ADOPTS*..8]->(b))
WHERE a <> b
WITH p LIMIT $limit
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS x, endNode(r) AS y
// Each end's properties read once, the edge's whole: why, in recalled-by.cypher.
WITH x, y, r, properties(x) AS xProps, properties(y) AS yProps
RETURN xProps {.symbol, .key, .body, .kind, .session, date: toString(xProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(xProps.adoptedOn), .pagerank} AS fromProps,
       labels(x) AS fromLabels, type(r) AS type,
       properties(r) AS props,
       yProps {.symbol, .key, .body, .kind, .session, date: toString(yProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(yProps.adoptedOn), .pagerank} AS toProps,
       labels(y) AS toLabels
