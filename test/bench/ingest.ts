// npm run bench:ingest [-- --documents N --batches 250,500,1000,2000 --rounds N --warmup N --files N --only write,floor,files,akn]
// Writes the synthetic corpus (test/bench/synthetic.ts) into a throw-away Neo4j and prints
// documents/s and citation relationships/s for each batch size (the write stage alone),
// then runs the whole `citegraph ingest` path (text files → extract on workers → write), and,
// where the development corpus is there, `citegraph ingest` of all its AKN XML (documents/s,
// relationships/s, peak memory of the ingesting process). `floor` is Neo4j's own ceiling on this
// machine: relationships created by the plainest UNWIND … CREATE between nodes already there, bare
// and with a citation's nine properties, which no write path through transactions can beat.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { writeInBatches } from '../support/write-batches.ts';
import { generateRecords, mulberry32, writeTextCorpus } from './synthetic.ts';
import { wipeGraph } from '../support/dump.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';
import { SHARED_CORPUS } from '../extract/corpus-path.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '20000' },
    batches: { type: 'string', default: '250,500,1000,2000' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '10000' },
    files: { type: 'string', default: '3000' },
    only: { type: 'string', default: 'write,floor,files,akn' },
  },
});
const documents = Number(values.documents);
const batchSizes = values.batches.split(',').map(Number);
const files = Number(values.files);
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const parts = new Set(values.only.split(','));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:ingest on ${machine}`);
// Wiping 10⁵ relationships between runs takes more than the 256 MB a transaction may have by
// default (MemoryPoolOutOfMemoryError since #15 set the limit); the write batches run within it.
process.env.CITEGRAPH_NEO4J_TX_MEMORY ??= '1g';
const neo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '1g' });
const driver = createDriver(neo4j.graph.connection);
console.log(`${neo4j.graph.description}\n`);

const citationCount = async () => {
  const { records } = await driver.executeQuery('MATCH ()-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->() RETURN count(r) AS n');
  return Number(records[0]?.get('n'));
};

/** Writes `documents` synthetic resolutions into an emptied graph as `citegraph ingest` does (two batches in flight). */
async function timedWrite(batchSize: number, count: number, seed?: number) {
  await wipeGraph(driver);
  const writer = new GraphWriter(driver);
  await writer.writeGazetteer();
  const started = performance.now();
  const stats = await writeInBatches(writer, generateRecords({ documents: count, seed }) as Iterable<IngestableRecord>, { batchSize });
  const relationships = stats.reduce((sum, batch) => sum + batch.relationshipsCreated, 0);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, citations: await citationCount(), relationships };
}

/**
 * Neo4j's ceiling: `nodes` documents created first, then `relationships` between random pairs of
 * them, found by symbol through the index as the write queries find them, `batch` rows a
 * transaction, one transaction at a time and two at a time; bare, and with nine properties of the
 * sizes a citation stores.
 */
async function floor(nodes = 20_000, relationships = 200_000, batch = 10_000) {
  const random = mulberry32(5);
  const symbol = () => `A/RES/${Math.floor(random() * nodes)}`;
  const rows = Array.from({ length: relationships }, () => ({ from: symbol(), to: symbol() }));
  const props = { paragraph: 'OP3', part: 'operative', verb: 'Recalls', qualifier: 'also', via: null, footnote: 2, span: '1204-1387', languages: ['en'],
    quote: 'Recalling its resolution 76/158 of 16 December 2021 on the follow-up to the Second World Assembly on Ageing, and all its previous resolutions on the question,' };
  const variants: [string, string][] = [
    ['bare', 'UNWIND $rows AS row MATCH (a:Document {symbol: row.from}), (b:Document {symbol: row.to}) CREATE (a)-[:RECALLS]->(b)'],
    ['nine properties', 'UNWIND $rows AS row MATCH (a:Document {symbol: row.from}), (b:Document {symbol: row.to}) CREATE (a)-[r:RECALLS]->(b) SET r = $props'],
  ];
  /** Relationships a second for one variant, `inFlight` transactions at a time, on a graph of just the documents. */
  const measure = async (text: string, inFlight: number) => {
    await wipeGraph(driver);
    await driver.executeQuery('UNWIND range(0, $n - 1) AS i CREATE (:Document {symbol: "A/RES/" + i})', { n: nodes });
    const started = performance.now();
    const batches = Array.from({ length: relationships / batch }, (_, i) => rows.slice(i * batch, (i + 1) * batch));
    await Promise.all(
      Array.from({ length: inFlight }, async (_, lane) => {
        for (let i = lane; i < batches.length; i += inFlight) await driver.executeQuery(text, { rows: batches[i], props });
      }),
    );
    return relationships / ((performance.now() - started) / 1000);
  };
  // the first pass warms the JVM up, which is not Neo4j's speed: untimed
  await measure(variants[0]![1], 1);
  console.log(`\nNeo4j's ceiling (${nodes} documents, ${relationships} relationships between random pairs by symbol, ${batch} a transaction):`);
  console.log('| relationship | one transaction at a time | two at a time |\n|---|---|---|');
  for (const [name, text] of variants) console.log(`| ${name} | ${(await measure(text, 1)).toFixed(0)}/s | ${(await measure(text, 2)).toFixed(0)}/s |`);
}

