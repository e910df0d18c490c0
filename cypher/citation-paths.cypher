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
// Each end's properties read once and sent as a list of values, the edge's whole: why, in recalled-by.cypher.
WITH x, y, r, properties(x) AS xProps, properties(y) AS yProps
RETURN [xProps.symbol, xProps.key, xProps.body, xProps.kind, xProps.session, toString(xProps.date), xProps.year, xProps.title_en, xProps.title_zh, xProps.title_fr, xProps.title_es, xProps.title_ru, xProps.title_ar, xProps.ingested, xProps.name_en, xProps.name_zh, xProps.name_fr, xProps.name_es, xProps.name_ru, xProps.name_ar, toString(xProps.adoptedOn), xProps.pagerank] AS fromProps,
       labels(x) AS fromLabels, type(r) AS type,
       properties(r) AS props,
       [yProps.symbol, yProps.key, yProps.body, yProps.kind, yProps.session, toString(yProps.date), yProps.year, yProps.title_en, yProps.title_zh, yProps.title_fr, yProps.title_es, yProps.title_ru, yProps.title_ar, yProps.ingested, yProps.name_en, yProps.name_zh, yProps.name_fr, yProps.name_es, yProps.name_ru, yProps.name_ar, toString(yProps.adoptedOn), yProps.pagerank] AS toProps,
       labels(y) AS toLabels
