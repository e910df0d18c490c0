// description: Which of these file keys the graph holds (files ingested whole, unchanged since): an ingest skips them.
MATCH (f:IngestedFile) WHERE f.key IN $keys
RETURN f.key AS key
