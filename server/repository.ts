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

export interface ServerInfo {
  address: string;
  version: string;
  database: string;
}

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  /** Aborted when the user gives up (the request closed): the session is closed, which ends the transaction on the server. */
  signal?: AbortSignal;
}

export interface ConsoleResult {
  columns: string[];
  /** Raw driver values; services/values.ts makes them plain JSON. */
  records: unknown[][];
  truncated: boolean;
}

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

function consoleError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return toAppError(error, uri);
  const firstLine = error.message.split('\n')[0] ?? error.message;
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || /timed? ?out/i.test(error.code)) {
    return new QueryTimeoutError(`the query ran longer than the console's time limit and was stopped by Neo4j`, { neo4jCode: error.code });
  }
  if (REFUSALS[error.code]) return new AppError('read_only', `${REFUSALS[error.code]} (${firstLine})`, 403, { neo4jCode: error.code });
  if (/read access mode|not allowed in read|AccessMode|read-only/i.test(error.message)) {
    return new AppError('read_only', `the console is read-only: ${firstLine}`, 403, { neo4jCode: error.code });
  }
  if (error.code.startsWith('Neo.ClientError.')) return new BadRequestError(firstLine, { neo4jCode: error.code, message: error.message });
  return toAppError(error, uri);
}

export class Repository {
  private readonly driver: Driver;
  private readonly queries: Map<string, QueryFile>;

  constructor(readonly connection: Connection) {
    this.driver = createDriver(connection);
    this.queries = loadQueryFiles();
  }

  get queryFiles(): QueryFile[] {
    return [...this.queries.values()];
  }

  /** A named read query of cypher/ (server/db/run-query.ts checks its parameters and rows). */
  async run<N extends ReadQueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    try {
      return (await runQuery({ driver: this.driver, database: this.connection.database, routing: 'READ' }, name, params)).rows;
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    }
  }

  /**
   * A user's query: a read transaction in read access mode (Neo4j refuses every write,
   * schema and admin command), with a transaction timeout; at most maxRows rows are read.
   */
  async runReadOnly(query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsoleResult> {
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ });
    const cancel = () => void session.close();
    limits.signal?.addEventListener('abort', cancel, { once: true });
    try {
      await this.assertReadOnlyPlan(session, query, params, limits.timeoutMs);
      return await session.executeRead(
        async (tx) => {
          const result = tx.run(query, asCypherIntegers(params) as Record<string, unknown>);
          const records: unknown[][] = [];
          let columns: string[] = [];
          let truncated = false;
          for await (const record of result) {
            columns = record.keys as string[];
            if (records.length >= limits.maxRows) {
              truncated = true;
              break;
            }
            records.push(columns.map((column) => record.get(column)));
          }
          if (records.length === 0) columns = ((await result.keys()) as string[]) ?? [];
          return { columns, records, truncated };
        },
        { timeout: limits.timeoutMs },
      );
    } catch (error) {
      throw consoleError(error, this.connection.uri);
    } finally {
      limits.signal?.removeEventListener('abort', cancel);
      await session.close();
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
    const operators: string[] = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const { operatorType, children } = node as { operatorType?: string; children?: unknown[] };
      if (operatorType) operators.push(operatorType.split('@')[0]!);
      children?.forEach(walk);
    };
    walk(plan);
    const forbidden = operators.find((operator) => FORBIDDEN_OPERATORS.has(operator));
    if (forbidden) {
      throw new AppError('read_only', `the console does not run ${FORBIDDEN_OPERATORS.get(forbidden)} (Neo4j planned it as ${forbidden})`, 403, { queryType, operator: forbidden });
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
    await this.driver.close();
  }
}
