// `citegraph ingest PATH…`: files, directories (recursive) and globs → extract → Neo4j,
// whole documents per transaction, with a progress bar and a summary at the end.
import { formatRankSummary, rankGraph } from './rank.ts';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { LANGUAGES, RELATIONS, type Language } from './models.ts';
import { parseFiles } from './load/parse-pool.ts';
import { countDocumentFiles, documentFiles, filesToRead } from './load/sources.ts';
import { HashedSet } from './load/distinct.ts';
import { GraphWriter, type IngestableRecord } from './load/write.ts';
import { migrateGraph } from './load/migrate.ts';
import { parseCommandLine } from './command-line.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { AppError } from '../server/errors.ts';
import { runQuery } from '../server/db/run-query.ts';

export const ingestSummarySchema = z.object({
  files: z.number().int(),
  documents: z.number().int(),
  versions: z.number().int(),
  citations: z.object(Object.fromEntries(RELATIONS.map((r) => [r, z.number().int()])) as Record<(typeof RELATIONS)[number], z.ZodNumber>),
  relationshipsWritten: z.number().int(),
  citedNotIngested: z.number().int(),
  /** The first warnings (at most MAX_WARNINGS kept: a corpus of any size keeps the summary small). */
  warnings: z.array(z.object({ file: z.string(), warning: z.string() })),
  warningsTotal: z.number().int(),
  /** The first errors (at most MAX_ERRORS kept), and how many there were. */
  errors: z.array(z.object({ file: z.string(), reason: z.string() })),
  errorsTotal: z.number().int(),
  /** Files skipped because the graph already holds them, unchanged (same path, size and time, same extractor). */
  unchanged: z.number().int(),
  /** Stopped before the end (Ctrl-C): the files not reached are left for the same command to continue. */
  interrupted: z.boolean(),
  written: z.boolean(),
  seconds: z.number(),
});
export type IngestSummary = z.infer<typeof ingestSummarySchema>;

export const MAX_WARNINGS = 1000;
const MAX_ERRORS = 1000;

