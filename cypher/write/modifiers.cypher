// description: CORRIGENDUM_OF / ADDENDUM_OF / REVISION_OF / AMENDMENT_OF from a modified symbol to its base document.
UNWIND $modifiers AS m
MATCH (d:Document {symbol: m.symbol})
MATCH (base:Document {symbol: m.base})
MERGE (d)-[:$(m.type)]->(base)
