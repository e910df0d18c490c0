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
RETURN properties(startNode(r)) AS fromProps, labels(startNode(r)) AS fromLabels, type(r) AS type, properties(r) AS props,
       properties(endNode(r)) AS toProps, labels(endNode(r)) AS toLabels
