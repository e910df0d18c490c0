// description: Record one language version of an ingested document: header facts, title, source file.
// Returns the languages the document had before: whether old evidence must be withdrawn, or whether
// the document has no citation edges yet.
UNWIND $versions AS v
MATCH (d:Document {symbol: v.symbol})
WITH d, v, coalesce(d.languages, []) AS before
SET d += v.props,
    d.ingested = true,
    d.languages = [l IN $storedLanguageOrder WHERE l IN before OR l = v.language],
    d.date = CASE WHEN v.date IS NULL THEN d.date ELSE date(v.date) END,
    d.year = CASE WHEN v.date IS NULL THEN d.year ELSE date(v.date).year END,
    d.dateSource = CASE WHEN v.date IS NULL THEN d.dateSource ELSE 'text' END
SET d.sourceFiles = [l IN $storedLanguageOrder WHERE d['sourceFile_' + l] IS NOT NULL | d['sourceFile_' + l]]
RETURN v.symbol AS symbol, v.language AS language, before
