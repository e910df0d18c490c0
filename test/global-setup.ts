// Obtains the real Neo4j for the "graph" tests through the same module as `npm start`
// (server/db/graph.ts), on free ports and a throw-away data folder, so a developer's
// own server and data are never touched. CITEGRAPH_TEST_NEO4J_URI (with
// CITEGRAPH_TEST_NEO4J_USER / _PASSWORD / _DATABASE) runs the tests against a server
// you name instead — it must be one whose data may be wiped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../server/config.ts';
import { ensureGraph, stopGraph } from '../server/db/graph.ts';
import { logTail } from '../server/db/managed.ts';
import { freePort } from './support/free-port.ts';

export interface TestGraph {
  uri: string;
  user: string;
  password: string;
  database?: string;
  mode: string;
  /** The environment that makes loadConfig() name this same server as a managed one. */
  managedEnv: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    graph: TestGraph;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.CITEGRAPH_TEST_NEO4J_URI) {
    project.provide('graph', {
      uri: process.env.CITEGRAPH_TEST_NEO4J_URI,
      user: process.env.CITEGRAPH_TEST_NEO4J_USER ?? 'neo4j',
      password: process.env.CITEGRAPH_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.CITEGRAPH_TEST_NEO4J_DATABASE,
      mode: 'external',
      managedEnv: {},
    });
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-test-neo4j-'));
  const managedEnv = {
    CITEGRAPH_GRAPH: 'managed',
    CITEGRAPH_DATA_DIR: dataDir,
    CITEGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
    CITEGRAPH_NEO4J_HTTP_PORT: String(await freePort()),
    CITEGRAPH_NEO4J_HEAP: '768m',
    CITEGRAPH_NEO4J_PAGECACHE: '256m',
  };
  const config = loadConfig({ ...process.env, NEO4J_URI: '', ...managedEnv });
  let graph;
  try {
    graph = await ensureGraph(config, (line) => console.log(`[test neo4j] ${line}`));
  } catch (error) {
    // A red run must explain itself: the error carries the Neo4j log; print it whole.
    console.error(`[test neo4j] could not start:\n${(error as Error).message}\n${logTail(config.managed, 200)}`);
    throw error;
  }
  console.log(`[test neo4j] ${graph.description}`);
  project.provide('graph', { ...graph.connection, mode: graph.mode, managedEnv });
  return async () => {
    await stopGraph(config);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
