// description: Documents that recall a text through a chain of recalling documents (depth 2 to 3): who relied on it indirectly.
CALL () {
  MATCH (start:Document {symbol: $symbol}) RETURN start
  UNION
  MATCH (start:Instrument {key: $key}) RETURN start
}
MATCH (citing:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(via:Document)
      (()-[links:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->()){1,2}(start)
WHERE type(r) IN $relations AND all(link IN links WHERE type(link) IN $relations) AND citing <> start
WITH citing, r, via, size(links) + 1 AS depth
ORDER BY depth
WITH citing, head(collect({r: r, via: via, depth: depth})) AS best
WITH citing, best
ORDER BY citing.date, citing.symbol
LIMIT $limit
RETURN properties(citing) AS fromProps, labels(citing) AS fromLabels, type(best.r) AS type, properties(best.r) AS props,
       properties(best.via) AS toProps, labels(best.via) AS toLabels, best.depth AS depth
