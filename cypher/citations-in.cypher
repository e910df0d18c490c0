// description: What cites a document or instrument, with the evidence of each citation, oldest first.
MATCH (d:Document {symbol: $symbol})<-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-(other:Document)
WHERE type(r) IN $relations
WITH d, r, other
ORDER BY other.date, other.symbol, r.paragraph
SKIP $skip LIMIT $limit
RETURN properties(other) AS fromProps, labels(other) AS fromLabels, type(r) AS type, properties(r) AS props,
       properties(d) AS toProps, labels(d) AS toLabels
