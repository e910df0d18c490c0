// description: Withdraw one language version's evidence from a document's outgoing provenance edges;
// an edge no version supports any more is deleted. Runs in the same transaction that writes the new edges.
UNWIND $versions AS v
MATCH (d:Document {symbol: v.symbol})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES|ADOPTED_ON_REPORT]->()
WHERE v.language IN r.languages
SET r.languages = [l IN r.languages WHERE l <> v.language]
SET r += v.clearedEvidence
SET r.verb = coalesce(r.verb_en, r.verb_zh, r.verb_fr, r.verb_es, r.verb_ru, r.verb_ar),
    r.qualifier = coalesce(r.qualifier_en, r.qualifier_zh, r.qualifier_fr, r.qualifier_es, r.qualifier_ru, r.qualifier_ar),
    r.quote = coalesce(r.quote_en, r.quote_zh, r.quote_fr, r.quote_es, r.quote_ru, r.quote_ar),
    r.via = coalesce(r.via_en, r.via_zh, r.via_fr, r.via_es, r.via_ru, r.via_ar),
    r.footnote = coalesce(r.footnote_en, r.footnote_zh, r.footnote_fr, r.footnote_es, r.footnote_ru, r.footnote_ar)
WITH r
WHERE size(r.languages) = 0
DELETE r
