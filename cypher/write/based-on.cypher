// description: ADOPTED_ON_REPORT from an ingested resolution to the committee report it was adopted on.
UNWIND $basedOn AS b
MATCH (d:Document {symbol: b.source})
MATCH (report:Document {symbol: b.report})
MERGE (d)-[r:ADOPTED_ON_REPORT]->(report)
SET r.paragraph = b.paragraph,
    r.languages = [l IN $storedLanguageOrder WHERE l IN coalesce(r.languages, []) OR l = b.language]
