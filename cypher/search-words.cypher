// description: Documents and instruments whose title or name has the words typed (full-text, English and Chinese).
// Instruments are few and what users most often mean, so they rank ahead of documents of equal score.
CALL () {
  CALL db.index.fulltext.queryNodes('title_words', $words, {limit: $indexLimit}) YIELD node, score RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes('title_words_zh', $words, {limit: $indexLimit}) YIELD node, score RETURN node, score
}
WITH node, max(score) * CASE WHEN node:Instrument THEN 3.0 ELSE 1.0 END AS score
WHERE ($kind IS NULL OR (node:Instrument AND $kind = 'instrument') OR node.kind = $kind)
  AND ($body IS NULL OR node.body = $body)
RETURN properties(node) AS props, labels(node) AS labels, score
ORDER BY score DESC
LIMIT $limit
