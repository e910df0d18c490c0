// npm run bench:scale [-- --documents 1000000 --citations 10 --incremental 100000 --keep]
// The bulk path at the scale of the whole UN record: the synthetic corpus (test/bench/synthetic.ts,
// streamed) → facts spooled and sorted on disk → admin-import CSVs → neo4j-admin import into a
// throw-away managed Neo4j → schema. Prints the time of each phase, the peak memory of this
// process and of the importer's JVM, and the size on disk of the CSVs and of the database.
// Then the incremental path (GraphWriter, as bench:ingest and `citegraph ingest` write) into a
// fresh throw-away Neo4j, over the first --incremental documents (the whole corpus when equal),
// extrapolated linearly to the full size where it is a prefix (and labelled so).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { loadImportFiles, writeImportFiles, type ParsedFile } from '../../ingest/bulk/bulk-ingest.ts';
import { generateRecords } from './synthetic.ts';
import { writeInBatches } from '../support/write-batches.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000000' },
    citations: { type: 'string', default: '10' },
    incremental: { type: 'string', default: '100000' },
    'batch-size': { type: 'string', default: '500' },
    keep: { type: 'boolean', default: false },
  },
});
const documents = Number(values.documents);
const citationsPerDocument = Number(values.citations);
const incrementalDocuments = Math.min(documents, Number(values.incremental));
const batchSize = Number(values['batch-size']);

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const du = (dir: string) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
const rss = () => process.resourceUsage().maxRSS * 1024;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:scale on ${machine}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${documents} synthetic documents, ${citationsPerDocument} citations each on average\n`);

/** The synthetic records as the parse pool's files: one record a file, no file key (nothing was read from disk). */
function* synthetic(count: number): Generator<ParsedFile> {
  for (const record of generateRecords({ documents: count, citationsPerDocument })) yield { file: record.file ?? record.symbol ?? '', records: [record as IngestableRecord] };
}

const rows: [string, string, string][] = [];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-scale-'));
const bulkNeo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '2g' });
try {
  let versions = 0;
  let citations = 0;
  const started = performance.now();
  const written = await writeImportFiles(synthetic(documents), work, {
    sortMemory: '1G',
    onFile: (file) => {
      for (const record of file.records) {
        versions++;
        citations += record.citations.length;
      }
      if (versions % 100_000 === 0) console.log(`  … ${versions} documents spooled, ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)}`);
    },
  });
  const csvBytes = du(path.join(work, 'csv'));
  const csvRows = written.files.reduce((n, f) => n + f.rows, 0);
  console.log(`CSV files: ${written.files.map((f) => `${f.name} ${f.rows}`).join(', ')}`);
  rows.push(['generate + extract records → spool (facts by symbol)', `${written.seconds.spool.toFixed(1)} s`, `${written.spool.lines} facts, ${mb(written.spool.bytes)}`]);
  rows.push(['sort spool (GNU sort) → fold → CSV', `${written.seconds.csv.toFixed(1)} s`, `${csvRows} rows, ${mb(csvBytes)} on disk`]);
  console.log(`  … import files written, ${((performance.now() - started) / 1000).toFixed(0)} s, peak RSS ${mb(rss())}`);
  const loaded = await loadImportFiles(bulkNeo4j.config, written, work);
  try {
    rows.push(['stop Neo4j, neo4j-admin import, start Neo4j', `${loaded.imported.seconds.toFixed(1)} s`, `${loaded.imported.nodes} nodes, ${loaded.imported.relationships} relationships; importer peak RSS ${mb(loaded.imported.peakRssBytes)}`]);
    rows.push(['schema (constraints, indexes, full-text, populated)', `${loaded.seconds.schema.toFixed(1)} s`, '']);
    rows.push(['gazetteer, Treaty Series, migration', `${loaded.seconds.after.toFixed(1)} s`, '']);
    // before the count below, which is the bench's, not the load's
    const total = (performance.now() - started) / 1000;
    const dbBytes = du(path.join(bulkNeo4j.config.managed.dataDir, 'data'));
    const { records } = await loaded.driver.executeQuery('MATCH ()-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->() RETURN count(r) AS n');
    const citationRels = Number(records[0]!.get('n'));
    rows.push(['**bulk load, total**', `**${total.toFixed(1)} s**`, `${documents} documents, ${citations} citations → ${citationRels} citation relationships (${(citationRels / total).toFixed(0)}/s); database ${mb(dbBytes)} on disk; peak RSS of this process ${mb(rss())}`]);
    console.log('\nBulk path (ingest --bulk stages, records generated in-process instead of parsed from files):');
    console.log('| phase | time | what |\n|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await loaded.driver.close();
  }
} finally {
  await bulkNeo4j.stop();
  if (values.keep) console.log(`kept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

if (incrementalDocuments > 0) {
  const neo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '2g' });
  const driver = createDriver(neo4j.graph.connection);
  try {
    await applySchema(driver);
    const writer = new GraphWriter(driver);
    await writer.writeGazetteer();
    const before = rss();
    const started = performance.now();
    const records = (function* () {
      for (const file of synthetic(incrementalDocuments)) yield* file.records;
    })();
    const stats = await writeInBatches(writer, records, {
      batchSize,
      onBatch: (n) => {
        if (n % 50_000 === 0) console.log(`  … ${n} documents written, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const relationships = stats.reduce((sum, s) => sum + s.relationshipsCreated, 0);
    const dbBytes = du(path.join(neo4j.config.managed.dataDir, 'data'));
    const prefix = incrementalDocuments < documents;
    console.log(`\nIncremental path (GraphWriter, batches of ${batchSize}, two in flight) over ${prefix ? `the first ${incrementalDocuments}` : `all ${documents}`} documents:`);
    console.log(`  ${seconds.toFixed(1)} s, ${(incrementalDocuments / seconds).toFixed(0)} documents/s, ${relationships} relationships (${(relationships / seconds).toFixed(0)}/s), database ${mb(dbBytes)}, peak RSS of this process ${mb(Math.max(before, rss()))}`);
    if (prefix) console.log(`  extrapolated linearly to ${documents} documents (not measured; a growing graph is slower per write, so this is a lower bound): ${((seconds * documents) / incrementalDocuments / 60).toFixed(1)} min`);
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
