// What the parts of `npm run bench:reliability` share: the row of the final table, the
// machine line, and the real things they run against — one throw-away Neo4j holding the
// bundled UN corpus, and the API server as a child process (`citegraph start`, the command
// `npm start` runs), so that a crash of the server shows as a dead process, not a thrown
// error in the benchmark. Both are started on first use and stopped by `close()`.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { applySchema } from '../../../server/db/schema.ts';
import { freePort } from '../../support/free-port.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../support/throwaway-neo4j.ts';
import { mulberry32 } from '../synthetic.ts';

export interface Row {
  measure: string;
  /** How many attempts, inputs, requests or kills. */
  tried: number;
  /** What went wrong: failures, crashes, changes to the graph, errors. */
  failures: number;
  target: string;
  met: boolean;
  /** Figures and findings beside the count (latency, status distribution, …). */
  detail: string[];
}

/** The size of a run: `full` is what the issue asks; `quick` tries every part in a minute or two. */
export interface Scale {
  quick: boolean;
  /** Seed for everything random (fast-check, the request fuzzer, kill moments). */
  seed: number;
}

export const citegraphBin = path.join(projectRoot, 'server', 'bin', 'citegraph.mjs');

export const CONSOLE_RATE_LIMIT_FOR_BENCH = 100_000;

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'CPU'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export const log = (line: string) => console.error(line);

/** A deterministic PRNG (the synthetic corpus's mulberry32), so a seed names a run. */
export const random = mulberry32;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export interface ApiServer {
  url: string;
  child: ChildProcess;
  /** Lines the server wrote to stderr since it started (its error log). */
  stderr: string[];
  /** Set when the process exited: how. */
  exited(): string | undefined;
}

/** One Neo4j with the bundled corpus and one API server on it, started on first use. */
export class Harness {
  private neo4jStarted?: Promise<ThrowawayNeo4j>;
  private serverStarted?: Promise<ApiServer>;
  private driverOpened?: Driver;

  neo4j(): Promise<ThrowawayNeo4j> {
    this.neo4jStarted ??= (async () => {
      log('Starting a throw-away Neo4j…');
      const neo4j = await startThrowawayNeo4j({ heap: '1g', pageCache: '512m' });
      const driver = createDriver(neo4j.graph.connection);
      try {
        await applySchema(driver);
      } finally {
        await driver.close();
      }
      return neo4j;
    })();
    return this.neo4jStarted;
  }

  async driver(): Promise<Driver> {
    this.driverOpened ??= createDriver((await this.neo4j()).graph.connection);
    return this.driverOpened;
  }

  /**
   * `citegraph start` in a child process against the throw-away Neo4j: into the empty graph it
   * ingests the bundled UN corpus, the sample and the voting records, ranks, then serves.
   * The console's rate limit is raised (CITEGRAPH_CONSOLE_RATE_LIMIT) since every bench
   * request comes from one address.
   */
  server(): Promise<ApiServer> {
    this.serverStarted ??= (async () => {
      const neo4j = await this.neo4j();
      const port = await freePort();
      const started = performance.now();
      log(`Starting the API server (citegraph start: ingests the bundled corpus into the empty graph) on port ${port}…`);
      const child = spawn(process.execPath, [citegraphBin, 'start'], {
        env: {
          ...process.env,
          NEO4J_URI: neo4j.graph.connection.uri,
          HOST: '127.0.0.1',
          PORT: String(port),
          CITEGRAPH_CONSOLE_RATE_LIMIT: String(CONSOLE_RATE_LIMIT_FOR_BENCH),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const stderr: string[] = [];
      let exit: string | undefined;
      child.on('exit', (code, signal) => (exit = `exited with ${signal ?? `code ${code}`}`));
      const url = await new Promise<string>((resolve, reject) => {
        let pending = '';
        child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
          pending += chunk;
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) {
            stderr.push(line);
            const serving = /citegraph is serving (http:\/\/\S+)/.exec(line);
            if (serving) resolve(serving[1]!);
          }
        });
        child.stdout!.resume();
        child.once('exit', () => reject(new Error(`citegraph start ${exit}:\n${stderr.slice(-30).join('\n')}`)));
      });
      log(`API server ready at ${url} after ${((performance.now() - started) / 1000).toFixed(0)} s.`);
      return { url, child, stderr, exited: () => exit };
    })();
    return this.serverStarted;
  }

  async close(): Promise<void> {
    if (this.serverStarted) {
      const server = await this.serverStarted.catch(() => undefined);
      if (server && server.exited() === undefined) {
        const gone = new Promise((resolve) => server.child.once('exit', resolve));
        server.child.kill('SIGTERM');
        await Promise.race([gone, sleep(10_000)]);
        if (server.exited() === undefined) server.child.kill('SIGKILL');
      }
    }
    await this.driverOpened?.close();
    if (this.neo4jStarted) {
      const neo4j = await this.neo4jStarted.catch(() => undefined);
      await neo4j?.stop();
    }
  }
}

/** Reads a response whole: status, the body as text, and the body as JSON when it is JSON. */
export async function readResponse(response: Response): Promise<{ status: number; text: string; json: unknown; isJson: boolean }> {
  const text = await response.text();
  try {
    return { status: response.status, text, json: JSON.parse(text), isJson: (response.headers.get('content-type') ?? '').includes('application/json') };
  } catch {
    return { status: response.status, text, json: undefined, isJson: false };
  }
}

/** A stack trace or a file path of the server in a response body: internals a client must never see. */
export const LEAKS_INTERNALS = /\n\s+at \S.*\(|\bat (?:async )?\S+ \(\/|node:internal|\/server\/\S+\.ts|\/node_modules\//;

/** Counts of values, printed "200 ×12, 403 ×180". */
export function tally(values: Iterable<string | number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const formatTally = (counts: Map<string, number>) => [...counts].map(([value, n]) => `${value} ×${n}`).join(', ');
