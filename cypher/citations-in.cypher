// description: What cites a document or instrument, with the evidence of each citation, oldest first.
MATCH (d:Document {symbol: $symbol})<-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-(other:Document)
WHERE type(r) IN $relations
WITH d, r, other
ORDER BY other.date, other.symbol, r.paragraph
SKIP $skip LIMIT $limit
// Each end's properties read once and sent as a list of values, the edge's whole: why, in recalled-by.cypher.
WITH other, d, r, properties(other) AS otherProps, properties(d) AS dProps
RETURN [otherProps.symbol, otherProps.key, otherProps.body, otherProps.kind, otherProps.session, toString(otherProps.date), otherProps.year, otherProps.title_en, otherProps.title_zh, otherProps.title_fr, otherProps.title_es, otherProps.title_ru, otherProps.title_ar, otherProps.ingested, otherProps.name_en, otherProps.name_zh, otherProps.name_fr, otherProps.name_es, otherProps.name_ru, otherProps.name_ar, toString(otherProps.adoptedOn), otherProps.pagerank] AS fromProps, labels(other) AS fromLabels, type(r) AS type, properties(r) AS props,
       [dProps.symbol, dProps.key, dProps.body, dProps.kind, dProps.session, toString(dProps.date), dProps.year, dProps.title_en, dProps.title_zh, dProps.title_fr, dProps.title_es, dProps.title_ru, dProps.title_ar, dProps.ingested, dProps.name_en, dProps.name_zh, dProps.name_fr, dProps.name_es, dProps.name_ru, dProps.name_ar, toString(dProps.adoptedOn), dProps.pagerank] AS toProps, labels(d) AS toLabels
