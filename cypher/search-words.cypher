// description: Documents and instruments whose title or name has the words typed (full-text, in the six languages).
// Instruments are few and what users most often mean, so they rank ahead of documents of equal score.
// Filters: body, adoption date range (from, to), subject (key, value or label).
CALL () {
  CALL db.index.fulltext.queryNodes('title_words', $words, {limit: $indexLimit}) YIELD node, score RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes('title_words_zh', $words, {limit: $indexLimit}) YIELD node, score RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes('title_words_other', $words, {limit: $indexLimit}) YIELD node, score RETURN node, score
}
WITH node, max(score) * CASE WHEN node:Instrument THEN 3.0 ELSE 1.0 END AS score
WHERE ($kind IS NULL OR (node:Instrument AND $kind = 'instrument') OR node.kind = $kind)
  AND ($body IS NULL OR node.body = $body)
  AND ($from IS NULL OR node.date >= date($from)) AND ($to IS NULL OR node.date <= date($to))
  AND ($subject IS NULL OR EXISTS { (node)-[:HAS_SUBJECT]->(t:Subject) WHERE t.key = $subject OR t.value = $subject OR t.label = $subject })
RETURN properties(node) AS props, labels(node) AS labels, score
// ties (many titles score alike) in a fixed order, so the same graph always gives the same answer
ORDER BY score DESC, coalesce(node.symbol, node.key)
LIMIT $limit
