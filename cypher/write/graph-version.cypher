// description: A new version token for the graph, written in the same transaction as what changed it (an ingest batch, metadata, ranks), so that the API servers' result caches never serve an answer from before the change.
// The token is random, not a count: a graph emptied and written again (or a bulk import) never
// comes back to a token a cache has seen. Runs last in a batch: the lock on this one node is
// held only from there to the commit, so batches that overlap do not wait on each other for it.
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.changes = coalesce(v.changes, 0) + 1, v.changedAt = datetime()
