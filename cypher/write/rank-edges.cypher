// description: Every citation and adoption between documents and instruments, as pairs of Neo4j's own node ids, for PageRank (ingest/rank.ts): streamed, so whole numbers are all it holds.
MATCH (a)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES|ADOPTS]->(b)
RETURN id(a) AS source, id(b) AS target
