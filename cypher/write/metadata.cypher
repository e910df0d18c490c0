// description: Titles and dates from a metadata file (the Digital Library's voting records, a plain CSV) for
// documents in the graph. What an ingested text says is never overwritten: a title or date the text gave
// (source "text") stays; a missing one, or one from metadata, takes the file's. Each value records its source.
// r.titleProps is {title_<lang>, titleSource_<lang>}, named by r.titleKey and r.titleSourceKey.
UNWIND $rows AS r
MATCH (d:Document {symbol: r.symbol})
// a value from an ingested text — or, in a graph from before sources were recorded, any value of an ingested document
WITH d, r,
     r.title IS NOT NULL AND NOT (coalesce(d[r.titleSourceKey], '') = 'text' OR (d.ingested AND d[r.titleKey] IS NOT NULL AND d[r.titleSourceKey] IS NULL)) AS setTitle,
     r.date IS NOT NULL AND NOT (coalesce(d.dateSource, '') = 'text' OR (d.ingested AND d.date IS NOT NULL AND d.dateSource IS NULL)) AS setDate
SET d += CASE WHEN setTitle THEN r.titleProps ELSE {} END,
    d += r.catalogue,
    d.date = CASE WHEN setDate THEN date(r.date) ELSE d.date END,
    d.year = CASE WHEN setDate THEN date(r.date).year ELSE d.year END,
    d.dateSource = CASE WHEN setDate THEN r.source ELSE d.dateSource END
RETURN count(d) AS matched, sum(CASE WHEN setTitle THEN 1 ELSE 0 END) AS titles, sum(CASE WHEN setDate THEN 1 ELSE 0 END) AS dates
