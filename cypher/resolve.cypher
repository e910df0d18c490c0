// description: The document with this symbol or the instrument with this key, if the graph has it.
CALL () {
  MATCH (n:Document {symbol: $symbol}) RETURN n
  UNION
  MATCH (n:Instrument {key: $key}) RETURN n
}
RETURN properties(n) AS props, labels(n) AS labels
LIMIT 1
