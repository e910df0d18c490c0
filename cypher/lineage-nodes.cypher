// description: The documents and instruments a lineage shows, by symbol and key, with what a graph element shows of each.
CALL () {
  MATCH (n:Document) WHERE n.symbol IN $symbols RETURN n
  UNION
  MATCH (n:Instrument) WHERE n.key IN $keys RETURN n
}
// a list, not a map: server/query-schemas.ts NODE_FIELDS names the values, in this order
RETURN [n.symbol, n.key, n.body, n.kind, n.session, n.date, n.year, n.title_en, n.title_zh, n.title_fr, n.title_es, n.title_ru, n.title_ar, n.ingested, n.name_en, n.name_zh, n.name_fr, n.name_es, n.name_ru, n.name_ar, n.adoptedOn, n.pagerank] AS props,
       labels(n) AS labels
