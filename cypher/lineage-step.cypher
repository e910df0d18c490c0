// description: One breadth-first step of a lineage in both directions at once: towards the past (what the
// ancestor frontier cites, and the resolutions that adopted an instrument in it) and towards the present
// (what cites the descendant frontier, and the instruments a resolution in it adopted).
CALL () {
  CALL () {
    MATCH (n:Document) WHERE n.symbol IN $ancestorSymbols RETURN n
    UNION
    MATCH (n:Instrument) WHERE n.key IN $ancestorKeys RETURN n
  }
  CALL (n) {
    MATCH (n)-[r]->(m) WHERE type(r) IN $relations RETURN r
    UNION ALL
    MATCH (n)<-[r:ADOPTS]-(m) WHERE 'ADOPTS' IN $relations RETURN r
  }
  WITH r LIMIT $ancestorLimit
  RETURN 'ancestors' AS direction, r
  UNION ALL
  CALL () {
    MATCH (n:Document) WHERE n.symbol IN $descendantSymbols RETURN n
    UNION
    MATCH (n:Instrument) WHERE n.key IN $descendantKeys RETURN n
  }
  CALL (n) {
    MATCH (n)<-[r]-(m) WHERE type(r) IN $relations AND type(r) <> 'ADOPTS' RETURN r
    UNION ALL
    MATCH (n)-[r:ADOPTS]->(m) WHERE 'ADOPTS' IN $relations RETURN r
  }
  WITH r LIMIT $descendantLimit
  RETURN 'descendants' AS direction, r
}
WITH direction, r, startNode(r) AS a, endNode(r) AS b
// Only what a graph element shows: a store read per property, and lineage rows are many.
RETURN direction,
       a {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, .adoptedOn, .pagerank} AS fromProps,
       labels(a) AS fromLabels, type(r) AS type,
       r {.paragraph, .part, .verb, .qualifier, .quote, .via, .footnote, .languages, .verb_en, .verb_zh, .verb_fr, .verb_es, .verb_ru, .verb_ar, .quote_en, .quote_zh, .quote_fr, .quote_es, .quote_ru, .quote_ar, .locator} AS props,
       b {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, .adoptedOn, .pagerank} AS toProps,
       labels(b) AS toLabels
