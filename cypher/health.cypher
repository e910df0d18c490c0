// description: Counts of documents, instruments and relationships, for the health check.
CALL () {
  MATCH (d:Document) RETURN count(d) AS documents
}
CALL () {
  MATCH (i:Instrument) RETURN count(i) AS instruments
}
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS relationships
}
RETURN documents, instruments, relationships
