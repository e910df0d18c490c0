// description: Merge citation edges to instruments (one per citing document, relation, instrument and paragraph),
// adding one language version's evidence. A row is one citing document's citations in one language.
UNWIND $instrumentCitations AS doc
MATCH (d:Document {symbol: doc.source})
UNWIND doc.citations AS c
MERGE (t:Instrument {key: c.target})
MERGE (d)-[r:$(c.relation) {paragraph: c.paragraph}]->(t)
WITH r, c, doc, coalesce(r.languages, []) AS before
// The language-neutral view (verb, qualifier, quote, via, footnote) is the evidence of the most
// preferred language found (English, then Chinese, then the others): this version's evidence
// replaces it unless a preferred version already gave it.
SET r['verb_' + doc.language] = c.verb,
    r['qualifier_' + doc.language] = c.qualifier,
    r['quote_' + doc.language] = c.quote,
    r['via_' + doc.language] = c.via,
    r['footnote_' + doc.language] = c.footnote,
    r['span_' + doc.language] = c.span,
    r += CASE WHEN any(l IN before WHERE l IN doc.preferredOver) THEN {}
         ELSE {verb: c.verb, qualifier: c.qualifier, quote: c.quote, via: c.via, footnote: c.footnote} END,
    r.part = c.part,
    r.languages = [l IN ['ar', 'en', 'es', 'fr', 'ru', 'zh'] WHERE l IN before OR l = doc.language]
