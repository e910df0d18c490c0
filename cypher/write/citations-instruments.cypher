// description: Merge citation edges to instruments (one per citing document, relation, instrument and paragraph),
// adding one language version's evidence. A row is one citing document's citations in one language.
// Used when the document already has citation edges (another language version, or this one re-ingested);
// a document's first version takes the faster citations-instruments-new.
UNWIND $instrumentCitations AS doc
MATCH (d:Document {symbol: doc.source})
UNWIND doc.citations AS c
MERGE (t:Instrument {key: c.target})
MERGE (d)-[r:$(c.relation) {paragraph: c.paragraph}]->(t)
WITH r, c, doc, [l IN coalesce(r.languages, []) WHERE l <> doc.language] AS others
// An edge found in one language holds that language's evidence in its language-neutral properties
// only. When a second language finds it, each language's evidence gets properties of its own
// (verb_en, quote_zh …), so that withdrawing one version can restore the other's.
FOREACH (first IN CASE WHEN size(others) = 1 AND r['span_' + others[0]] IS NULL THEN others ELSE [] END |
  SET r['verb_' + first] = r.verb, r['qualifier_' + first] = r.qualifier, r['quote_' + first] = r.quote,
      r['via_' + first] = r.via, r['footnote_' + first] = r.footnote, r['span_' + first] = r.span)
FOREACH (language IN CASE WHEN size(others) > 0 THEN [doc.language] ELSE [] END |
  SET r['verb_' + language] = c.verb, r['qualifier_' + language] = c.qualifier, r['quote_' + language] = c.quote,
      r['via_' + language] = c.via, r['footnote_' + language] = c.footnote, r['span_' + language] = c.span)
// The language-neutral view is the evidence of the most preferred language found (English, then
// Chinese, then the others): this version's replaces it unless a preferred version already gave it.
SET r += CASE WHEN any(l IN others WHERE l IN doc.preferredOver) THEN {}
         ELSE {verb: c.verb, qualifier: c.qualifier, quote: c.quote, via: c.via, footnote: c.footnote, span: c.span} END,
    r.part = c.part,
    r.languages = [l IN $storedLanguageOrder WHERE l IN others OR l = doc.language]
