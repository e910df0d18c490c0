// description: The core documents: the highest PageRank in the citation graph (computed after ingest), with how many recall them.
MATCH (d:Document)
WHERE d.pagerank IS NOT NULL
WITH d ORDER BY d.pagerank DESC, d.symbol LIMIT $limit
RETURN d {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .pagerank} AS props, labels(d) AS labels,
       COUNT { (d)<-[:RECALLS|REAFFIRMS]-(:Document) } AS recalledBy
