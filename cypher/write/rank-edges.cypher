// description: Every citation and adoption between documents and instruments, as pairs of node ids, for PageRank (ingest/rank.ts).
MATCH (a)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES|ADOPTS]->(b)
RETURN coalesce(a.symbol, 'instrument:' + a.key) AS source, coalesce(b.symbol, 'instrument:' + b.key) AS target