try {
  await applySchema(driver);
  if (parts.has('floor')) await floor();
  // the batch size the whole path runs with: the fastest the write stage measured, else the default
  let bestBatch = 500;
  if (parts.has('write')) {
    // Warm-up: a fresh JVM compiles the write path during the first tens of thousands of
    // relationships, and the first write after the first wipe is slow too; do not bill that to
    // whichever batch size happens to run first.
    for (let round = 0; round < 2; round++) await timedWrite(1000, warmup, 99);
    // Rounds go over every batch size in turn, and each size reports its median run, so that no
    // size gets all the slow runs (the first runs after the warm-up are slower, for a reason not found).
    const runs = new Map<number, Awaited<ReturnType<typeof timedWrite>>[]>(batchSizes.map((size) => [size, []]));
    for (let round = 0; round < rounds; round++) {
      for (const batchSize of batchSizes) {
        const run = await timedWrite(batchSize, documents);
        runs.get(batchSize)!.push(run);
        console.log(`round ${round + 1}, batch ${batchSize}: ${(documents / run.seconds).toFixed(0)} documents/s, ${(run.citations / run.seconds).toFixed(0)} citation relationships/s`);
      }
    }
    const rows: string[][] = [];
    let best = { batch: 0, rate: 0 };
    for (const [batchSize, sizeRuns] of runs) {
      const rates = sizeRuns.map((run) => run.citations / run.seconds);
      const median = [...sizeRuns].sort((a, b) => a.seconds - b.seconds)[Math.floor(sizeRuns.length / 2)]!;
      const { citations, relationships, seconds } = median;
      const rate = citations / seconds;
      if (rate > best.rate) best = { batch: batchSize, rate };
      rows.push([String(batchSize), String(documents), String(citations), String(relationships), seconds.toFixed(1), (documents / seconds).toFixed(0), rate.toFixed(0), rates.map((r) => r.toFixed(0)).join(', '), (relationships / seconds).toFixed(0)]);
    }
    console.log(`\nWrite stage (records generated in-process, one transaction per batch, two batches in flight; the median of ${rounds} runs):`);
    console.log('| batch (documents) | documents | citation rels | all rels | s | documents/s | citation rels/s | each run | all rels/s |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(`\nBest batch size: ${best.batch} documents a transaction (${best.rate.toFixed(0)} citation relationships/s; target ≥ 50,000).`);
    bestBatch = best.batch;
  }

  // The whole path, from text files.
  if (parts.has('files')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-ingest-'));
    try {
      const corpus = writeTextCorpus(dir, { documents: files, seed: 3 });
      await wipeGraph(driver);
      const summary = await ingestPaths([dir], { driver }, { batchSize: bestBatch });
      const citations = await citationCount();
      console.log(
        `\nEnd to end (\`citegraph ingest\` of ${corpus.files.length} text files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB, extract on worker threads, batch ${bestBatch}): ` +
          `${summary.seconds} s, ${(summary.documents / summary.seconds).toFixed(0)} documents/s, ${(citations / summary.seconds).toFixed(0)} citation relationships/s, ${summary.errors.length} errors, ` +
          `peak memory of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  // The real record: every AKN file of the development corpus, from disk to the graph.
  const akn = path.join(SHARED_CORPUS, 'akn');
  if (parts.has('akn') && fs.existsSync(akn)) {
    await wipeGraph(driver);
    const before = process.resourceUsage().maxRSS;
    const summary = await ingestPaths([akn], { driver }, { batchSize: bestBatch });
    const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS rels');
    const rels = Number(records[0]!.get('rels'));
    console.log(
      `\nEnd to end over ${akn} (\`citegraph ingest\`, ${summary.files} AKN files, extraction on worker threads): ${summary.seconds} s, ` +
        `${summary.documents} documents (${(summary.documents / summary.seconds).toFixed(0)}/s), ${rels} relationships (${(rels / summary.seconds).toFixed(0)}/s), ` +
        `${summary.errors.length} refused (${[...new Set(summary.errors.map((e) => e.reason))].join('; ')}), peak memory of this process ${(Math.max(before, process.resourceUsage().maxRSS) / 1024).toFixed(0)} MB`,
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
