// description: For one document or instrument, how many documents cited it in each year (by their adoption year), by relation.
CALL () {
  MATCH (n:Document {symbol: $symbol}) RETURN n
  UNION
  MATCH (n:Instrument {key: $key}) RETURN n
}
MATCH (n)<-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-(citing:Document)
WHERE type(r) IN $relations AND citing.date IS NOT NULL
RETURN citing.date.year AS year, count(DISTINCT citing) AS documents
ORDER BY year
