// description: Stores each node's PageRank (ingest/rank.ts): documents by symbol, instruments by key.
UNWIND $rows AS row
CALL (row) {
  MATCH (d:Document {symbol: row.id}) RETURN d AS n
  UNION
  MATCH (i:Instrument {key: row.key}) RETURN i AS n
}
SET n.pagerank = row.score
