// description: Documents whose symbol is one of the candidates a user's spelling stands for, or starts with what was typed.
// A number typed without its year ("1325", "UNSCR 1325") matches the symbols it begins ("S/RES/1325 ("),
// the ingested and the most cited first.
CALL () {
  UNWIND range(0, size($candidates) - 1) AS rank
  MATCH (d:Document {symbol: $candidates[rank]})
  RETURN d, 1000.0 - rank AS score
  UNION
  UNWIND $numberPrefixes AS numberPrefix
  MATCH (d:Document) WHERE d.symbol STARTS WITH numberPrefix
  RETURN d, 500.0 AS score
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
WITH d, score, COUNT { (d)<-[:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-() } AS citedBy
RETURN properties(d) AS props, labels(d) AS labels, score
ORDER BY score DESC, d.ingested DESC, citedBy DESC, d.symbol
LIMIT $limit
