// The one way to run a named query of cypher/ or cypher/write/: its parameters are checked
// against the query's zod schema (server/query-schemas.ts) before it runs and its rows parsed
// with the row schema after, so callers get the types the data has, not casts. It runs in a
// transaction of the caller's (a write batch's statements must commit together) or on a driver.
import neo4j, { type Driver, type ManagedTransaction, type QueryStatistics, type Record as Neo4jRecord, type RoutingControl } from 'neo4j-driver';
import type { z } from 'zod';
import { querySchemas, type QueryName, type QueryParams, type QueryRow } from '../query-schemas.ts';
import { asCypherIntegers } from './driver.ts';
import { loadAllQueryFiles } from './queries.ts';

/** A transaction of the caller's (anything that runs a statement), or a driver and where to run. */
export type QueryTarget = Pick<ManagedTransaction, 'run'> | { driver: Driver; database?: string; routing?: RoutingControl };

export interface QueryResult<N extends QueryName> {
  rows: QueryRow<N>[];
  /** What a write changed (nodes and relationships created, deleted …). */
  counters: ReturnType<QueryStatistics['updates']>;
}

/** Each query's schemas seen through its own name, so that indexing with a generic name keeps its types. */
const schemasByName: { [N in QueryName]: { params: z.ZodType<unknown, QueryParams<N>>; row: z.ZodType<QueryRow<N>> } } = querySchemas;

let texts: Map<string, string> | undefined;

/**
 * A query's text as it is sent: without its whole-line comments, which are for readers (the
 * files read once, on first use). The comments are half of some queries' bytes, and the driver
 * writes a query in 1,400-byte chunks, each a socket write of its own: a lineage sent 8.6 kB of
 * query text, 4.7 kB without them.
 */
export function queryText(name: QueryName): string {
  texts ??= new Map([...loadAllQueryFiles()].map(([key, file]) => [key, withoutCommentLines(file.text)]));
  const text = texts.get(name);
  if (text === undefined) throw new Error(`no query file for ${name} (cypher/${name}.cypher)`);
  return text;
}

const withoutCommentLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');

export async function runQuery<N extends QueryName>(target: QueryTarget, name: N, params: QueryParams<N>): Promise<QueryResult<N>> {
  const schemas = schemasByName[name];
  const text = queryText(name);
  const sent = asCypherIntegers(schemas.params.parse(params)) as Record<string, unknown>;
  const result = 'run' in target ? await withoutCallerStack(() => target.run(text, sent)) : await target.driver.executeQuery(text, sent, { database: target.database, routing: target.routing });
  return { rows: result.records.map((record) => schemas.row.parse(rowOf(record))), counters: result.summary.counters.updates() };
}

/**
 * Runs `start` with no stack traces captured. The driver's Result records its caller's stack
 * when it is made (to show it should the query fail), and formatting that stack cost 0.6 ms of
 * CPU for each lineage (one per query of the transaction). A failed query keeps its message and
 * code (all the API and its log show of it); its stack is left empty. The Result is made
 * synchronously, inside `start`, so the limit is back before anything else runs.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A record as a plain object, by index. Record.toObject walks its fields through down-levelled
 * iterator helpers: for a lineage's widest level (1,500 rows) that was a quarter of the driver's
 * CPU for the query, 3 ms of 13.
 */
function rowOf(record: Neo4jRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i++) row[keys[i] as string] = record.get(i);
  return row;
}

/**
 * Runs a read query and yields its rows one at a time as the server sends them: for answers as
 * large as the graph (the PageRank projection), which must never be held whole.
 */
export async function* streamQuery<N extends QueryName>(target: { driver: Driver; database?: string }, name: N, params: QueryParams<N>): AsyncGenerator<QueryRow<N>> {
  const schemas = schemasByName[name];
  const sent = asCypherIntegers(schemas.params.parse(params)) as Record<string, unknown>;
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const record of session.run(queryText(name), sent)) yield schemas.row.parse(rowOf(record));
  } finally {
    await session.close();
  }
}
