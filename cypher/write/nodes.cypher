// description: Upsert a Document node for every symbol a batch names, with what the symbol itself tells.
// A node first met as a citation target is a stub (ingested = false) until its own text is ingested.
UNWIND $nodes AS n
MERGE (d:Document {symbol: n.symbol})
  ON CREATE SET d.ingested = false
SET d += n.props
SET d:$(n.labels)
SET d.year = CASE WHEN d.date IS NOT NULL THEN d.date.year ELSE d.symbolYear END
