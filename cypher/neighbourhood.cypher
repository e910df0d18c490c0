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
// Each end's properties read once, the edge's whole: why, in recalled-by.cypher.
WITH r, a, b, properties(a) AS aProps, properties(b) AS bProps
RETURN aProps {.symbol, .key, .body, .kind, .session, date: toString(aProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(aProps.adoptedOn), .pagerank} AS fromProps,
       labels(a) AS fromLabels, type(r) AS type,
       properties(r) AS props,
       bProps {.symbol, .key, .body, .kind, .session, date: toString(bProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(bProps.adoptedOn), .pagerank} AS toProps,
       labels(b) AS toLabels
