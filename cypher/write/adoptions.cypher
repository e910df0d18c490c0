// description: ADOPTS from a resolution to the instrument it adopted, with the Treaty Series reference when the text gives one.
UNWIND $adoptions AS a
MATCH (d:Document {symbol: a.document})
MERGE (i:Instrument {key: a.instrument})
MERGE (d)-[:ADOPTS]->(i)
WITH i, a
WHERE a.treatySeriesVolume IS NOT NULL
SET i.treatySeriesVolume = a.treatySeriesVolume, i.treatySeriesNumber = a.treatySeriesNumber
