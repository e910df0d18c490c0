// Obtains the real Neo4j for the "graph" tests: a throw-away one on free ports and a
// temporary data folder (test/support/throwaway-neo4j.ts), so a developer's own server and
// data are never touched. CITEGRAPH_TEST_NEO4J_URI (with CITEGRAPH_TEST_NEO4J_USER /
// _PASSWORD / _DATABASE) runs the tests against a server you name instead — one whose data may be wiped.
import type { TestProject } from 'vitest/node';
import { startThrowawayNeo4j } from './support/throwaway-neo4j.ts';

export interface TestGraph {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Neo4j Browser of the throw-away server (the project-managed one serves it). */
  browserUrl?: string;
  mode: string;
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
    });
    return;
  }
  const neo4j = await startThrowawayNeo4j({ log: (line) => console.log(`[test neo4j] ${line}`) });
  console.log(`[test neo4j] ${neo4j.graph.description}`);
  project.provide('graph', { ...neo4j.graph.connection, mode: neo4j.graph.mode });
  return () => neo4j.stop();
}
