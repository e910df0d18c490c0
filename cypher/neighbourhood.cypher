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
RETURN a {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .ingested, .name_en, .name_zh} AS fromProps,
       labels(a) AS fromLabels, type(r) AS type,
       r {.paragraph, .part, .verb, .qualifier, .quote, .via, .footnote, .languages, .verb_en, .verb_zh, .quote_en, .quote_zh, .locator} AS props,
       b {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .ingested, .name_en, .name_zh} AS toProps,
       labels(b) AS toLabels
