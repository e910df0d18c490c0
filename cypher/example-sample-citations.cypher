// description: A/RES/76/158 and everything it cites, as a graph.
// example: true
MATCH (d:Document {symbol: 'A/RES/76/158'})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(t)
RETURN d, r, t
LIMIT 200
