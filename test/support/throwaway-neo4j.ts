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

export async function startThrowawayNeo4j(options: { heap?: string; pageCache?: string; log?: (line: string) => void } = {}): Promise<ThrowawayNeo4j> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-test-neo4j-'));
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
    // A red run must explain itself: print the Neo4j log whole.
    console.error(`[throw-away neo4j] could not start:\n${(error as Error).message}\n${logTail(config.managed, 200)}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
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