export interface IngestOptions {
  lang?: Language;
  dryRun?: boolean;
  /** Ingest every file, also those the graph holds unchanged. */
  force?: boolean;
  /** Stops after the files already parsed are written (Ctrl-C). */
  signal?: AbortSignal;
  batchSize?: number;
  workers?: number;
  /** Called after each file is parsed (done, total) for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * An empty summary, and how a failed file is put in it: the summary keeps counts and the first
 * errors and warnings, never a list of the corpus. Shared by plain and bulk ingest.
 */
export function newSummary(): { summary: IngestSummary; fail: (error: { file: string; reason: string }) => void } {
  const summary: IngestSummary = {
    files: 0,
    documents: 0,
    versions: 0,
    citations: Object.fromEntries(RELATIONS.map((r) => [r, 0])) as IngestSummary['citations'],
    relationshipsWritten: 0,
    citedNotIngested: 0,
    warnings: [],
    warningsTotal: 0,
    errors: [],
    errorsTotal: 0,
    unchanged: 0,
    interrupted: false,
    written: false,
    seconds: 0,
  };
  const fail = (error: { file: string; reason: string }) => {
    if (summary.errors.length < MAX_ERRORS) summary.errors.push(error);
    summary.errorsTotal++;
  };
  return { summary, fail };
}

/** The ingest itself, without the command line: used by the command, `npm start` and the tests. */
export async function ingestPaths(inputs: readonly string[], graph: { driver: Driver; database?: string } | null, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { summary, fail } = newSummary();
  // The files are walked twice: once for the total of the progress bar, once to read them.
  const total = await countDocumentFiles(inputs);
  summary.files = total;
  const writer = graph && !options.dryRun ? new GraphWriter(graph.driver, graph.database) : null;
  // A file the graph holds unchanged is not parsed again: the same command, run again after an
  // interruption, continues where it stopped.
  const keys = new Map<string, string>();
  let done = 0;
  const toParse = async function* () {
    const files = documentFiles(inputs, fail);
    const held = writer && !options.force ? (chunk: readonly string[]) => writer.heldFiles(chunk) : null;
    for await (const { file, key } of filesToRead(files, held, () => {
      summary.unchanged++;
      options.onProgress?.(++done, total);
    })) {
      // the key of a file being parsed, until its batch is made (at most the parse-ahead window)
      keys.set(file, key);
      yield file;
    }
  };
  // bench:ingest measured 500 documents a transaction as the fastest of 250–2,000 (1,000 is
  // within 3 %; 250 and 2,000 are about 10 % slower).
  const batchSize = options.batchSize ?? 500;
  // distinct documents and cited documents, 8 bytes each (ingest/load/distinct.ts)
  const symbols = new HashedSet();
  const targets = new HashedSet();
  let pending: IngestableRecord[] = [];
  let pendingFiles: string[] = [];
  let pendingKeys: string[] = [];
  let graphFailure: Error | undefined;

  // Two batches are written at once (the second overlaps the first's commit; see GraphWriter)
  // while the next is parsed: Neo4j and the parsers work at once.
  const inFlight: Promise<void>[] = [];
  const write = async (batch: IngestableRecord[], batchFiles: string[], batchKeys: string[]) => {
    try {
      const stats = await writer!.writeRecords(batch, { fileKeys: batchKeys });
      summary.relationshipsWritten += stats.relationshipsCreated;
    } catch (error) {
      // Nothing of this batch was written (one transaction); say so for each of its files.
      graphFailure = error as Error;
      for (const file of new Set(batchFiles)) fail({ file, reason: `not written: ${(error as Error).message}` });
    }
  };
  const flush = async () => {
    if (!writer || pending.length === 0) return;
    if (inFlight.length >= 2) await inFlight.shift();
    inFlight.push(write(pending, pendingFiles, pendingKeys));
    pending = [];
    pendingFiles = [];
    pendingKeys = [];
  };

  if (writer) {
    await writer.writeGazetteer();
    await migrateGraph(graph!.driver, graph!.database);
  }
  for await (const outcome of parseFiles(toParse(), { lang: options.lang, workers: options.workers })) {
    options.onProgress?.(++done, total);
    const key = keys.get(outcome.file);
    keys.delete(outcome.file);
    if (graphFailure) {
      fail({ file: outcome.file, reason: 'not written: the graph failed earlier in this run' });
      continue;
    }
    if (!outcome.ok) {
      fail({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    for (const record of outcome.records) {
      summary.versions++;
      symbols.add(record.symbol);
      summary.warningsTotal += record.warnings.length;
      for (const warning of record.warnings) if (summary.warnings.length < MAX_WARNINGS) summary.warnings.push({ file: outcome.file, warning });
      for (const citation of record.citations) {
        summary.citations[citation.relation]++;
        if (citation.targetKind === 'document') targets.add(citation.target);
      }
      pending.push(record);
      pendingFiles.push(outcome.file);
    }
    // a file's documents go in one batch, with the mark that the graph holds the file
    if (key !== undefined) pendingKeys.push(key);
    if (pending.length >= batchSize) await flush();
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
  }
  await flush();
  await Promise.all(inFlight);
  summary.documents = symbols.size;
  if (graph && writer && !graphFailure) {
    summary.written = true;
    // counted in the graph, not from a list of this run's targets: every document the graph
    // cites and holds no text of
    const [stubs] = (await runQuery({ driver: graph.driver, database: graph.database }, 'cited-not-ingested', { relations: [...RELATIONS] })).rows;
    summary.citedNotIngested = stubs?.documents ?? 0;
  } else {
    summary.citedNotIngested = targets.countNotIn(symbols);
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.written ? 'Ingested' : 'Parsed (dry run, nothing written)'}: ${summary.files} files, ${summary.documents} documents (${summary.versions} language versions) in ${summary.seconds} s`,
    `Citations: ${RELATIONS.map((r) => `${r} ${summary.citations[r]}`).join(', ')}`,
    `Relationships written: ${summary.relationshipsWritten}; documents cited but not ingested: ${summary.citedNotIngested}`,
    ...(summary.unchanged ? [`Unchanged since the last ingest (not read again): ${summary.unchanged} files`] : []),
    `Warnings: ${summary.warningsTotal}${summary.warnings.length ? ` (first: ${summary.warnings[0]!.file}: ${summary.warnings[0]!.warning})` : ''}`,
    `Errors: ${summary.errorsTotal}${summary.errorsTotal > summary.errors.length ? ` (the first ${summary.errors.length}:)` : ''}`,
    ...summary.errors.map((e) => `  ${e.file}: ${e.reason}`),
    ...(summary.interrupted ? [`Interrupted after ${summary.unchanged + summary.versions > 0 ? 'writing what was parsed' : 'starting'}: run the same command to continue where it stopped.`] : []),
  ];
  return lines.join('\n');
}

const USAGE = `Usage: citegraph ingest [--lang zh|en] [--dry-run] [--force] [--json] [--batch-size N] [--workers N] PATH…
       citegraph ingest --bulk [--lang zh|en] [--json] [--workers N] PATH…
  PATH: files, directories (recursive: every supported format) and glob patterns (quote them: "corpus/**/*.pdf")
  A file the graph holds unchanged is skipped, so after Ctrl-C the same command continues where it stopped;
  --force reads every file again.
  --bulk: the first load of a large corpus into an empty graph of the project-managed Neo4j, with Neo4j's
  admin import (the server is stopped meanwhile); plain ingest for everything after.`;

/** The command: returns the exit code (0 all ingested, 1 some file failed or the graph failed, 2 usage). */
export async function ingestCommand(
  args: string[],
  connect: () => Promise<{ driver: Driver; database?: string; close: () => Promise<void> }>,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & { isTTY?: boolean } } = { stdout: process.stdout, stderr: process.stderr },
  signal?: AbortSignal,
  /** The configuration, for --bulk (which runs the managed server's importer); read from the environment when not given. */
  config?: Config,
): Promise<number> {
  const parsed = parseCommandLine('ingest', USAGE, args, {
    lang: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    workers: { type: 'string' },
    bulk: { type: 'boolean', default: false },
  }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    io.stderr.write(`citegraph ingest: --lang must be one of ${LANGUAGES.join(', ')} (not supported yet: ${lang})\n`);
    return 2;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if ((batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) || (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))) {
    io.stderr.write(`citegraph ingest: --batch-size must be a positive whole number and --workers a whole number\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write(`citegraph ingest: name at least one file, directory or pattern\n${USAGE}\n`);
    return 2;
  }

  if (values.bulk) {
    if (values['dry-run'] || values.force || batchSize !== undefined) {
      io.stderr.write('citegraph ingest: --bulk loads an empty graph whole; it takes no --dry-run, --force or --batch-size\n');
      return 2;
    }
    return bulkCommand(positionals, config ?? loadConfig(process.env), { lang: lang as Language | undefined, workers, json: values.json }, io);
  }
  const graph = values['dry-run'] ? null : await connect();
  const progress = progressReporter(io.stderr);
  try {
    const summary = await ingestPaths(positionals, graph, { lang: lang as Language | undefined, dryRun: values['dry-run'], force: values.force, batchSize, workers, onProgress: progress.update, signal });
    progress.stop();
    io.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
    // importance in the graph as it now stands (an interrupted run ranks when it completes)
    if (graph && !summary.interrupted) {
      const ranked = await rankGraph(graph);
      if (!values.json) io.stdout.write(`${formatRankSummary(ranked)}\n`);
    }
    return summary.interrupted ? 130 : summary.errorsTotal === 0 ? 0 : 1;
  } finally {
    progress.stop();
    await graph?.close();
  }
}

/** `ingest --bulk`: 0 loaded (every file), 1 some file failed or the load was refused or failed (nothing half-written). */
async function bulkCommand(paths: string[], config: Config, options: { lang?: Language; workers?: number; json: boolean }, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & { isTTY?: boolean } }): Promise<number> {
  const { bulkIngestPaths } = await import('./bulk/bulk-ingest.ts');
  const progress = progressReporter(io.stderr);
  try {
    const { summary, rank, imported } = await bulkIngestPaths(paths, config, { ...options, onProgress: progress.update, log: (line) => io.stderr.write(`${line}\n`) });
    progress.stop();
    io.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\nNeo4j import: ${imported.nodes} nodes, ${imported.relationships} relationships in ${imported.seconds.toFixed(1)} s\n${formatRankSummary(rank)}\n`);
    return summary.errorsTotal === 0 ? 0 : 1;
  } catch (error) {
    progress.stop();
    if (!(error instanceof AppError)) throw error;
    io.stderr.write(`citegraph ingest --bulk: ${error.message}\n`);
    return 1;
  }
}

/** Progress of an ingest: a bar with the ETA on a terminal, a line every two seconds otherwise. */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }): { update: (done: number, total: number) => void; stop: () => void } {
  const bar = stream.isTTY
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files  {percentage}%  eta {eta_formatted}', stream, hideCursor: true, etaBuffer: 200 }, cliProgress.Presets.shades_classic)
    : null;
  const started = Date.now();
  let lastLine = 0;
  return {
    update(done, total) {
      if (bar) {
        if (done === 1) bar.start(total, 0);
        bar.update(done);
        return;
      }
      const now = Date.now();
      if (now - lastLine > 2000 || done === total) {
        lastLine = now;
        const eta = done > 0 && done < total ? `, about ${Math.ceil(((now - started) / done) * (total - done) / 1000)} s to go` : '';
        stream.write(`ingest: ${done}/${total} files parsed${eta}\n`);
      }
    },
    stop: () => bar?.stop(),
  };
}
