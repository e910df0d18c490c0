// description: Withdraw one language version's evidence from a document's outgoing provenance edges;
// an edge no version supports any more is deleted. Runs in the same transaction that writes the new edges.
UNWIND $versions AS v
MATCH (d:Document {symbol: v.symbol})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES|ADOPTED_ON_REPORT]->()
WHERE v.language IN r.languages
SET r.languages = [l IN r.languages WHERE l <> v.language]
WITH r, v
CALL (r, v) {
  // A citation some version still supports: drop this version's evidence and show the most preferred
  // remaining one's. An edge left with one language keeps it in the language-neutral properties only.
  WITH r, v WHERE size(r.languages) > 0 AND type(r) <> 'ADOPTED_ON_REPORT'
  SET r['verb_' + v.language] = null, r['qualifier_' + v.language] = null, r['quote_' + v.language] = null,
      r['via_' + v.language] = null, r['footnote_' + v.language] = null, r['span_' + v.language] = null
  WITH r, [l IN $displayLanguageOrder WHERE l IN r.languages][0] AS shown
  SET r.verb = r['verb_' + shown], r.qualifier = r['qualifier_' + shown], r.quote = r['quote_' + shown],
      r.via = r['via_' + shown], r.footnote = r['footnote_' + shown], r.span = r['span_' + shown]
  FOREACH (l IN CASE WHEN size(r.languages) = 1 THEN $storedLanguageOrder ELSE [] END |
    SET r['verb_' + l] = null, r['qualifier_' + l] = null, r['quote_' + l] = null,
        r['via_' + l] = null, r['footnote_' + l] = null, r['span_' + l] = null)
}
FOREACH (unsupported IN CASE WHEN size(r.languages) = 0 THEN [r] ELSE [] END | DELETE unsupported)
