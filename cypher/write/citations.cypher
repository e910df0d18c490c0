// description: Merge citation edges (one per citing document, relation, target and paragraph), adding this language's evidence.
UNWIND $citations AS c
MATCH (d:Document {symbol: c.source})
CALL (c) {
  MATCH (t:Document {symbol: c.target}) WHERE c.targetKind = 'document' RETURN t
  UNION
  MATCH (t:Instrument {key: c.target}) WHERE c.targetKind = 'instrument' RETURN t
}
MERGE (d)-[r:$(c.relation) {paragraph: c.paragraph}]->(t)
SET r.part = c.part,
    r.languages = [l IN ['ar', 'en', 'es', 'fr', 'ru', 'zh'] WHERE l IN coalesce(r.languages, []) OR l = c.language]
SET r += c.evidence
// The language-neutral view prefers English, then Chinese, then the other languages.
SET r.verb = coalesce(r.verb_en, r.verb_zh, r.verb_fr, r.verb_es, r.verb_ru, r.verb_ar),
    r.qualifier = coalesce(r.qualifier_en, r.qualifier_zh, r.qualifier_fr, r.qualifier_es, r.qualifier_ru, r.qualifier_ar),
    r.quote = coalesce(r.quote_en, r.quote_zh, r.quote_fr, r.quote_es, r.quote_ru, r.quote_ar),
    r.via = coalesce(r.via_en, r.via_zh, r.via_fr, r.via_es, r.via_ru, r.via_ar),
    r.footnote = coalesce(r.footnote_en, r.footnote_zh, r.footnote_fr, r.footnote_es, r.footnote_ru, r.footnote_ar)
