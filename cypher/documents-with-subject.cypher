// description: Which of the given documents have a subject (by key, value or label): the subject filter of a lineage.
MATCH (d:Document)-[:HAS_SUBJECT]->(t:Subject)
WHERE d.symbol IN $symbols AND (t.key = $subject OR t.value = $subject OR t.label = $subject)
RETURN DISTINCT d.symbol AS symbol
