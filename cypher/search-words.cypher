// description: Documents and instruments whose title or name has the words typed (full-text, English and Chinese).
CALL () {
  CALL db.index.fulltext.queryNodes('title_words', $words, {limit: $limit}) YIELD node, score RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes('title_words_zh', $words, {limit: $limit}) YIELD node, score RETURN node, score
}
WITH node, max(score) AS score
WHERE ($kind IS NULL OR (node:Instrument AND $kind = 'instrument') OR node.kind = $kind)
  AND ($body IS NULL OR node.body = $body)
RETURN properties(node) AS props, labels(node) AS labels, score
ORDER BY score DESC
LIMIT $limit
