// description: One instrument, with the resolutions that adopted it and its citation counts.
MATCH (i:Instrument {key: $key})
RETURN properties(i) AS props, labels(i) AS labels,
  { RECALLS: 0, REAFFIRMS: 0, WELCOMES: 0, TAKES_NOTE: 0, CITES: 0 } AS outgoing,
  {
    RECALLS: COUNT { (i)<-[:RECALLS]-() }, REAFFIRMS: COUNT { (i)<-[:REAFFIRMS]-() },
    WELCOMES: COUNT { (i)<-[:WELCOMES]-() }, TAKES_NOTE: COUNT { (i)<-[:TAKES_NOTE]-() },
    CITES: COUNT { (i)<-[:CITES]-() }
  } AS incoming,
  [(d:Document)-[:ADOPTS]->(i) | d.symbol] AS adoptedBy
