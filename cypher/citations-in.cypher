// description: What cites a document or instrument, with the evidence of each citation, oldest first.
MATCH (d:Document {symbol: $symbol})<-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-(other:Document)
WHERE type(r) IN $relations
WITH d, r, other
ORDER BY other.date, other.symbol, r.paragraph
SKIP $skip LIMIT $limit
RETURN other {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .ingested, .name_en, .name_zh} AS fromProps, labels(other) AS fromLabels, type(r) AS type, r {.paragraph, .part, .verb, .qualifier, .quote, .via, .footnote, .languages, .verb_en, .verb_zh, .quote_en, .quote_zh, .locator} AS props,
       d {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .ingested, .name_en, .name_zh} AS toProps, labels(d) AS toLabels
