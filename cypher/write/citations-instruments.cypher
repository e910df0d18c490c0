// description: Merge citation edges to instruments (one per citing document, relation, instrument and paragraph), adding this language's evidence.
UNWIND $instrumentCitations AS c
MATCH (d:Document {symbol: c.source})
MERGE (t:Instrument {key: c.target})
MERGE (d)-[r:$(c.relation) {paragraph: c.paragraph}]->(t)
WITH r, c, coalesce(r.languages, []) AS before
// The language-neutral view (verb, qualifier, quote, via, footnote) is the evidence of the most
// preferred language found (English, then Chinese, then the others): this version's evidence
// replaces it unless a preferred version already gave it. One SET, so Neo4j needs no Eager.
SET r += c.evidence,
    r += CASE WHEN any(l IN before WHERE l IN c.preferredOver) THEN {} ELSE c.generic END,
    r.part = c.part,
    r.languages = [l IN ['ar', 'en', 'es', 'fr', 'ru', 'zh'] WHERE l IN before OR l = c.language]
