// The foundation against a real Neo4j: start-up, the schema, health, and the errors a
// user meets when no graph can be had.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { serve } from '../../server/cli.ts';
import { chooseMode, ensureGraph, graphStatus, stopGraph } from '../../server/db/graph.ts';
import { GraphUnavailableError } from '../../server/errors.ts';
import { MissingJavaError, NoGraphError, PortInUseError } from '../../server/db/errors.ts';
import { findJava, isOurProcess, readState } from '../../server/db/managed.ts';
import { applySchema, schemaStatements } from '../../server/db/schema.ts';
import { freePort } from '../support/free-port.ts';
import { externalTestConfig, testConnection, testDriver, testGraph } from '../support/graph.ts';

const run = promisify(execFile);
const citegraph = path.join(projectRoot, 'server', 'bin', 'citegraph.mjs');

const neo4jProcesses = () => {
  try {
    return execFileSync('pgrep', ['-f', 'org.neo4j.server.CommunityEntryPoint'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('the test server', () => {
  it('when the setup has run, then Neo4j 5.26 answers RETURN 1', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one')).toBe(1);
    const { records: components } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    expect(String(components[0]?.get('v'))).toMatch(/^5\.26\./);
  });
});

describe('schema', () => {
  it('when applied twice, then the same constraints and indexes exist once each', async () => {
    const database = testConnection().database;
    await applySchema(driver, database);
    const first = await driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name', {}, { database });
    await applySchema(driver, database);
    const second = await driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name', {}, { database });
    const names = second.records.map((r) => `${r.get('name')}:${r.get('type')}`);
    expect(names).toEqual(first.records.map((r) => `${r.get('name')}:${r.get('type')}`));
    expect(names).toEqual(expect.arrayContaining(['document_symbol:RANGE', 'instrument_key:RANGE', 'title_words:FULLTEXT', 'title_words_zh:FULLTEXT']));
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type RETURN name, type', {}, { database });
    expect(constraints.records.map((r) => `${r.get('name')}:${r.get('type')}`)).toEqual(
      expect.arrayContaining(['document_symbol:UNIQUENESS', 'instrument_key:UNIQUENESS']),
    );
  });

  it('when a second document with the same symbol is created, then the constraint refuses it', async () => {
    const database = testConnection().database;
    await driver.executeQuery("MERGE (:Document {symbol: 'TEST/UNIQUE/1'})", {}, { database });
    await expect(driver.executeQuery("CREATE (:Document {symbol: 'TEST/UNIQUE/1'})", {}, { database })).rejects.toThrow(/already exists/);
    await driver.executeQuery("MATCH (d:Document {symbol: 'TEST/UNIQUE/1'}) DELETE d", {}, { database });
  });

  it('when the schema file is read, then every statement is idempotent', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(4);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });
});

describe('GET /api/health', () => {
  it('when the graph answers, then health reports the database, the version and counts', async () => {
    const config = externalTestConfig({ HOST: '127.0.0.1' });
    const graph = await ensureGraph(config);
    const { server, repository, url } = await serve(config, graph);
    try {
      const response = await fetch(`${url}/api/health`);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.status).toBe('ok');
      expect(body.neo4j.database).toBe(testConnection().database ?? 'neo4j');
      expect(body.neo4j.version).toMatch(/^5\.26\.\d+ community$/);
      expect(body.neo4j.uri).toBe(testGraph().uri);
      expect(body.counts).toEqual({ documents: expect.any(Number), instruments: expect.any(Number), relationships: expect.any(Number) });
      const missing = await fetch(`${url}/api/no-such-endpoint`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe('not_found');
    } finally {
      server.close();
      await repository.close();
    }
  });

  it('when the graph is gone, then health answers 503 with a JSON error', async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, PORT: '0' });
    const graph = { mode: 'external' as const, connection: config.external!, description: '' };
    const { server, repository, url } = await serve(config, graph);
    try {
      const response = await fetch(`${url}/api/health`);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.error.code).toBe('graph_unavailable');
      expect(body.error.message).toMatch(/not reachable/);
    } finally {
      server.close();
      await repository.close();
    }
  });
});

