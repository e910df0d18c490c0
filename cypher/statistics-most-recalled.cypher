// description: The documents recalled or reaffirmed by the most others, with how many: the statistics view groups them by body and decade.
MATCH (d:Document)<-[:RECALLS|REAFFIRMS]-(citing:Document)
WITH d, count(DISTINCT citing) AS recalledBy
ORDER BY recalledBy DESC, d.symbol
LIMIT $limit
RETURN d {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .pagerank} AS props, labels(d) AS labels, recalledBy
