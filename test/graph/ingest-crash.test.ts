// Atomicity of ingest: an ingest killed with SIGKILL mid-way, then run again, gives exactly
// the graph of a clean run; a Neo4j that stops during an ingest gives a clear error and a
// non-zero exit, and a later run completes the work. Real processes, real Neo4j servers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { ensureGraph, stopGraph } from '../../server/db/graph.ts';
import { applySchema } from '../../server/db/schema.ts';
import { rankGraph } from '../../ingest/rank.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { writeTextCorpus } from '../bench/synthetic.ts';
import { dumpGraph, wipeGraph, type GraphDump } from '../support/dump.ts';
import { testConnection, testDriver, testGraph } from '../support/graph.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const citegraph = path.join(projectRoot, 'server', 'bin', 'citegraph.mjs');
const FILES = 240;

let driver: Driver;
let corpusDir: string;
let cleanDump: GraphDump;
const database = () => testConnection().database;

/** Starts `citegraph ingest` in a child process with small batches, so it takes a while. */
function startIngest(uri: string) {
  const child = spawn(process.execPath, [citegraph, 'ingest', '--json', '--batch-size', '4', '--workers', '1', corpusDir], {
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

async function ingestedCount(on: Driver): Promise<number> {
  const { records } = await on.executeQuery('MATCH (d:Document {ingested: true}) RETURN count(d) AS n', {}, { database: database() });
  return Number(records[0]?.get('n') ?? 0);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the ingest to make progress');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, database());
  corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-crash-'));
  const written = writeTextCorpus(corpusDir, { documents: FILES, seed: 7 });
  expect(written.files.length).toBe(FILES);
  await wipeGraph(driver, database());
  const summary = await ingestPaths([corpusDir], { driver, database: database() });
  expect(summary.errors).toEqual([]);
  // as `citegraph ingest` leaves it: ranked
  await rankGraph({ driver, database: database() });
  cleanDump = await dumpGraph(driver, database());
  expect(cleanDump.relationships.length).toBeGreaterThan(FILES * 5);
});

afterAll(async () => {
  await driver.close();
  fs.rmSync(corpusDir, { recursive: true, force: true });
});

describe('an ingest killed mid-way', () => {
  it('when killed with SIGKILL and run again, then the graph equals a clean run, with no half document in between', async () => {
    await wipeGraph(driver, database());
    const run = startIngest(testGraph().uri);
    await waitFor(async () => (await ingestedCount(driver)) >= 20, 60_000);
    run.child.kill('SIGKILL');
    const { signal } = await run.exited;
    expect(signal).toBe('SIGKILL');

    const partial = await dumpGraph(driver, database());
    const ingestedNow = await ingestedCount(driver);
    expect(ingestedNow).toBeGreaterThanOrEqual(20);
    expect(ingestedNow).toBeLessThan(FILES);
    // Every document that is in is whole: the relationships its own text gives (citations and
    // the report it was adopted on) are exactly a clean run's. PUBLISHED_IN or ADOPTS edges
    // *from* it come from other documents' footnotes, so they are not its own.
    const own = new Set(['RECALLS', 'REAFFIRMS', 'WELCOMES', 'TAKES_NOTE', 'CITES', 'ADOPTED_ON_REPORT']);
    const outgoing = (dump: GraphDump, symbol: string) =>
      dump.relationships.filter((r) => JSON.parse(r).from === symbol && own.has(JSON.parse(r).type)).sort();
    const { records } = await driver.executeQuery('MATCH (d:Document {ingested: true}) RETURN d.symbol AS s', {}, { database: database() });
    for (const record of records) {
      const symbol = record.get('s') as string;
      expect(outgoing(partial, symbol), symbol).toEqual(outgoing(cleanDump, symbol));
    }

    const again = await ingestPaths([corpusDir], { driver, database: database() });
    expect(again.errors).toEqual([]);
    await rankGraph({ driver, database: database() });
    expect(await dumpGraph(driver, database())).toEqual(cleanDump);
  });
});

describe('an ingest interrupted with Ctrl-C', () => {
  it('when interrupted with SIGINT, then it writes what it parsed, says how to continue, and the same command run again reads only the rest and completes the graph', async () => {
    await wipeGraph(driver, database());
    const run = startIngest(testGraph().uri);
    await waitFor(async () => (await ingestedCount(driver)) >= 20, 60_000);
    run.child.kill('SIGINT');
    const first = await run.exited;
    expect(first.code).toBe(130);
    const interrupted = JSON.parse(first.stdout);
    expect(interrupted).toMatchObject({ interrupted: true, errors: [] });
    expect(first.stderr).toMatch(/stopping after the batches in flight are written/);
    const ingestedNow = await ingestedCount(driver);
    expect(ingestedNow).toBeGreaterThanOrEqual(20);
    expect(ingestedNow).toBeLessThan(FILES);

    const again = startIngest(testGraph().uri);
    const second = await again.exited;
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout);
    // what the first run wrote is not read again; the rest is
    expect(summary.unchanged).toBe(ingestedNow);
    expect(summary.versions).toBe(FILES - ingestedNow);
    expect(await dumpGraph(driver, database())).toEqual(cleanDump);
  });
});

describe('a Neo4j that stops during an ingest', () => {
  it('when the server stops mid-way, then the ingest exits non-zero naming the cause, and a later run completes the work', async () => {
    const own = await startThrowawayNeo4j({ heap: '512m', pageCache: '128m' });
    const ownDriver = createDriver(own.graph.connection);
    try {
      await applySchema(ownDriver);
      const run = startIngest(own.graph.connection.uri);
      await waitFor(async () => (await ingestedCount(ownDriver).catch(() => 0)) >= 10, 60_000);
      await stopGraph(own.config);
      const result = await run.exited;
      expect(result.code).toBe(1);
      const summary = JSON.parse(result.stdout);
      expect(summary.errors.length).toBeGreaterThan(0);
      expect(summary.errors.some((e: { reason: string }) => /not written: .*not reachable/.test(e.reason))).toBe(true);

      await ensureGraph(own.config);
      const second = await ingestPaths([corpusDir], { driver: ownDriver, database: undefined });
      expect(second.errors).toEqual([]);
      await rankGraph({ driver: ownDriver });
      expect(await dumpGraph(ownDriver)).toEqual(cleanDump);
    } finally {
      await ownDriver.close();
      await own.stop();
    }
    // Two starts of a Neo4j of its own and two ingests: 92 s on a quiet 2-core machine, so more than the default limit when it is busy.
  }, 240_000);
});
