// `citegraph ingest --bulk PATH…`: the first load of a large corpus into an empty graph, through
// Neo4j's admin import rather than transactions. The stages, each its own module:
//   extract and spool.ts's facts by symbol (both on the parse pool's workers) → the spool, sorted
//   on disk → fold.ts (the rows of each symbol, as the write queries would make them) and csv.ts's
//   lines, on the fold workers (fold-chunk.ts) → the import files → import.ts
//   (neo4j-admin into the stopped managed server) → schema, gazetteer, migration, PageRank.
// Only the project-managed Neo4j can be loaded so: the importer writes the server's own files.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { chooseMode, ensureGraph } from '../../server/db/graph.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runQuery } from '../../server/db/run-query.ts';
import { AppError } from '../../server/errors.ts';
import type { Language, Relation } from '../models.ts';
import { spoolFiles } from '../load/parse-pool.ts';
import { GraphWriter } from '../load/write.ts';
import { migrateGraph } from '../load/migrate.ts';
import { rankGraph, type RankSummary } from '../rank.ts';
import { MAX_WARNINGS, newSummary, type IngestSummary } from '../ingest-command.ts';
import { countDocumentFiles, documentFiles, fileKey } from '../load/sources.ts';
import { CsvWriter, type CsvFile } from './csv.ts';
import { FoldTotals, foldChunks } from './fold-chunk.ts';
import { importIntoManaged, type ImportOutcome } from './import.ts';
import { SpoolWriter, sortedChunks, type SpooledFile } from './spool.ts';

/** The bulk path does not apply here (a graph with data, a server that is not ours); nothing was written. */
export class BulkRefusedError extends AppError {
  constructor(message: string) {
    super('bulk_refused', message, 409);
  }
}


export interface ImportFiles {
  files: CsvFile[];
  /** What the fold counted and carries past the import (the Treaty Series). */
  folder: FoldTotals;
  /** The spool: facts written, its size, whether it needed sorting, the chunks the fold had. */
  spool: { lines: number; bytes: number; sorted: boolean; chunks: number };
  /** Seconds of each phase: extraction into the spool, and sort + fold + CSV (of which `sort`: until the sort gave its first line, all of it serial). */
  seconds: { spool: number; csv: number; sort: number };
  /** CPU seconds of this process (every thread; not the sort) in each phase: how much of the time ran on more than one core. */
  cpuSeconds: { spool: number; csv: number };
}

/**
 * The phases 1–3: spooled files (their facts made on the parse workers) → the spool → the
 * import files in `dir`, folded on `workers` threads (default: one a core; 0: this thread).
 */
export async function writeImportFiles(spooled: AsyncIterable<SpooledFile> | Iterable<SpooledFile>, dir: string, options: { sortMemory?: string; workers?: number; chunkChars?: number; onFile?: (file: SpooledFile) => void } = {}): Promise<ImportFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const csv = new CsvWriter(path.join(dir, 'csv'));
  const spool = new SpoolWriter(path.join(dir, 'facts.tsv'));
  let started = performance.now();
  let cpu = process.cpuUsage();
  const cpuSince = (from: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(from);
    return (used.user + used.system) / 1e6;
  };
  try {
    for await (const file of spooled) {
      options.onFile?.(file);
      await spool.append(file.facts);
      if (file.key) await csv.write([{ file: 'files', values: { key: file.key, ':LABEL': ['IngestedFile'] } }]);
    }
  } finally {
    await spool.close();
  }
  const spoolSeconds = (performance.now() - started) / 1000;
  const spoolCpu = cpuSince(cpu);
  started = performance.now();
  cpu = process.cpuUsage();
  const folder = new FoldTotals();
  let chunks = 0;
  let sortSeconds = 0;
  try {
    const sorted = sortedChunks(spool.file, { sorted: spool.sorted, memory: options.sortMemory, tmpDir: dir, chunkChars: options.chunkChars });
    const csvStarted = started;
    // the sort reads all of the spool before its first line: until then nothing else can run
    const timed = (async function* () {
      for await (const chunk of sorted) {
        sortSeconds ||= (performance.now() - csvStarted) / 1000;
        yield chunk;
      }
    })();
    for await (const chunk of foldChunks(timed, { workers: options.workers })) {
      chunks++;
      await csv.append(folder.merge(chunk));
    }
  } finally {
    fs.rmSync(spool.file, { force: true });
  }
  const files = await csv.close();
  return { files, folder, spool: { lines: spool.lines, bytes: spool.bytes, sorted: spool.sorted, chunks }, seconds: { spool: spoolSeconds, csv: (performance.now() - started) / 1000, sort: sortSeconds }, cpuSeconds: { spool: spoolCpu, csv: cpuSince(cpu) } };
}

