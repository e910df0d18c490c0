// description: How many documents some document cites (by one of $relations) whose own text the graph does not hold: stubs, counted in the whole graph for ingest's summary.
MATCH (d:Document)
WHERE NOT d.ingested AND EXISTS { MATCH (:Document)-[r]->(d) WHERE type(r) IN $relations }
RETURN count(d) AS documents
