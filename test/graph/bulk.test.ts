// `citegraph ingest --bulk` against real servers: the bulk path (admin import into a throw-away
// managed Neo4j, which it must stop and start) and the incremental path (the shared test
// Neo4j) over the same files must give the same graph, property for property; and the bulk
// path refuses, with nothing written, a graph that has data, a server citegraph does not run,
// and an import that fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { sampleDir } from '../../server/sample.ts';
import { ingestCommand, ingestPaths } from '../../ingest/ingest-command.ts';
import { rankGraph } from '../../ingest/rank.ts';
import { BulkRefusedError, bulkIngestPaths } from '../../ingest/bulk/bulk-ingest.ts';
import { BulkImportError, importIntoManaged } from '../../ingest/bulk/import.ts';
import { writeTextCorpus } from '../bench/synthetic.ts';
import { dumpGraph, wipeGraph, type GraphDump } from '../support/dump.ts';
import { externalTestConfig, testConnection, testDriver } from '../support/graph.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

let neo4j: ThrowawayNeo4j;
let bulkDriver: Driver;
let incremental: Driver;
let scratch: string;
let inputs: string[];

const count = async (driver: Driver, database?: string) => Number((await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database })).records[0]!.get('n'));

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bulk-test-'));
  // Two language versions of one document (the sample), real AKN of several bodies, and a
  // synthetic corpus with citations between its own documents, reports, publications and instruments.
  const synthetic = path.join(scratch, 'synthetic');
  writeTextCorpus(synthetic, { documents: 80, seed: 5 });
  const real = path.join('test', 'fixtures', 'corpus', 'en');
  // A synthetic text of a symbol the real files have (A/RES/80/1) would be a second reading of one
  // language version: the incremental path keeps the union of the two readings' citations when
  // they share a transaction and the later reading when they do not, so no one graph is "the same".
  const stems = new Set(fs.readdirSync(real, { recursive: true }).map((f) => path.basename(String(f)).replace(/\.[^.]+$/, '')));
  for (const file of fs.readdirSync(synthetic)) if (stems.has(file.replace(/\.[^.]+$/, ''))) fs.rmSync(path.join(synthetic, file));
  inputs = [sampleDir, path.join('test', 'fixtures', 'corpus', 'akn'), real, synthetic];
  neo4j = await startThrowawayNeo4j();
  bulkDriver = createDriver(neo4j.graph.connection);
  incremental = testDriver();
});

afterAll(async () => {
  await bulkDriver?.close();
  await incremental?.close();
  await neo4j?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('ingest --bulk', () => {
  it('when the import fails, then the database is as it was (empty, with its schema) and the server runs', async () => {
    await applySchema(bulkDriver);
    const broken = path.join(scratch, 'broken');
    fs.mkdirSync(broken);
    const header = path.join(broken, 'h.csv');
    const data = path.join(broken, 'd.csv');
    fs.writeFileSync(header, 'symbol:ID(Document),year:no_such_type\n');
    fs.writeFileSync(data, '"A/RES/1/1",1\n');
    await expect(importIntoManaged(neo4j.config, [{ name: 'documents', kind: 'nodes', header, data, rows: 1, multiline: false }], broken)).rejects.toThrow(BulkImportError);
    const fresh = createDriver(neo4j.graph.connection);
    try {
      expect(await count(fresh)).toBe(0);
      const { records } = await fresh.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'document_symbol' RETURN count(*) AS n");
      expect(Number(records[0]!.get('n'))).toBe(1);
    } finally {
      await fresh.close();
    }
  }, 600_000);

  let bulk: GraphDump;
  let incrementalDump: GraphDump;

  it('when the same files go in by --bulk and by plain ingest, then the two graphs are the same', async () => {
    const result = await bulkIngestPaths(inputs, neo4j.config);
    expect(result.summary.errors).toEqual([]);
    expect(result.summary.documents).toBeGreaterThan(80);
    const fresh = createDriver(neo4j.graph.connection);
    try {
      bulk = await dumpGraph(fresh);
    } finally {
      await fresh.close();
    }

    const { database } = testConnection();
    await wipeGraph(incremental, database);
    await applySchema(incremental, database);
    const summary = await ingestPaths(inputs, { driver: incremental, database });
    expect(summary.errors).toEqual([]);
    await rankGraph({ driver: incremental, database });
    incrementalDump = await dumpGraph(incremental, database);

    expect(result.summary.documents).toBe(summary.documents);
    expect(result.summary.citedNotIngested).toBe(summary.citedNotIngested);
    // what the comparison covers: both language versions, evidence per language, stubs, instruments, PageRank
    expect(bulk.nodes.some((n) => n.includes('"languages":["en","zh"]'))).toBe(true);
    expect(bulk.relationships.some((r) => r.includes('"verb_zh"'))).toBe(true);
    expect(bulk.nodes.some((n) => n.includes('"ingested":false'))).toBe(true);
    expect(bulk.nodes.some((n) => n.includes('"Instrument"') && n.includes('"name_en"'))).toBe(true);
    expect(bulk.nodes.filter((n) => n.includes('"pagerank"')).length).toBeGreaterThan(50);
    expect(bulk.nodes.length).toBe(incrementalDump.nodes.length);
    expect(bulk.relationships.length).toBe(incrementalDump.relationships.length);
    expect(bulk.nodes).toEqual(incrementalDump.nodes);
    expect(bulk.relationships).toEqual(incrementalDump.relationships);
  }, 900_000);

  it('when the graph has data, then --bulk refuses with a non-zero exit and leaves it as it is', async () => {
    // a driver of its own: the server was stopped and started under the first one
    await bulkDriver.close();
    bulkDriver = createDriver(neo4j.graph.connection);
    const before = await count(bulkDriver);
    expect(before).toBeGreaterThan(0);
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const code = await ingestCommand(['--bulk', sampleDir], () => Promise.reject(new Error('--bulk must not connect as plain ingest does')), { stdout: new PassThrough(), stderr }, undefined, neo4j.config);
    expect(code).toBe(1);
    expect(said).toContain('the graph is not empty');
    expect(said).toContain('use plain `citegraph ingest` for a graph that has data');
    expect(await count(bulkDriver)).toBe(before);
  });

  it('when NEO4J_URI names a server citegraph does not run, then --bulk refuses and points to plain ingest', async () => {
    const { database } = testConnection();
    const before = await count(incremental, database);
    await expect(bulkIngestPaths([sampleDir], externalTestConfig())).rejects.toThrow(BulkRefusedError);
    await expect(bulkIngestPaths([sampleDir], externalTestConfig())).rejects.toThrow(/NEO4J_URI names a server citegraph does not run.*plain `citegraph ingest`/s);
    expect(await count(incremental, database)).toBe(before);
  });
});
