// description: Stores each node's PageRank (ingest/rank.ts), by Neo4j's own node id (read in the same run by rank-edges).
UNWIND $rows AS row
MATCH (n) WHERE id(n) = row.id
// toFloat: a score is a fraction, even one that happens to be whole (whole numbers are sent as Integers)
SET n.pagerank = toFloat(row.score)
