// The writer's pipeline against the real Neo4j: a batch that overlaps the commit of the batch
// before it (test/../ingest/load/write.ts) must give exactly the graph of one batch at a time,
// and of all records in one batch, whatever the batch boundaries cut through.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type BatchStats, type IngestableRecord } from '../../ingest/load/write.ts';
import { generateRecords } from '../bench/synthetic.ts';
import { writeInBatches } from '../support/write-batches.ts';
import { dumpGraph, wipeGraph, type GraphDump } from '../support/dump.ts';
import { testConnection, testDriver } from '../support/graph.ts';

let driver: Driver;
const database = () => testConnection().database;

// Both language versions of each resolution, one after the other: odd batch sizes put the
// English version in one batch and the Chinese in the next. Later resolutions cite earlier
// ones, so a batch's edges often end at the nodes of the batch before.
const records = [...generateRecords({ documents: 240, languages: ['en', 'zh'], seed: 7 })] as IngestableRecord[];

/** Writes the records in batches of `size`, with up to `inFlight` batches written at once. */
async function write(size: number, inFlight: number): Promise<BatchStats[]> {
  await wipeGraph(driver, database());
  const writer = new GraphWriter(driver, database());
  await writer.writeGazetteer();
  return writeInBatches(writer, records, { batchSize: size, inFlight });
}

let oneBatch: GraphDump;

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, database());
  await write(records.length, 1);
  oneBatch = await dumpGraph(driver, database());
});
afterAll(async () => {
  await driver.close();
});

describe('batches written while the batch before commits', () => {
  it('when the corpus is written as one batch, then it has the edges the records name', () => {
    const citations = oneBatch.relationships.filter((r) => /"type":"(RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES)"/.test(r));
    expect(citations.length).toBeGreaterThan(1500);
    // Each edge was found in both language versions.
    expect(citations.filter((r) => r.includes('"languages":["en","zh"]')).length).toBe(citations.length);
  });

  it.each([
    [7, 1],
    [7, 2],
    [50, 2],
    [13, 3],
  ])('when written in batches of %i with %i at once, then the graph equals one batch', async (size, inFlight) => {
    const stats = await write(size, inFlight);
    expect(stats.filter((s) => s.overlapped).length).toBe(inFlight > 1 ? stats.length - 1 : 0);
    expect(await dumpGraph(driver, database())).toEqual(oneBatch);
  });

  it('when a batch fails, then none of it is written, and the batch after it is written whole', async () => {
    await wipeGraph(driver, database());
    const writer = new GraphWriter(driver, database());
    await writer.writeGazetteer();
    // Neo4j refuses a map as a property value: the versions statement of the first batch fails.
    const broken = { ...records[0]!, title: { not: 'a title' } } as unknown as IngestableRecord;
    const first = writer.writeRecords([broken, ...records.slice(1, 20)]);
    const second = writer.writeRecords(records.slice(20, 40));
    await expect(first).rejects.toThrow(/property values/i);
    const written = await second;
    expect(written.documents).toBe(20);
    const { records: ingested } = await driver.executeQuery('MATCH (d:Document {ingested: true}) RETURN collect(d.symbol) AS symbols', {}, { database: database() });
    const expected = [...new Set(records.slice(20, 40).map((r) => r.symbol))].sort();
    expect([...ingested[0]?.get('symbols')].sort()).toEqual(expected);
  });
});
