// description: Citations found in only one language version of a document that was ingested in several (usually an extraction error).
// example: true
MATCH (d:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(t)
WHERE size(d.languages) > 1 AND size(r.languages) < size(d.languages)
RETURN d.symbol AS document, type(r) AS relation, coalesce(t.symbol, t.key) AS target, r.paragraph AS paragraph, r.languages AS foundIn
ORDER BY document, paragraph
LIMIT 200
