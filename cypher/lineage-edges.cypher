// description: The evidence of the relationships a lineage shows, by element id (as lineage-walk found them).
UNWIND $edges AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
// properties(r), not a projection of the 21 keys an edge may show: a projection sends every key
// it names, null where the edge has none (most of them: the per-language copies exist only where
// two versions found the edge), and decoding those keys was half the driver's work on a lineage.
// values.ts edgeEvidence picks what an edge shows.
RETURN elementId(r) AS edge, properties(r) AS props
