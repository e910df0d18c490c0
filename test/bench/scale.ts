// npm run bench:scale [-- --documents 1000000 --citations 10 --incremental 100000 --workers 2 --files-only --keep]
// The bulk path at the scale of the whole UN record: the synthetic corpus (test/bench/synthetic.ts),
// generated first as extracted records (untimed, its time printed apart: it stands in for
// extraction, which a real load does on the parse workers) → facts made on the workers and
// spooled, sorted on disk → folded into admin-import CSVs on the workers → neo4j-admin import
// into a throw-away managed Neo4j → schema (--files-only stops before the import). Prints the time of each phase, the peak memory of this
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
import { loadImportFiles, writeImportFiles } from '../../ingest/bulk/bulk-ingest.ts';
import type { SpooledFile } from '../../ingest/bulk/spool.ts';
import { workerEntry } from '../../ingest/paths.ts';
import { inOrderOnWorkers } from '../../ingest/worker-pool.ts';
import { generateRecords } from './synthetic.ts';
import { spoolRecordFile, writeRecordFiles } from './scale-records.ts';
import { writeInBatches } from '../support/write-batches.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000000' },
    citations: { type: 'string', default: '10' },
    incremental: { type: 'string', default: '100000' },
    'batch-size': { type: 'string', default: '500' },
    keep: { type: 'boolean', default: false },
    /** Worker threads for the spool and the fold (0: all in the main thread). */
    workers: { type: 'string', default: String(os.availableParallelism()) },
    'files-only': { type: 'boolean', default: false },
  },
});
const documents = Number(values.documents);
const citationsPerDocument = Number(values.citations);
const incrementalDocuments = Math.min(documents, Number(values.incremental));
const batchSize = Number(values['batch-size']);
const workers = Number(values.workers);

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const du = (dir: string) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
const rss = () => process.resourceUsage().maxRSS * 1024;
/** CPU seconds of the main thread alone (Linux: its /proc task entry), the serial floor of the stages on workers; NaN elsewhere. */
function mainThreadCpu(): number {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:scale on ${machine}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${documents} synthetic documents, ${citationsPerDocument} citations each on average\n`);

/** The synthetic records for the incremental path, generated as they are written. */
function* synthetic(count: number): Generator<IngestableRecord> {
  for (const record of generateRecords({ documents: count, citationsPerDocument })) yield record as IngestableRecord;
}

/** The pre-generated record files, spooled on the workers (as the parse pool spools extracted files). */
function spooled(files: readonly string[]): AsyncIterable<SpooledFile> | Iterable<SpooledFile> {
  if (workers <= 0) return (function* () {
    for (const file of files) yield spoolRecordFile(file);
  })();
  return inOrderOnWorkers<string, SpooledFile>(files, {
    entry: workerEntry('scale-worker', import.meta.url),
    workers,
    maxAhead: 4 * workers,
    crashed: (_file, error) => {
      throw error;
    },
  });
}

const rows: [string, string, string][] = [];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-scale-'));
const filesOnly = values['files-only'];
// Started before the clock, as it would be running already; not at all when only the import files are measured.
const bulkNeo4j = filesOnly ? undefined : await startThrowawayNeo4j({ heap: '2g', pageCache: '2g' });
try {
  let started = performance.now();
  const generated = writeRecordFiles(path.join(work, 'records'), { documents, citationsPerDocument });
  const generation = (performance.now() - started) / 1000;
  const { records: versions, citations } = generated;
  console.log(`  … ${versions} records generated in ${generation.toFixed(1)} s (${generated.files.length} files, ${mb(generated.bytes)}; not part of the load below), RSS ${mb(process.memoryUsage().rss)}`);
  let spooledVersions = 0;
  const mainCpuBefore = mainThreadCpu();
  started = performance.now();
  const written = await writeImportFiles(spooled(generated.files), work, {
    sortMemory: '1G',
    workers,
    onFile: (file) => {
      const before = spooledVersions;
      spooledVersions += file.tally.versions;
      if (Math.floor(spooledVersions / 100_000) > Math.floor(before / 100_000)) console.log(`  … ${spooledVersions} documents spooled, ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)}`);
    },
  });
  const mainCpu = mainThreadCpu() - mainCpuBefore;
  fs.rmSync(path.join(work, 'records'), { recursive: true, force: true });
  const csvBytes = du(path.join(work, 'csv'));
  const csvRows = written.files.reduce((n, f) => n + f.rows, 0);
  console.log(`CSV files: ${written.files.map((f) => `${f.name} ${f.rows}`).join(', ')}`);
  rows.push([`records → facts (on ${workers} workers) → spool`, `${written.seconds.spool.toFixed(1)} s`, `${written.spool.lines} facts, ${mb(written.spool.bytes)}; CPU ${written.cpuSeconds.spool.toFixed(1)} s`]);
  rows.push([`sort spool (GNU sort) → fold → CSV (on ${workers} workers)`, `${written.seconds.csv.toFixed(1)} s`, `${csvRows} rows, ${mb(csvBytes)} on disk; sort alone (until its first line) ${written.seconds.sort.toFixed(1)} s; ${written.spool.chunks} chunks; CPU ${written.cpuSeconds.csv.toFixed(1)} s (not counting the sort)`]);
  console.log(`  … import files written, ${((performance.now() - started) / 1000).toFixed(0)} s, peak RSS ${mb(rss())}`);
  rows.push(['  of which the main thread alone (CPU)', `${mainCpu.toFixed(1)} s`, `the serial floor of the two phases above; all threads: ${(written.cpuSeconds.spool + written.cpuSeconds.csv).toFixed(1)} s CPU`]);
  if (!bulkNeo4j) {
    const total = (performance.now() - started) / 1000;
    console.log(`\nImport files only (--files-only), ${workers} workers: generation ${generation.toFixed(1)} s (apart); from records to import files ${total.toFixed(1)} s = spool ${written.seconds.spool.toFixed(1)} s + sort/fold/CSV ${written.seconds.csv.toFixed(1)} s`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } else {
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
      rows.push(['**bulk load from extracted records, total**', `**${total.toFixed(1)} s**`, `${documents} documents, ${citations} citations → ${citationRels} citation relationships (${(citationRels / total).toFixed(0)}/s); database ${mb(dbBytes)} on disk; peak RSS of this process ${mb(rss())}`]);
      rows.push(['synthetic generation (apart, before the clock: stands in for extraction)', `${generation.toFixed(1)} s`, `${versions} records, ${mb(generated.bytes)} of JSON lines`]);
      rows.push(['generation + load (comparable to the single-threaded figures before, where generation ran inside the spool phase)', `${(generation + total).toFixed(1)} s`, 'generation is serial here; in a real load extraction runs on the parse workers']);
      console.log(`\nBulk path (ingest --bulk stages on ${workers} workers, from pre-generated records instead of parsed files):`);
      console.log('| phase | time | what |\n|---|---|---|');
      for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    } finally {
      await loaded.driver.close();
    }
  }
} finally {
  await bulkNeo4j?.stop();
  if (values.keep) console.log(`kept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

if (incrementalDocuments > 0 && !filesOnly) {
  const neo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '2g' });
  const driver = createDriver(neo4j.graph.connection);
  try {
    await applySchema(driver);
    const writer = new GraphWriter(driver);
    await writer.writeGazetteer();
    const before = rss();
    const started = performance.now();
    const stats = await writeInBatches(writer, synthetic(incrementalDocuments), {
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
