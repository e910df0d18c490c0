// description: Subject keywords (SDG, UNBIS Thesaurus, EuroVoc) by the words of their label or value, or all of one
// scheme, with how many documents have each; the most used first.
MATCH (t:Subject)
WHERE ($scheme IS NULL OR t.scheme = $scheme)
  AND ($q IS NULL OR toLower(t.label) CONTAINS toLower($q) OR toLower(t.value) CONTAINS toLower($q) OR t.key = $q)
WITH t, COUNT { (t)<-[:HAS_SUBJECT]-(:Document) } AS documents
RETURN t {.key, .scheme, .value, .label, .uri} AS subject, documents
ORDER BY documents DESC, t.key
LIMIT $limit
