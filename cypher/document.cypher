// description: One document, with its citation counts in and out by relation, and its subjects.
MATCH (d:Document {symbol: $symbol})
RETURN properties(d) AS props, labels(d) AS labels,
  {
    RECALLS: COUNT { (d)-[:RECALLS]->() }, REAFFIRMS: COUNT { (d)-[:REAFFIRMS]->() },
    WELCOMES: COUNT { (d)-[:WELCOMES]->() }, TAKES_NOTE: COUNT { (d)-[:TAKES_NOTE]->() },
    CITES: COUNT { (d)-[:CITES]->() }
  } AS outgoing,
  {
    RECALLS: COUNT { (d)<-[:RECALLS]-() }, REAFFIRMS: COUNT { (d)<-[:REAFFIRMS]-() },
    WELCOMES: COUNT { (d)<-[:WELCOMES]-() }, TAKES_NOTE: COUNT { (d)<-[:TAKES_NOTE]-() },
    CITES: COUNT { (d)<-[:CITES]-() }
  } AS incoming,
  [(d)-[:ADOPTS]->(i:Instrument) | i.key] AS adopts,
  [(d)-[:PUBLISHED_IN]->(v:Document) | v.symbol] AS publishedIn,
  [(d)-[:HAS_SUBJECT]->(t:Subject) | t {.key, .scheme, .value, .label, .uri}] AS subjects
