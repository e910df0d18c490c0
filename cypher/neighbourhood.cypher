// description: One hop around a document or instrument, both directions, newest neighbours first.
CALL () {
  MATCH (n:Document {symbol: $symbol}) RETURN n
  UNION
  MATCH (n:Instrument {key: $key}) RETURN n
}
MATCH (n)-[r]-(m)
WHERE type(r) IN $relations
WITH r, m
ORDER BY m.date DESC, coalesce(m.symbol, m.key)
LIMIT $limit
WITH r, startNode(r) AS a, endNode(r) AS b
// Each end's properties read once and sent as a list of values, the edge's whole: why, in recalled-by.cypher.
WITH r, a, b, properties(a) AS aProps, properties(b) AS bProps
RETURN [aProps.symbol, aProps.key, aProps.body, aProps.kind, aProps.session, toString(aProps.date), aProps.year, aProps.title_en, aProps.title_zh, aProps.title_fr, aProps.title_es, aProps.title_ru, aProps.title_ar, aProps.ingested, aProps.name_en, aProps.name_zh, aProps.name_fr, aProps.name_es, aProps.name_ru, aProps.name_ar, toString(aProps.adoptedOn), aProps.pagerank] AS fromProps,
       labels(a) AS fromLabels, type(r) AS type,
       properties(r) AS props,
       [bProps.symbol, bProps.key, bProps.body, bProps.kind, bProps.session, toString(bProps.date), bProps.year, bProps.title_en, bProps.title_zh, bProps.title_fr, bProps.title_es, bProps.title_ru, bProps.title_ar, bProps.ingested, bProps.name_en, bProps.name_zh, bProps.name_fr, bProps.name_es, bProps.name_ru, bProps.name_ar, toString(bProps.adoptedOn), bProps.pagerank] AS toProps,
       labels(b) AS toLabels
