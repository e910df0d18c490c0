// description: The documents and instruments a lineage shows, by symbol and key, with what a graph element shows of each.
CALL () {
  MATCH (n:Document) WHERE n.symbol IN $symbols RETURN n
  UNION
  MATCH (n:Instrument) WHERE n.key IN $keys RETURN n
}
RETURN n {.symbol, .key, .body, .kind, .session, .date, .year, .title_en, .title_zh, .title_fr, .title_es, .title_ru, .title_ar, .ingested, .name_en, .name_zh, .name_fr, .name_es, .name_ru, .name_ar, .adoptedOn, .pagerank} AS props,
       labels(n) AS labels
