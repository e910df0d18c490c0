// The repository: the only code of the API that touches the Neo4j driver. It runs the
// named queries of cypher/ with validated parameters and returns validated rows, and runs
// the console's queries in read transactions that Neo4j itself keeps read-only and bounded.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Connection } from './db/driver.ts';
import { asCypherIntegers, createDriver, toAppError } from './db/driver.ts';
import { loadQueryFiles, type QueryFile } from './db/queries.ts';
import type { QueryParams, QueryRow, ReadQueryName } from './query-schemas.ts';
import { runQuery } from './db/run-query.ts';
import { AppError, BadRequestError, QueryTimeoutError } from './errors.ts';
import { ConsolePool } from './services/console-pool.ts';

export interface ServerInfo {
  address: string;
  version: string;
  database: string;
}

export interface ReadOnlyRun {
  /** Put in the transaction's metadata, so that the console's deadline can find the transaction and end it (endConsoleTransaction). */
  tag: string;
  /** Neo4j's own transaction timeout as well, so that the server stops what it can by itself. */
  timeoutMs: number;
  /** Takes each record's values as they stream in; false reads no more (the rest is discarded, not fetched). */
  onRecord: (values: unknown[]) => boolean;
}

/** Records are pulled this many at a time, so a cap met early leaves the rest in Neo4j rather than in our memory. */
const CONSOLE_FETCH_SIZE = 100;
/** The driver's "all records in one PULL" (its FETCH_ALL constant, which the package does not export). */
const FETCH_ALL = -1;

/** Error codes by which Neo4j refuses what a read-only console must not do. */
const REFUSALS: Record<string, string> = {
  'Neo.ClientError.Statement.AccessMode': 'the console is read-only: Neo4j refused to write in a read transaction',
  'Neo.ClientError.Security.Forbidden': 'the console is read-only: Neo4j refused the operation',
};

/** Plan operators a read-only console refuses although Neo4j plans them as reads. */
const FORBIDDEN_OPERATORS = new Map([
  ['LoadCSV', 'LOAD CSV'],
  ['AdministrationCommand', 'administration commands'],
  ['TerminateTransactions', 'TERMINATE TRANSACTIONS'],
]);

/**
 * SHOW commands the console runs: listings of this database's schema and of the Cypher
 * language. The others (SHOW TRANSACTIONS, SHOW SETTINGS, …) tell of other clients — their
 * queries, parameters, addresses — or of the server, and are refused.
 */
const ALLOWED_SHOW_OPERATORS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

/** Procedures the console calls: the schema and full-text search of this database, nothing about other clients or the server. */
const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Why the console refuses a plan operator, or undefined when it runs. `details` is the operator's Details argument. */
function refusedOperator(operator: string, details: string): string | undefined {
  if (FORBIDDEN_OPERATORS.has(operator)) return FORBIDDEN_OPERATORS.get(operator);
  if (operator.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(operator)) {
    return `${operator.replace(/^Show/, 'SHOW ').toUpperCase()} (only the schema listings SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES)`;
  }
  if (operator === 'ProcedureCall') {
    const procedure = /^[\w.]+/.exec(details)?.[0] ?? details;
    if (!ALLOWED_PROCEDURES.has(procedure)) return `the procedure ${procedure} (only schema listings and full-text search: ${[...ALLOWED_PROCEDURES].join(', ')})`;
  }
  return undefined;
}

/** Neo4j stopped the query at its memory guard (db.memory.transaction.max, or the total for all transactions). */
const isMemoryLimit = (error: Neo4jError) => /OutOfMemory|MemoryLimit/i.test(error.code) || /memory\.transaction\.(total\.)?max/.test(error.message);

