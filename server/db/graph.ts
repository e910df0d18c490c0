// Where the graph lives. The one module that decides, in this order:
//   1. NEO4J_URI names a server the user runs: use it, never start anything;
//   2. a Docker engine answers: `docker compose up -d neo4j` with docker-compose.yml;
//   3. Java 17+ is present: the project-managed Neo4j (managed.ts);
//   4. otherwise an error naming the three ways.
// CITEGRAPH_GRAPH=docker|managed skips the detection (tests use `managed`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../config.ts';
import { projectRoot } from '../config.ts';
import { redactUri, waitUntilAnswering, type Connection } from './driver.ts';
import { GraphUnavailableError, MissingJavaError, NoGraphError, StartFailedError } from './errors.ts';
import { findJava, isOurProcess, managedUri, readState, startManaged, stopManaged, type Log } from './managed.ts';

export type GraphMode = 'external' | 'docker' | 'managed';

export interface Graph {
  mode: GraphMode;
  connection: Connection;
  /** One line for start-up output and `citegraph db status`. */
  description: string;
}

const composeFile = path.join(projectRoot, 'docker-compose.yml');
const DOCKER_URI = 'bolt://127.0.0.1:7687';

function dockerEngineAnswers(): boolean {
  const probe = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5_000 });
  return probe.status === 0 && probe.stdout.trim() !== '';
}

function docker(args: string[]): { ok: boolean; output: string } {
  const run = spawnSync('docker', ['compose', '-f', composeFile, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}`.trim() };
}

/** Which way the graph would be had, without starting anything. */
export function chooseMode(config: Config): GraphMode {
  if (config.external) return 'external';
  if (config.graphMode === 'docker') return 'docker';
  if (config.graphMode === 'managed') return 'managed';
  if (dockerEngineAnswers()) return 'docker';
  try {
    findJava(config.managed.javaHome);
    return 'managed';
  } catch (error) {
    if (error instanceof MissingJavaError) {
      throw new NoGraphError(`NEO4J_URI is not set, no Docker engine answers, and ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}

function describe(mode: GraphMode, connection: Connection, extra = ''): string {
  const database = connection.database ? `, database ${connection.database}` : '';
  const how = {
    external: 'a server you run (NEO4J_URI)',
    docker: 'Docker Compose (docker-compose.yml, service neo4j)',
    managed: 'the project-managed Neo4j',
  }[mode];
  return `Neo4j: ${how} at ${redactUri(connection.uri)}${database}${extra}`;
}

/** Makes sure a server is up and answering, starting one where that is ours to do. */
export async function ensureGraph(config: Config, log: Log = () => {}): Promise<Graph> {
  const mode = chooseMode(config);
  if (mode === 'external') {
    const connection = config.external!;
    try {
      await waitUntilAnswering(connection.uri, { timeoutMs: 10_000, auth: connection });
    } catch (error) {
      throw new GraphUnavailableError(
        `the Neo4j named by NEO4J_URI (${redactUri(connection.uri)}) is not reachable: ` +
          `${(error as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI ` +
          'to let citegraph start its own.',
      );
    }
    return { mode, connection: { ...connection, browserUrl: config.neo4jBrowserUrl }, description: describe(mode, connection) };
  }
  if (mode === 'docker') {
    const connection: Connection = { uri: DOCKER_URI, user: 'neo4j', password: '', browserUrl: 'http://127.0.0.1:7474/browser/' };
    const up = docker(['up', '-d', '--wait', 'neo4j']);
    if (!up.ok) throw new StartFailedError(`docker compose up -d neo4j failed:\n${up.output}\n${docker(['logs', '--tail', '40', 'neo4j']).output}`);
    await waitUntilAnswering(connection.uri, { timeoutMs: config.managed.startTimeoutMs });
    return { mode, connection, description: describe(mode, connection) };
  }
  const { state, reused } = await startManaged(config.managed, log);
  const connection: Connection = { uri: managedUri(state), user: 'neo4j', password: '', browserUrl: `http://127.0.0.1:${state.httpPort}/browser/` };
  return {
    mode,
    connection,
    description: describe(mode, connection, ` (Neo4j ${state.version}, pid ${state.pid}, data ${state.dataDir}${reused ? ', already running' : ''})`),
  };
}

export interface GraphStatus {
  mode: GraphMode;
  uri: string;
  running: boolean;
  detail: string;
}

/** What `citegraph db status` prints: the choice, the URI, and whether it answers. */
export async function graphStatus(config: Config): Promise<GraphStatus> {
  const mode = chooseMode(config);
  if (mode === 'managed') {
    const state = readState(config.managed);
    const running = state !== undefined && isOurProcess(state);
    const uri = managedUri(state ?? config.managed);
    return {
      mode,
      uri,
      running,
      detail: running
        ? `${describe(mode, { uri, user: 'neo4j', password: '' })} (Neo4j ${state!.version}, pid ${state!.pid}, data ${state!.dataDir})`
        : `${describe(mode, { uri, user: 'neo4j', password: '' })}: not running (data ${config.managed.dataDir})`,
    };
  }
  const connection = mode === 'external' ? config.external! : { uri: DOCKER_URI, user: 'neo4j', password: '' };
  let running = true;
  try {
    await waitUntilAnswering(connection.uri, { timeoutMs: 3_000, auth: connection });
  } catch {
    running = false;
  }
  return { mode, uri: connection.uri, running, detail: `${describe(mode, connection)}: ${running ? 'answering' : 'not answering'}` };
}

/** Stops what citegraph started. A server the user runs is never touched. */
export async function stopGraph(config: Config): Promise<string> {
  const mode = chooseMode(config);
  if (mode === 'external') return `NEO4J_URI names a server you run (${redactUri(config.external!.uri)}); citegraph does not stop it.`;
  if (mode === 'docker') {
    const stop = docker(['stop', 'neo4j']);
    if (!stop.ok) throw new StartFailedError(`docker compose stop neo4j failed:\n${stop.output}`);
    return 'Stopped the Docker Compose service neo4j.';
  }
  return (await stopManaged(config.managed))
    ? `Stopped the project-managed Neo4j (data ${config.managed.dataDir}).`
    : `The project-managed Neo4j was not running (data ${config.managed.dataDir}).`;
}
