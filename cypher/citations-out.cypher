// description: What a document cites, with the evidence of each citation, oldest target first.
MATCH (d:Document {symbol: $symbol})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(other)
WHERE type(r) IN $relations
WITH d, r, other
ORDER BY other.date, coalesce(other.symbol, other.key), r.paragraph
SKIP $skip LIMIT $limit
// Each end's properties read once and sent as a list of values, the edge's whole: why, in recalled-by.cypher.
WITH d, other, r, properties(d) AS dProps, properties(other) AS otherProps
RETURN [dProps.symbol, dProps.key, dProps.body, dProps.kind, dProps.session, toString(dProps.date), dProps.year, dProps.title_en, dProps.title_zh, dProps.title_fr, dProps.title_es, dProps.title_ru, dProps.title_ar, dProps.ingested, dProps.name_en, dProps.name_zh, dProps.name_fr, dProps.name_es, dProps.name_ru, dProps.name_ar, toString(dProps.adoptedOn), dProps.pagerank] AS fromProps, labels(d) AS fromLabels, type(r) AS type, properties(r) AS props,
       [otherProps.symbol, otherProps.key, otherProps.body, otherProps.kind, otherProps.session, toString(otherProps.date), otherProps.year, otherProps.title_en, otherProps.title_zh, otherProps.title_fr, otherProps.title_es, otherProps.title_ru, otherProps.title_ar, otherProps.ingested, otherProps.name_en, otherProps.name_zh, otherProps.name_fr, otherProps.name_es, otherProps.name_ru, otherProps.name_ar, toString(otherProps.adoptedOn), otherProps.pagerank] AS toProps, labels(other) AS toLabels
