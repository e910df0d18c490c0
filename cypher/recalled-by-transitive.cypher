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
// The citing document as a list and the document it recalls through (via) by its wire id only: why, in recalled-by.cypher.
WITH citing, via, r, depth, properties(citing) AS p
RETURN [p.symbol, p.key, p.body, p.kind, p.session, toString(p.date), p.year, p.title_en, p.title_zh, p.title_fr, p.title_es, p.title_ru, p.title_ar, p.ingested, p.name_en, p.name_zh, p.name_fr, p.name_es, p.name_ru, p.name_ar, toString(p.adoptedOn), p.pagerank] AS from, labels(citing) AS fromLabels, type(r) AS type, properties(r) AS props,
       CASE WHEN via:Instrument THEN 'instrument:' + via.key ELSE coalesce(via.symbol, via.key, '') END AS to, depth
