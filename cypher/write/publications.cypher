// description: PUBLISHED_IN from a cited resolution to the Official Records volume that publishes it.
UNWIND $publications AS p
MATCH (d:Document {symbol: p.document})
MATCH (volume:Document {symbol: p.publishedIn})
MERGE (d)-[r:PUBLISHED_IN]->(volume)
SET r.locator = coalesce(p.locator, r.locator)