/** Refuses what the bulk path cannot do, before anything is read or written. */
export function refuseUnlessManaged(config: Config): void {
  if (config.external) {
    throw new BulkRefusedError(
      'NEO4J_URI names a server citegraph does not run: a bulk load writes the database files with Neo4j\'s admin import, which needs the server\'s own disk and the server stopped. ' +
        'Use plain `citegraph ingest` (it writes through the driver, to any server), or on Aura Neo4j\'s own import service.',
    );
  }
  if (chooseMode(config) !== 'managed') {
    throw new BulkRefusedError('a bulk load needs the project-managed Neo4j (CITEGRAPH_GRAPH=managed); the Docker service keeps its files in its container. Use plain `citegraph ingest`.');
  }
}

/** Refuses a graph that has any node: the import replaces the database. */
export async function refuseUnlessEmpty(driver: Driver, database?: string): Promise<void> {
  const nodes = (await runQuery({ driver, database }, 'graph-node-count', {})).rows[0]?.nodes ?? 0;
  if (nodes > 0) throw new BulkRefusedError(`the graph is not empty (${nodes} nodes): a bulk load is for the first load into an empty database; use plain \`citegraph ingest\` for a graph that has data`);
}

/** Phase 4 and after: import, start, schema, the gazetteer (and the Treaty Series the texts gave, which come after it), the migration. */
export async function loadImportFiles(config: Config, files: ImportFiles, dir: string, log: (line: string) => void = () => {}): Promise<{ imported: ImportOutcome; seconds: { schema: number; after: number }; driver: Driver; database?: string }> {
  const imported = await importIntoManaged(config, files.files, dir, log);
  const graph = await ensureGraph(config, log);
  const driver = createDriver(graph.connection);
  const database = graph.connection.database;
  try {
    let started = performance.now();
    await applySchema(driver, database);
    const schema = (performance.now() - started) / 1000;
    started = performance.now();
    await new GraphWriter(driver, database).writeGazetteer();
    const treatySeries = [...files.folder.treatySeries.values()];
    if (treatySeries.length) await runQuery({ driver, database }, 'write/adoptions', { adoptions: treatySeries });
    await migrateGraph(driver, database);
    return { imported, seconds: { schema, after: (performance.now() - started) / 1000 }, driver, database };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

export interface BulkOptions {
  lang?: Language;
  workers?: number;
  /** Where the spool and the import files go (default: a folder in the managed data folder, removed after). */
  workDir?: string;
  keepFiles?: boolean;
  onProgress?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface BulkResult {
  summary: IngestSummary;
  rank: RankSummary;
  imported: ImportOutcome;
}

/** The bulk ingest itself, without the command line. */
export async function bulkIngestPaths(inputs: readonly string[], config: Config, options: BulkOptions = {}): Promise<BulkResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  refuseUnlessManaged(config);
  const graph = await ensureGraph(config, log);
  const check = createDriver(graph.connection);
  try {
    await refuseUnlessEmpty(check, graph.connection.database);
  } finally {
    await check.close();
  }
  // The files are walked twice, as plain ingest walks them: once to count, once to read.
  const total = await countDocumentFiles(inputs);
  const { summary, fail } = newSummary();
  summary.files = total;
  const dir = options.workDir ?? fs.mkdtempSync(path.join(config.managed.dataDir, 'bulk-'));
  try {
    async function* spooled(): AsyncGenerator<SpooledFile> {
      let done = 0;
      for await (const outcome of spoolFiles(documentFiles(inputs, fail), { lang: options.lang, workers: options.workers })) {
        options.onProgress?.(++done, total);
        if (!outcome.ok) {
          fail({ file: outcome.file, reason: outcome.reason });
          continue;
        }
        const { tally } = outcome;
        summary.versions += tally.versions;
        summary.warningsTotal += tally.warnings.length;
        for (const warning of tally.warnings) if (summary.warnings.length < MAX_WARNINGS) summary.warnings.push({ file: outcome.file, warning });
        for (const [relation, n] of Object.entries(tally.relations) as [Relation, number][]) summary.citations[relation] += n;
        yield { file: outcome.file, key: await fileKey(outcome.file), facts: outcome.facts, tally };
      }
    }
    const written = await writeImportFiles(spooled(), dir, { workers: options.workers });
    log(`Import files written (${written.files.reduce((n, f) => n + f.rows, 0)} rows); loading them…`);
    const loaded = await loadImportFiles(config, written, dir, log);
    try {
      summary.written = true;
      summary.documents = written.folder.documents;
      summary.citedNotIngested = written.folder.citedNotIngested;
      summary.relationshipsWritten = loaded.imported.relationships;
      const rank = await rankGraph(loaded);
      summary.seconds = Math.round((performance.now() - started) / 10) / 100;
      return { summary, rank, imported: loaded.imported };
    } finally {
      await loaded.driver.close();
    }
  } finally {
    if (!options.keepFiles && !options.workDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
