// description: What a document cites, with the evidence of each citation, oldest target first.
MATCH (d:Document {symbol: $symbol})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(other)
WHERE type(r) IN $relations
WITH d, r, other
ORDER BY other.date, coalesce(other.symbol, other.key), r.paragraph
SKIP $skip LIMIT $limit
RETURN properties(d) AS fromProps, labels(d) AS fromLabels, type(r) AS type, properties(r) AS props,
       properties(other) AS toProps, labels(other) AS toLabels
