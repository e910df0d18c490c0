// description: Whether the graph holds any document whose text was ingested: `citegraph start` loads the bundled corpus into one that holds none.
RETURN EXISTS { MATCH (:Document {ingested: true}) } AS any
