// A canonical dump of the whole graph: every node and relationship with its labels,
// type and properties, sorted, so two graphs compare equal exactly when they are the same.
// The ingest's own bookkeeping — which files it holds whole, (:IngestedFile) — is not part of
// the document graph and is left out: ingesting a changed file leaves the old file's mark. So is
// the graph's version token (:GraphVersion), new with every write.
import type { Driver } from 'neo4j-driver';

/** Plain JSON with sorted keys; Neo4j temporal values become their ISO strings. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

export async function dumpGraph(driver: Driver, database?: string): Promise<GraphDump> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:IngestedFile AND NOT n:GraphVersion RETURN coalesce(n.symbol, n.key) AS key, labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.symbol, a.key) AS from, type(r) AS type, coalesce(b.symbol, b.key) AS to, properties(r) AS props`,
    {},
    { database },
  );
  return {
    nodes: nodes.records
      .map((r) => JSON.stringify(canonical({ key: r.get('key'), labels: [...r.get('labels')].sort(), props: r.get('props') })))
      .sort(),
    relationships: relationships.records.map((r) => JSON.stringify(canonical(r.toObject()))).sort(),
  };
}

export async function wipeGraph(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
