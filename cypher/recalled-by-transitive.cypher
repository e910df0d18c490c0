// description: Documents that recall a text through a chain of recalling documents (depth 2 to 3): who relied on it indirectly.
CALL () {
  MATCH (start:Document {symbol: $symbol}) RETURN start
  UNION
  MATCH (start:Instrument {key: $key}) RETURN start
}
MATCH (citing:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(via:Document)
      (()-[links:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->()){1,2}(start)
WHERE type(r) IN $relations AND all(link IN links WHERE type(link) IN $relations) AND citing <> start
  AND ($body IS NULL OR citing.body = $body)
  AND ($from IS NULL OR citing.date >= date($from)) AND ($to IS NULL OR citing.date <= date($to))
  AND ($subject IS NULL OR EXISTS { (citing)-[:HAS_SUBJECT]->(t:Subject) WHERE t.key = $subject OR t.value = $subject OR t.label = $subject })
WITH citing, r, via, size(links) + 1 AS depth
ORDER BY depth
WITH citing, head(collect({r: r, via: via, depth: depth})) AS best
WITH citing, best.r AS r, best.via AS via, best.depth AS depth
ORDER BY citing.date, citing.symbol
LIMIT $limit
// Each end's properties read once, the edge's whole: why, in recalled-by.cypher.
WITH citing, via, r, depth, properties(citing) AS citingProps, properties(via) AS viaProps
RETURN citingProps {.symbol, .key, .body, .kind, .session, date: toString(citingProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(citingProps.adoptedOn), .pagerank} AS fromProps, labels(citing) AS fromLabels, type(r) AS type, properties(r) AS props,
       viaProps {.symbol, .key, .body, .kind, .session, date: toString(viaProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(viaProps.adoptedOn), .pagerank} AS toProps, labels(via) AS toLabels, depth
