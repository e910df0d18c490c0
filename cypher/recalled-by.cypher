// description: Every document that recalls (or reaffirms, welcomes, takes note of …) a text: the document itself,
// the instrument it adopted or the resolutions that adopted an instrument, and, when asked, its addenda and corrigenda.
// Filters on the citing document: body, adoption date range (from, to), subject (key, value or label).
CALL () {
  MATCH (start:Document {symbol: $symbol}) RETURN start
  UNION
  MATCH (start:Instrument {key: $key}) RETURN start
}
CALL (start) {
  RETURN start AS target
  UNION
  MATCH (start)-[:ADOPTS]->(target:Instrument) RETURN target
  UNION
  MATCH (start)<-[:ADOPTS]-(target:Document) RETURN target
  UNION
  MATCH (start)<-[:ADDENDUM_OF|CORRIGENDUM_OF|REVISION_OF|AMENDMENT_OF]-{1,2}(target:Document)
  WHERE $includeModified
  RETURN target
}
MATCH (citing:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(target)
WHERE type(r) IN $relations
  AND ($body IS NULL OR citing.body = $body)
  AND ($from IS NULL OR citing.date >= date($from)) AND ($to IS NULL OR citing.date <= date($to))
  AND ($subject IS NULL OR EXISTS { (citing)-[:HAS_SUBJECT]->(t:Subject) WHERE t.key = $subject OR t.value = $subject OR t.label = $subject })
WITH citing, r, target
ORDER BY citing.date, citing.symbol, r.paragraph
LIMIT $limit
// The citing document's properties read once (properties(…)), then the keys a graph element shows
// picked from that map: `n.name_en` walks a node's property chain for each key, to its end for each
// it lacks. A list, not a map: server/query-schemas.ts NODE_FIELDS names the values, in this order
// (a map's keys are text the driver decodes again in every row).
// The edge's properties whole: a projection would send a null for each of 21 keys it lacks
// (server/services/values.ts edgeEvidence picks what an edge shows).
// Dates as text (toString): the driver decodes a Date value with 64-bit integer arithmetic in
// JavaScript, a tenth of the API's time for a lineage; Neo4j writes the same ISO text far cheaper.
// The target by its wire id (server/services/values.ts nodeId) only: a much-cited text has up to
// 1,000 citations, and its properties in each row were a fifth of Neo4j's and the driver's work.
// The service reads the targets once (lineage-nodes).
WITH citing, r, target, properties(citing) AS p
RETURN [p.symbol, p.key, p.body, p.kind, p.session, toString(p.date), p.year, p.title_en, p.title_zh, p.title_fr, p.title_es, p.title_ru, p.title_ar, p.ingested, p.name_en, p.name_zh, p.name_fr, p.name_es, p.name_ru, p.name_ar, toString(p.adoptedOn), p.pagerank] AS from, labels(citing) AS fromLabels, type(r) AS type, properties(r) AS props,
       CASE WHEN target:Instrument THEN 'instrument:' + target.key ELSE coalesce(target.symbol, target.key, '') END AS to
