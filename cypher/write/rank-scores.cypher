// description: Stores each node's PageRank (ingest/rank.ts): documents by symbol, instruments by key.
UNWIND $rows AS row
CALL (row) {
  MATCH (d:Document {symbol: row.id}) RETURN d AS n
  UNION
  MATCH (i:Instrument {key: row.key}) RETURN i AS n
}
// toFloat: a score is a fraction, even one that happens to be whole (whole numbers are sent as Integers)
SET n.pagerank = toFloat(row.score)