function consoleError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return toAppError(error, uri);
  const firstLine = error.message.split('\n')[0] ?? error.message;
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || /timed? ?out/i.test(error.code)) {
    return new QueryTimeoutError(`the query ran longer than the console's time limit and was stopped by Neo4j`, { neo4jCode: error.code });
  }
  if (isMemoryLimit(error)) {
    return new AppError('memory_limit', `the query needed more memory than Neo4j allows one transaction, and Neo4j stopped it (${firstLine}); return less, or aggregate before collecting`, 422, { neo4jCode: error.code });
  }
  if (REFUSALS[error.code]) return new AppError('read_only', `${REFUSALS[error.code]} (${firstLine})`, 403, { neo4jCode: error.code });
  if (/read access mode|not allowed in read|AccessMode|read-only/i.test(error.message)) {
    return new AppError('read_only', `the console is read-only: ${firstLine}`, 403, { neo4jCode: error.code });
  }
  if (error.code.startsWith('Neo.ClientError.')) return new BadRequestError(firstLine, { neo4jCode: error.code, message: error.message });
  return toAppError(error, uri);
}

/** What a use case needs to read the graph: named queries, on the driver or inside one transaction. */
export interface Reader {
  run<N extends ReadQueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]>;
}

export class Repository implements Reader {
  private readonly driver: Driver;
  private readonly queries: Map<string, QueryFile>;

  private consolePool: ConsolePool | undefined;

  constructor(
    readonly connection: Connection,
    /** How many console queries run at once, each on a worker thread of its own. */
    private readonly consoleWorkers = 4,
  ) {
    this.driver = createDriver(connection);
    this.queries = loadQueryFiles();
  }

  get queryFiles(): QueryFile[] {
    return [...this.queries.values()];
  }

