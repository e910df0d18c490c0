// description: The documents and instruments a lineage shows, by symbol and key, with what a graph element shows of each.
CALL () {
  MATCH (n:Document) WHERE n.symbol IN $symbols RETURN n
  UNION
  MATCH (n:Instrument) WHERE n.key IN $keys RETURN n
}
// properties(n) reads the node's property chain once; `n.name_en` reads it for each key, to its
// end for each key the node lacks (8 to 14 of these 22 on most nodes): half the query's time.
// Dates as text: see recalled-by.cypher.
// A list, not a map: server/query-schemas.ts NODE_FIELDS names the values, in this order.
// One row, a list of nodes: a record of its own for each costs more than its values (lineage-walk).
WITH n, properties(n) AS p
RETURN collect([p.symbol, p.key, p.body, p.kind, p.session, toString(p.date), p.year, p.title_en, p.title_zh, p.title_fr, p.title_es, p.title_ru, p.title_ar, p.ingested, p.name_en, p.name_zh, p.name_fr, p.name_es, p.name_ru, p.name_ar, toString(p.adoptedOn), p.pagerank]) AS props,
       collect(labels(n)) AS labels
