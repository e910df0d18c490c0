// description: Rewrite the source paths an ingest before issue #15 stored (full paths of the machine that ingested) to file names, as ingests store them now.
MATCH (d:Document)
WHERE d.ingested AND any(f IN coalesce(d.sourceFiles, []) WHERE f CONTAINS '/' OR f CONTAINS '\\')
UNWIND [l IN $storedLanguageOrder WHERE d['sourceFile_' + l] IS NOT NULL] AS language
SET d['sourceFile_' + language] = last(split(replace(d['sourceFile_' + language], '\\', '/'), '/'))
WITH DISTINCT d
SET d.sourceFiles = [l IN $storedLanguageOrder WHERE d['sourceFile_' + l] IS NOT NULL | d['sourceFile_' + l]]
RETURN count(d) AS migrated
