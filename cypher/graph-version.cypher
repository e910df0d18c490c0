// description: The graph's version token (a new one with every ingest batch; null when nothing has written one), for the result cache.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.token AS token, v.changes AS changes
