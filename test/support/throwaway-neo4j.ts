// A throw-away project-managed Neo4j on free ports and a temporary data folder, obtained
// through the same module as `npm start` (server/db/graph.ts). Tests and benchmarks use
// it so that a developer's own server and data are never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config.ts';
import { ensureGraph, stopGraph, type Graph } from '../../server/db/graph.ts';
import { logTail } from '../../server/db/managed.ts';
import { freePort } from './free-port.ts';

export interface ThrowawayNeo4j {
  graph: Graph;
  config: Config;
  /** The environment that names this server as a managed one (for child processes). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const PREFIX = 'citegraph-test-neo4j-';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Stops the throw-away servers of test runs that died without their teardown (a killed
 * vitest, a timed-out CI step): each data folder records the pid of the process that owns it.
 */
export async function reapOrphans(): Promise<number> {
  let reaped = 0;
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (!entry.startsWith(PREFIX)) continue;
    const dataDir = path.join(os.tmpdir(), entry);
    const owner = Number(fs.readFileSync(path.join(dataDir, 'owner.pid'), { encoding: 'utf8', flag: 'a+' }) || NaN);
    if (Number.isNaN(owner) || alive(owner)) continue;
    await stopGraph(loadConfig({ CITEGRAPH_GRAPH: 'managed', CITEGRAPH_DATA_DIR: dataDir }));
    fs.rmSync(dataDir, { recursive: true, force: true });
    reaped++;
  }
  return reaped;
}

export async function startThrowawayNeo4j(options: { heap?: string; pageCache?: string; log?: (line: string) => void } = {}): Promise<ThrowawayNeo4j> {
  await reapOrphans();
  // A free port can be taken between our look and Neo4j's bind (a CI run once lost one so): the
  // start is tried again on other ports when, and only when, an address is "already in use" (in
  // Neo4j's log, or in our own check before the start, PortInUseError).
  for (let attempt = 1; ; attempt++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
    fs.writeFileSync(path.join(dataDir, 'owner.pid'), String(process.pid));
    const env = {
      CITEGRAPH_GRAPH: 'managed',
      CITEGRAPH_DATA_DIR: dataDir,
      CITEGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
      CITEGRAPH_NEO4J_HTTP_PORT: String(await freePort()),
      CITEGRAPH_NEO4J_HEAP: options.heap ?? '768m',
      CITEGRAPH_NEO4J_PAGECACHE: options.pageCache ?? '256m',
    };
    const config = loadConfig({ ...process.env, NEO4J_URI: '', ...env });
    let graph: Graph;
    try {
      graph = await ensureGraph(config, options.log);
    } catch (error) {
      const log = logTail(config.managed, 200);
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (attempt < PORT_ATTEMPTS && /already in use/.test(`${(error as Error).message}\n${log}`)) {
        console.error(`[throw-away neo4j] a port was taken before Neo4j could bind it; starting again on others (${attempt}/${PORT_ATTEMPTS})`);
        continue;
      }
      // A red run must explain itself: print the Neo4j log whole.
      console.error(`[throw-away neo4j] could not start:\n${(error as Error).message}\n${log}`);
      throw error;
    }
    return {
      graph,
      config,
      env,
      async stop() {
        await stopGraph(config);
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
}

const PORT_ATTEMPTS = 3;
