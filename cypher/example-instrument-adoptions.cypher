// description: Each instrument, the resolution that adopted it, and how many documents cite the instrument.
// example: true
MATCH (i:Instrument)
OPTIONAL MATCH (adopter:Document)-[:ADOPTS]->(i)
RETURN i.name_en AS instrument, collect(DISTINCT adopter.symbol) AS adoptedBy, COUNT { (i)<-[:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-() } AS citedBy
ORDER BY citedBy DESC, instrument
