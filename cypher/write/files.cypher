// description: Remember the files a batch holds whole (a key of path, size, time and extractor revision, not the path):
// the same ingest run again skips them, so an interrupted ingest continues where it stopped.
UNWIND $files AS f
MERGE (:IngestedFile {key: f.key})
