// description: The twenty documents recalled or reaffirmed by the most others.
// example: true
MATCH (d:Document)<-[r:RECALLS|REAFFIRMS]-(citing:Document)
RETURN d.symbol AS document, coalesce(d.title_en, d.title_zh, d.title_fr, d.title_es, d.title_ru, d.title_ar) AS title, count(DISTINCT citing) AS recalledBy
ORDER BY recalledBy DESC, document
LIMIT 20
