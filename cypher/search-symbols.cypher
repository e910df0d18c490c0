// description: Documents whose symbol is one of the candidates a user's spelling stands for, or starts with what was typed.
CALL () {
  UNWIND range(0, size($candidates) - 1) AS rank
  MATCH (d:Document {symbol: $candidates[rank]})
  RETURN d, 1000.0 - rank AS score
  UNION
  MATCH (d:Document) WHERE $prefix IS NOT NULL AND d.symbol STARTS WITH $prefix
  WITH d ORDER BY d.symbol LIMIT $limit
  RETURN d, 10.0 AS score
}
WITH d, max(score) AS score
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($body IS NULL OR d.body = $body)
  AND ($from IS NULL OR d.date >= date($from)) AND ($to IS NULL OR d.date <= date($to))
  AND ($subject IS NULL OR EXISTS { (d)-[:HAS_SUBJECT]->(t:Subject) WHERE t.key = $subject OR t.value = $subject OR t.label = $subject })
RETURN properties(d) AS props, labels(d) AS labels, score
ORDER BY score DESC, d.ingested DESC, d.symbol
LIMIT $limit
