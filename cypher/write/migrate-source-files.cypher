// description: Rewrite the source paths an ingest before issue #15 stored (full paths of the machine that ingested) to file names, as ingests store them now.
MATCH (d:Document)
WHERE d.ingested AND any(f IN coalesce(d.sourceFiles, []) WHERE f CONTAINS '/' OR f CONTAINS '\\')
WITH d, [l IN $storedLanguageOrder | [l, d['sourceFile_' + l]]] AS files
UNWIND files AS file
WITH d, file[0] AS language, file[1] AS path
WHERE path IS NOT NULL
WITH d, language, last(split(replace(path, '\\', '/'), '/')) AS name
CALL (d, language, name) {
  SET d['sourceFile_' + language] = name
}
WITH DISTINCT d
SET d.sourceFiles = [l IN $storedLanguageOrder WHERE d['sourceFile_' + l] IS NOT NULL | d['sourceFile_' + l]]
RETURN count(d) AS migrated