  /**
   * A named read query of cypher/ on its own (server/db/run-query.ts checks its parameters and
   * rows), in an auto-commit transaction: one message to Neo4j where a managed transaction sends
   * three (begin, run, commit), and each is a write to the socket, about 0.2 ms of the API's CPU
   * here. The graph's version is read so before almost every request a cache answers. An error
   * the driver calls retryable (a cluster member gone, a leader switch) is tried once more, as a
   * managed transaction would have been.
   */
  async run<N extends ReadQueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    try {
      return await this.runAlone(name, params).catch((error: unknown) => {
        if (error instanceof Neo4jError && error.retryable) return this.runAlone(name, params);
        throw error;
      });
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    }
  }

  private async runAlone<N extends ReadQueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    const session = this.readSession();
    try {
      return (await runQuery(session, name, params)).rows;
    } finally {
      await session.close();
    }
  }

  /**
   * Several named queries in one read transaction: a use case that asks Neo4j six questions
   * (a lineage) pays for one transaction instead of six (each costs the driver a begin and a
   * commit, and about 1.5 ms of its CPU here), and reads one state of the graph.
   */
  async reading<T>(work: (reader: Reader) => Promise<T>): Promise<T> {
    const session = this.readSession();
    try {
      return await session.executeRead((tx) => work({ run: async (name, params) => (await runQuery(tx, name, params)).rows }));
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * A session for named reads. Every named query's answer is bounded (a limit of at most 5,000
   * rows, or the node cap): one PULL takes it whole, where the driver's batches of 1,000 would
   * cost a lineage's widest level a second round trip. The sessions share the driver's bookmarks,
   * so this server's reads are chained: none sees an older graph than one before it, whichever
   * member of a cluster it lands on.
   */
  private readSession() {
    return this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: FETCH_ALL,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /**
   * A user's query: a read transaction in read access mode (Neo4j refuses every write,
   * schema and admin command), streamed record by record into `run.onRecord`. Its time limit
   * is kept by the caller (services/console-pool.ts), which can stop it wherever it is.
   */
  async runReadOnly(query: string, params: Record<string, unknown>, run: ReadOnlyRun): Promise<{ columns: string[] }> {
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ, fetchSize: CONSOLE_FETCH_SIZE });
    try {
      await this.assertReadOnlyPlan(session, query, params, run.timeoutMs);
      // An explicit transaction, not executeRead: a console query is never retried (a memory
      // error is "transient" to the driver, and a retry would stream its records twice).
      const tx = session.beginTransaction({ timeout: run.timeoutMs, metadata: { citegraphConsole: run.tag } });
      try {
        const result = tx.run(query, asCypherIntegers(params) as Record<string, unknown>);
        let columns: string[] = [];
        for await (const record of result) {
          columns = record.keys as string[];
          if (!run.onRecord(columns.map((column) => record.get(column)))) break;
        }
        if (columns.length === 0) columns = ((await result.keys()) as string[]) ?? [];
        return { columns };
      } finally {
        // Nothing to keep: a read transaction ends by rolling back.
        if (tx.isOpen()) await tx.rollback().catch(() => {});
      }
    } catch (error) {
      throw consoleError(error, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  /** The console's queries, on worker threads under the server's deadline (created on first use). */
  get console(): ConsolePool {
    this.consolePool ??= new ConsolePool(this.connection, this.consoleWorkers, (tag) => this.endConsoleTransaction(tag));
    return this.consolePool;
  }

  /** Ends a console transaction that outlived its deadline (TERMINATE is allowed on one's own transactions). */
  async endConsoleTransaction(tag: string): Promise<void> {
    const options = { database: this.connection.database };
    try {
      const { records } = await this.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.citegraphConsole = $tag RETURN collect(transactionId) AS ids',
        { tag },
        options,
      );
      const ids = records[0]?.get('ids');
      if (Array.isArray(ids) && ids.length > 0) await this.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, options);
    } catch (error) {
      console.error(`citegraph: could not end a console transaction past its deadline: ${(error as Error).message}`);
    }
  }

  /**
   * Asks Neo4j how it classifies the query (EXPLAIN plans it without running it): only
   * plain reads pass. A read transaction already refuses writes; this also keeps out what
   * Neo4j counts as reads but a console must not do: LOAD CSV (it reads files and URLs),
   * administration commands (SHOW USERS …), terminating transactions, and dbms procedures.
   */
  private async assertReadOnlyPlan(session: neo4j.Session, query: string, params: Record<string, unknown>, timeoutMs: number): Promise<void> {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, asCypherIntegers(params) as Record<string, unknown>), { timeout: timeoutMs });
    const { queryType, plan } = explained.summary;
    const operators: { operator: string; details: string }[] = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const { operatorType, arguments: args, children } = node as { operatorType?: string; arguments?: { Details?: unknown }; children?: unknown[] };
      if (operatorType) operators.push({ operator: operatorType.split('@')[0]!, details: typeof args?.Details === 'string' ? args.Details : '' });
      children?.forEach(walk);
    };
    walk(plan);
    for (const { operator, details } of operators) {
      const refused = refusedOperator(operator, details);
      if (refused) throw new AppError('read_only', `the console does not run ${refused} (Neo4j planned it as ${operator})`, 403, { queryType, operator });
    }
    if (queryType !== 'r') {
      const kind = { w: 'a write', rw: 'a read-write', s: 'a schema or system' }[queryType as string] ?? `a "${queryType}"`;
      throw new AppError('read_only', `the console is read-only: Neo4j classifies this as ${kind} query`, 403, { queryType });
    }
  }

  /** Nodes by element id (for drawing the ends of relationships a console query returned alone). */
  async nodesByElementId(ids: string[]): Promise<neo4j.Node[]> {
    if (ids.length === 0) return [];
    try {
      const result = await this.driver.executeQuery('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids }, { database: this.connection.database, routing: 'READ' });
      return result.records.map((record) => record.get('n') as neo4j.Node);
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    }
  }

  /** The server and the database actually used (the home database when none is configured). */
  async serverInfo(): Promise<ServerInfo> {
    try {
      const result = await this.driver.executeQuery(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
        {},
        { database: this.connection.database, routing: 'READ' },
      );
      const record = result.records[0];
      return {
        address: result.summary.server.address ?? this.connection.uri,
        version: `${record?.get('version')} ${record?.get('edition')}`,
        database: result.summary.database.name ?? this.connection.database ?? 'neo4j',
      };
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    }
  }

  async close(): Promise<void> {
    await this.consolePool?.close();
    await this.driver.close();
  }
}
