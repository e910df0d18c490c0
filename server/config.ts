// Configuration: one zod schema over the environment, checked once at start-up.
// Every variable is documented in the README's Configuration table; keep the two in step.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ManagedOptions } from './db/managed.ts';

export { projectRoot } from '../ingest/paths.ts';
import { projectRoot } from '../ingest/paths.ts';

/** The one place the Neo4j version is pinned: 5.26 is the LTS line that runs on Java 17. */
export const NEO4J_VERSION = '5.26.19';

const port = z.coerce.number().int().min(1).max(65535);
// PORT 0 asks the system for a free port (tests use it).
const httpPort = z.coerce.number().int().min(0).max(65535);
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/,
        'must look like bolt://host:7687, neo4j://host or neo4j+s://host (a server you run yourself)',
      )
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z][A-Za-z0-9.\-]*$/).optional()),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: httpPort.default(3000),
  CITEGRAPH_GRAPH: z.enum(['auto', 'docker', 'managed']).default('auto'),
  CITEGRAPH_NEO4J_BOLT_PORT: port.default(7687),
  CITEGRAPH_NEO4J_HTTP_PORT: port.default(7474),
  CITEGRAPH_DATA_DIR: z.string().min(1).default(path.join(projectRoot, '.neo4j')),
  CITEGRAPH_CACHE_DIR: z.string().min(1).optional(),
  CITEGRAPH_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'must be a JVM size such as 512m or 2g').default('1g'),
  CITEGRAPH_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'must be a size such as 512m or 2g').default('512m'),
  CITEGRAPH_NEO4J_TX_MEMORY: z.string().regex(/^\d+[mg]$/, 'must be a size such as 256m or 1g').default('256m'),
  CITEGRAPH_NEO4J_START_TIMEOUT: z.coerce.number().int().positive().default(180),
  CITEGRAPH_CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  CITEGRAPH_CONSOLE_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1000),
  CITEGRAPH_CONSOLE_MAX_ELEMENTS: z.coerce.number().int().min(1).max(100_000).default(2000),
  CITEGRAPH_CONSOLE_MAX_BYTES: z.coerce.number().int().min(10_000).max(1_000_000_000).default(4_000_000),
  CITEGRAPH_CONSOLE_MAX_VALUE_BYTES: z.coerce.number().int().min(100).max(100_000_000).default(65_536),
  CITEGRAPH_CONSOLE_WORKERS: z.coerce.number().int().min(1).max(64).default(4),
  CITEGRAPH_CONSOLE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  CITEGRAPH_RESULT_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(2000),
  CITEGRAPH_RESULT_CACHE_MB: z.coerce.number().int().min(0).max(64_000).default(128),
  CITEGRAPH_START_CORPUS: z.enum(['bundle', 'sample']).default('bundle'),
  CITEGRAPH_UN_DOCS_URL: z.string().url().default('https://documents.un.org'),
  /** Neo4j Browser of a server citegraph does not start (NEO4J_URI), for the console's link; the servers it starts serve their own. */
  CITEGRAPH_NEO4J_BROWSER_URL: z.string().url().optional(),
  JAVA_HOME: z.preprocess(emptyAsUndefined, z.string().optional()),
  XDG_CACHE_HOME: z.preprocess(emptyAsUndefined, z.string().optional()),
});

export type Env = z.infer<typeof envSchema>;

/** What one console query may take: time (the server answers 504 when it is up), rows, bytes of the answer and of one value, graph elements. */
export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  maxValueBytes: number;
  maxElements: number;
}

export interface Config {
  /** A server the user runs; when set, nothing is ever started. */
  external?: { uri: string; user: string; password: string; database?: string };
  graphMode: 'auto' | 'docker' | 'managed';
  http: { host: string; port: number };
  /** What `npm start` ingests into an empty graph: the bundled UN corpus with the sample, or the sample alone. */
  startCorpus: 'bundle' | 'sample';
  /** Where citegraph keeps what it unpacks, assembles or downloads: one folder per user. */
  cacheDir: string;
  /** The UN's document system, for `citegraph fetch`. */
  unDocsUrl: string;
  /** Neo4j Browser of an external server, when the user names it. */
  neo4jBrowserUrl?: string;
  console: ConsoleLimits & { requestsPerMinute: number; workers: number };
  /** The per-server cache of lineage answers, keyed by the graph's version (0 entries or 0 bytes: no cache). */
  resultCache: { maxEntries: number; maxBytes: number };
  managed: ManagedOptions;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function userCacheDir(env: Env): string {
  if (env.CITEGRAPH_CACHE_DIR) return env.CITEGRAPH_CACHE_DIR;
  const base = env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(base, 'citegraph');
}

/** Validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    external: env.NEO4J_URI
      ? { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE }
      : undefined,
    graphMode: env.CITEGRAPH_GRAPH,
    http: { host: env.HOST, port: env.PORT },
    startCorpus: env.CITEGRAPH_START_CORPUS,
    cacheDir: userCacheDir(env),
    unDocsUrl: env.CITEGRAPH_UN_DOCS_URL,
    neo4jBrowserUrl: env.CITEGRAPH_NEO4J_BROWSER_URL,
    console: {
      timeoutMs: env.CITEGRAPH_CONSOLE_TIMEOUT_MS,
      maxRows: env.CITEGRAPH_CONSOLE_MAX_ROWS,
      maxElements: env.CITEGRAPH_CONSOLE_MAX_ELEMENTS,
      maxBytes: env.CITEGRAPH_CONSOLE_MAX_BYTES,
      maxValueBytes: env.CITEGRAPH_CONSOLE_MAX_VALUE_BYTES,
      requestsPerMinute: env.CITEGRAPH_CONSOLE_RATE_LIMIT,
      workers: env.CITEGRAPH_CONSOLE_WORKERS,
    },
    resultCache: { maxEntries: env.CITEGRAPH_RESULT_CACHE_ENTRIES, maxBytes: env.CITEGRAPH_RESULT_CACHE_MB * 2 ** 20 },
    managed: {
      version: NEO4J_VERSION,
      boltPort: env.CITEGRAPH_NEO4J_BOLT_PORT,
      httpPort: env.CITEGRAPH_NEO4J_HTTP_PORT,
      dataDir: path.resolve(env.CITEGRAPH_DATA_DIR),
      cacheDir: userCacheDir(env),
      heap: env.CITEGRAPH_NEO4J_HEAP,
      pageCache: env.CITEGRAPH_NEO4J_PAGECACHE,
      transactionMemory: env.CITEGRAPH_NEO4J_TX_MEMORY,
      startTimeoutMs: env.CITEGRAPH_NEO4J_START_TIMEOUT * 1000,
      javaHome: env.JAVA_HOME,
    },
  };
}
