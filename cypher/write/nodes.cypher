// description: Create a Document node for every symbol a batch names that is not in the graph yet, with what
// the symbol itself tells. What a symbol tells never changes, so an existing node is left as it is;
// a node first met as a citation target is a stub (ingested = false) until its own text is ingested.
UNWIND $nodes AS n
MERGE (d:Document {symbol: n.symbol})
  ON CREATE SET d += n.props, d.ingested = false, d.year = n.props.symbolYear, d:$(n.labels)
