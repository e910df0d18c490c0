// description: Rewrite the source paths an ingest before issue #15 stored (full paths of the machine that ingested) to file names, as ingests store them now.
MATCH (d:Document)
WHERE d.ingested AND any(f IN coalesce(d.sourceFiles, []) WHERE f CONTAINS '/' OR f CONTAINS '\\')
WITH d, [l IN $languages | [l, d['sourceFile_' + l]]] AS files
UNWIND files AS file
WITH d, file[0] AS language, file[1] AS path
WHERE path IS NOT NULL
WITH d, language, last(split(replace(path, '\\', '/'), '/')) AS name
CALL (d, language, name) {
  SET d['sourceFile_' + language] = name
}
WITH DISTINCT d
SET d.sourceFiles = [f IN [d.sourceFile_ar, d.sourceFile_en, d.sourceFile_es, d.sourceFile_fr, d.sourceFile_ru, d.sourceFile_zh] WHERE f IS NOT NULL]
RETURN count(d) AS migrated
