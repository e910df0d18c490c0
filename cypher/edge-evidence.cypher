// description: The evidence of citations named as a lineage's edge outline names them: the citing document, the relation, the cited document or instrument (its wire id) and the paragraph.
UNWIND $edges AS asked
MATCH (from:Document {symbol: asked.source})-[r]->(to)
WHERE type(r) = asked.relation
  AND coalesce(r.paragraph, '') = coalesce(asked.paragraph, '')
  // the wire id of the cited end (server/services/values.ts nodeId)
  AND CASE WHEN to:Instrument THEN 'instrument:' + to.key ELSE to.symbol END = asked.target
RETURN asked.source AS source, asked.target AS target, type(r) AS type, properties(r) AS props
