// description: Upsert the gazetteer's instruments, and ADOPTS from the resolution that adopted each.
UNWIND $instruments AS i
MERGE (n:Instrument {key: i.key})
SET n += i.props
WITH n, i
WHERE i.adoptedBy IS NOT NULL
MATCH (d:Document {symbol: i.adoptedBy})
MERGE (d)-[:ADOPTS]->(n)
