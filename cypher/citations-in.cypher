// description: What cites a document or instrument, with the evidence of each citation, oldest first.
MATCH (d:Document {symbol: $symbol})<-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-(other:Document)
WHERE type(r) IN $relations
WITH d, r, other
ORDER BY other.date, other.symbol, r.paragraph
SKIP $skip LIMIT $limit
// Each end's properties read once, the edge's whole: why, in recalled-by.cypher.
WITH other, d, r, properties(other) AS otherProps, properties(d) AS dProps
RETURN otherProps {.symbol, .key, .body, .kind, .session, date: toString(otherProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(otherProps.adoptedOn), .pagerank} AS fromProps, labels(other) AS fromLabels, type(r) AS type, properties(r) AS props,
       dProps {.symbol, .key, .body, .kind, .session, date: toString(dProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(dProps.adoptedOn), .pagerank} AS toProps, labels(d) AS toLabels
