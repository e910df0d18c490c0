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
// Only what a graph element shows: a store read per property, and lineage rows are many.
RETURN a {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, .adoptedOn, .pagerank} AS fromProps,
       labels(a) AS fromLabels, type(r) AS type,
       r {.paragraph, .part, .verb, .qualifier, .quote, .via, .footnote, .languages, .verb_en, .verb_zh, .verb_fr, .verb_es, .verb_ru, .verb_ar, .quote_en, .quote_zh, .quote_fr, .quote_es, .quote_ru, .quote_ar, .locator} AS props,
       b {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, .adoptedOn, .pagerank} AS toProps,
       labels(b) AS toLabels
