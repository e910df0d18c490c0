// npm run bench:ingest [-- --documents N --batches 50,100,200,500,1000 --files N]
// Writes the synthetic corpus (test/bench/synthetic.ts) into a throw-away Neo4j and prints
// documents/s and citation relationships/s for each batch size (the write stage alone),
// then runs the whole `citegraph ingest` path (text files → extract on workers → write).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { generateRecords, writeTextCorpus } from './synthetic.ts';
import { wipeGraph } from '../support/dump.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '20000' },
    batches: { type: 'string', default: '50,100,200,500,1000' },
    files: { type: 'string', default: '3000' },
  },
});
const documents = Number(values.documents);
const batchSizes = values.batches.split(',').map(Number);
const files = Number(values.files);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:ingest on ${machine}`);
const neo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '1g' });
const driver = createDriver(neo4j.graph.connection);
console.log(`${neo4j.graph.description}\n`);

const citationCount = async () => {
  const { records } = await driver.executeQuery('MATCH ()-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->() RETURN count(r) AS n');
  return Number(records[0]?.get('n'));
};

try {
  await applySchema(driver);
  // Warm-up: a fresh JVM compiles the write path on the first batches; do not bill that to
  // whichever batch size happens to run first.
  {
    const writer = new GraphWriter(driver);
    await writer.writeGazetteer();
    const warm = [...generateRecords({ documents: 3000, seed: 99 })] as IngestableRecord[];
    for (let i = 0; i < warm.length; i += 500) await writer.writeRecords(warm.slice(i, i + 500));
  }
  const rows: string[][] = [];
  let best = { batch: 0, rate: 0 };
  for (const batchSize of batchSizes) {
    await wipeGraph(driver);
    const writer = new GraphWriter(driver);
    await writer.writeGazetteer();
    let batch: IngestableRecord[] = [];
    let relationships = 0;
    // As `citegraph ingest` does: one batch in flight while the next is made.
    let inFlight: Promise<void> = Promise.resolve();
    const write = async (records: IngestableRecord[]) => {
      await inFlight;
      inFlight = writer.writeRecords(records).then((stats) => void (relationships += stats.relationshipsCreated));
    };
    const started = performance.now();
    for (const record of generateRecords({ documents })) {
      batch.push(record as IngestableRecord);
      if (batch.length === batchSize) {
        await write(batch);
        batch = [];
      }
    }
    if (batch.length) await write(batch);
    await inFlight;
    const seconds = (performance.now() - started) / 1000;
    const citations = await citationCount();
    const rate = citations / seconds;
    if (rate > best.rate) best = { batch: batchSize, rate };
    rows.push([String(batchSize), String(documents), String(citations), String(relationships), seconds.toFixed(1), (documents / seconds).toFixed(0), rate.toFixed(0), (relationships / seconds).toFixed(0)]);
    console.log(`batch ${batchSize}: ${(documents / seconds).toFixed(0)} documents/s, ${rate.toFixed(0)} citation relationships/s`);
  }
  console.log('\nWrite stage (records generated in-process, written in one transaction per batch):');
  console.log('| batch (documents) | documents | citation rels | all rels | s | documents/s | citation rels/s | all rels/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\nBest batch size: ${best.batch} documents a transaction (${best.rate.toFixed(0)} citation relationships/s; target ≥ 20,000).`);

  // The whole path, from text files.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-ingest-'));
  try {
    const corpus = writeTextCorpus(dir, { documents: files, seed: 3 });
    await wipeGraph(driver);
    const summary = await ingestPaths([dir], { driver }, { batchSize: best.batch });
    const citations = await citationCount();
    console.log(
      `\nEnd to end (\`citegraph ingest\` of ${corpus.files.length} text files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB, extract on worker threads, batch ${best.batch}): ` +
        `${summary.seconds} s, ${(summary.documents / summary.seconds).toFixed(0)} documents/s, ${(citations / summary.seconds).toFixed(0)} citation relationships/s, ${summary.errors.length} errors`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