describe('where the graph lives', () => {
  it('when NEO4J_URI names the running server, then it is used and nothing is started', async () => {
    const before = neo4jProcesses();
    const config = externalTestConfig();
    expect(chooseMode(config)).toBe('external');
    const graph = await ensureGraph(config);
    expect(graph.mode).toBe('external');
    expect(graph.description).toContain(testGraph().uri);
    expect(neo4jProcesses()).toEqual(before);
    expect(await stopGraph(config)).toMatch(/does not stop it/);
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one')).toBe(1);
  });

  it('when NEO4J_URI names nothing, then the error names NEO4J_URI', async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    const error = await ensureGraph(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphUnavailableError);
    expect((error as Error).message).toMatch(/NEO4J_URI \(bolt:\/\/127\.0\.0\.1:\d+\) is not reachable/);
  });

  it('when `citegraph db status` runs with NEO4J_URI, then it prints the choice and the URI', async () => {
    const { uri } = testGraph();
    const { stdout } = await run(process.execPath, [citegraph, 'db', 'status'], { env: { ...process.env, NEO4J_URI: uri } });
    expect(stdout).toContain(`a server you run (NEO4J_URI) at ${uri}`);
    expect(stdout).toContain('answering');
  });

  it('when no Java is on PATH, then findJava says so and auto mode names the three ways', () => {
    expect(() => findJava(undefined, '/nonexistent')).toThrow(MissingJavaError);
    expect(() => findJava('/nonexistent/jdk')).toThrow(/JAVA_HOME is \/nonexistent\/jdk/);
    const savedPath = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const config = loadConfig({ JAVA_HOME: '' });
      const error = (() => {
        try {
          chooseMode(config);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(NoGraphError);
      expect((error as Error).message).toMatch(/NEO4J_URI/);
      expect((error as Error).message).toMatch(/Docker/);
      expect((error as Error).message).toMatch(/Java 17/);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('when the Bolt port is taken, then start-up names the port and the variable', async () => {
    const taken = Number(new URL(testGraph().uri.replace(/^bolt/, 'http')).port);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-port-'));
    try {
      const config = loadConfig({ CITEGRAPH_GRAPH: 'managed', CITEGRAPH_DATA_DIR: dataDir, CITEGRAPH_NEO4J_BOLT_PORT: String(taken) });
      const error = await ensureGraph(config).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toContain(`port ${taken}`);
      expect((error as Error).message).toContain('CITEGRAPH_NEO4J_BOLT_PORT');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the project-managed server', () => {
  it('when started twice and stopped, then the second start reuses it and stop leaves no Java process', async () => {
    if (testGraph().mode !== 'managed') return expect(testGraph().mode).toBe('external');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-managed-'));
    const config = loadConfig({
      CITEGRAPH_GRAPH: 'managed',
      CITEGRAPH_DATA_DIR: dataDir,
      CITEGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
      CITEGRAPH_NEO4J_HTTP_PORT: String(await freePort()),
      CITEGRAPH_NEO4J_HEAP: '512m',
      CITEGRAPH_NEO4J_PAGECACHE: '64m',
    });
    try {
      const first = await ensureGraph(config);
      const state = readState(config.managed)!;
      expect(isOurProcess(state)).toBe(true);
      const second = await ensureGraph(config);
      expect(second.description).toContain('already running');
      expect(readState(config.managed)!.pid).toBe(state.pid);
      expect((await graphStatus(config)).running).toBe(true);
      expect(first.connection.uri).toBe(`bolt://127.0.0.1:${config.managed.boltPort}`);

      expect(await stopGraph(config)).toMatch(/^Stopped/);
      expect(fs.existsSync(`/proc/${state.pid}`)).toBe(false);
      expect(neo4jProcesses()).not.toContain(String(state.pid));
      expect((await graphStatus(config)).running).toBe(false);
      expect(await stopGraph(config)).toMatch(/was not running/);
    } finally {
      await stopGraph(config);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
