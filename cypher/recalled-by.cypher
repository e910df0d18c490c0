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
// Each end's properties read once (properties(…)), then the keys a graph element shows picked from
// that map: `n.name_en` walks a node's property chain for each key, to its end for each it lacks.
// The edge's properties whole: a projection would send a null for each of 21 keys it lacks
// (server/services/values.ts edgeEvidence picks what an edge shows).
// Dates as text (toString): the driver decodes a Date value with 64-bit integer arithmetic in
// JavaScript, a tenth of the API's time for a lineage; Neo4j writes the same ISO text far cheaper.
WITH citing, r, target, properties(citing) AS citingProps, properties(target) AS targetProps
RETURN citingProps {.symbol, .key, .body, .kind, .session, date: toString(citingProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(citingProps.adoptedOn), .pagerank} AS fromProps, labels(citing) AS fromLabels, type(r) AS type, properties(r) AS props,
       targetProps {.symbol, .key, .body, .kind, .session, date: toString(targetProps.date), .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, adoptedOn: toString(targetProps.adoptedOn), .pagerank} AS toProps, labels(target) AS toLabels
