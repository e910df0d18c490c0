// description: A document's subject keywords (SDG, UNBIS Thesaurus, EuroVoc, from AKN) as (:Subject) nodes it
// HAS_SUBJECT: the keywords a version carries replace the ones the document had. One node per scheme and value.
UNWIND $subjects AS s
MATCH (d:Document {symbol: s.symbol})
OPTIONAL MATCH (d)-[old:HAS_SUBJECT]->(o:Subject)
WHERE NOT o.key IN [k IN s.subjects | k.key]
DELETE old
WITH DISTINCT d, s
UNWIND s.subjects AS k
MERGE (t:Subject {key: k.key})
  ON CREATE SET t.scheme = k.scheme, t.value = k.value, t.label = k.label, t.uri = k.uri
MERGE (d)-[:HAS_SUBJECT]->(t)
