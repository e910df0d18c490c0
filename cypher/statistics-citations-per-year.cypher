// description: Citations made in each year (by the adoption year of the citing document), and how many documents made them.
MATCH (citing:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->()
WHERE citing.date IS NOT NULL
RETURN citing.date.year AS year, count(r) AS citations, count(DISTINCT citing) AS documents
ORDER BY year
