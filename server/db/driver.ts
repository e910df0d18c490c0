// The Neo4j driver for a graph target, plus the two things everybody needs from it:
// waiting until a server answers, and turning driver failures into errors a person reads.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { AppError, GraphUnavailableError } from '../errors.ts';

export interface Connection {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database (the home database). */
  database?: string;
  /** Where Neo4j Browser for this server is, when known (the servers citegraph starts, or CITEGRAPH_NEO4J_BROWSER_URL). */
  browserUrl?: string;
}

export function createDriver(connection: Connection, options: { maxConnectionPoolSize?: number } = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast when the server is gone, so the API answers 503 instead of hanging.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    // Counts and years come back as plain numbers; integer *parameters* must still be
    // sent as neo4j.int() or converted in Cypher, since a JS number is a Cypher Float.
    disableLosslessIntegers: true,
    userAgent: 'citegraph',
  });
}

/**
 * JS numbers reach Cypher as Floats, but LIMIT, SKIP and every count, session, paragraph
 * or offset we send are whole numbers: send those as Integers.
 */
export function asCypherIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(asCypherIntegers);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = asCypherIntegers(inner);
    return out;
  }
  return value;
}

/** Neo4j codes that mean "the server is not there for us", as opposed to a bad query. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === neo4j.error.SERVICE_UNAVAILABLE ||
    error.code === neo4j.error.SESSION_EXPIRED ||
    error.code === 'Neo.ClientError.Security.Unauthorized' ||
    error.code === 'Neo.ClientError.Security.AuthenticationRateLimit' ||
    error.code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    error.code === 'Neo.TransientError.General.DatabaseUnavailable'
  );
}

/** Translates a driver failure into an AppError; anything else is passed through. */
export function toAppError(error: unknown, uri: string): unknown {
  if (error instanceof AppError) return error;
  if (isUnavailable(error)) {
    const neoError = error as Neo4jError;
    return new GraphUnavailableError(`Neo4j at ${redactUri(uri)} is not reachable: ${firstLine(neoError.message)}`, {
      neo4jCode: neoError.code,
    });
  }
  return error;
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

/** A URI fit to print: no credentials in it. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/**
 * Polls `RETURN 1` until the server answers. `givenUp` lets a caller stop early
 * (e.g. the server process has exited) with its own reason.
 */
export async function waitUntilAnswering(
  uri: string,
  options: { timeoutMs: number; auth?: Omit<Connection, 'uri'>; givenUp?: () => string | undefined },
): Promise<void> {
  const driver = createDriver({ uri, user: options.auth?.user ?? 'neo4j', password: options.auth?.password ?? '' });
  const deadline = Date.now() + options.timeoutMs;
  let lastError = 'no answer yet';
  try {
    for (;;) {
      const reason = options.givenUp?.();
      if (reason) throw new GraphUnavailableError(reason);
      try {
        await driver.executeQuery('RETURN 1', {}, { database: options.auth?.database });
        return;
      } catch (error) {
        if (!isUnavailable(error)) throw error;
        lastError = firstLine((error as Error).message);
      }
      if (Date.now() > deadline) {
        throw new GraphUnavailableError(
          `no answer from ${uri} within ${Math.round(options.timeoutMs / 1000)} s (last: ${lastError})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await driver.close();
  }
}
