// `citegraph ingest PATH…`: files, directories (recursive) and globs → extract → Neo4j,
// whole documents per transaction, with a progress bar and a summary at the end.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { glob, isDynamicPattern } from 'tinyglobby';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { LANGUAGES, RELATIONS, type Language } from './models.ts';
import { listDocumentFiles } from './read.ts';
import { parseFiles } from './load/parse-pool.ts';
import { GraphWriter, type IngestableRecord } from './load/write.ts';

export const ingestSummarySchema = z.object({
  files: z.number().int(),
  documents: z.number().int(),
  versions: z.number().int(),
  citations: z.object(Object.fromEntries(RELATIONS.map((r) => [r, z.number().int()])) as Record<(typeof RELATIONS)[number], z.ZodNumber>),
  relationshipsWritten: z.number().int(),
  citedNotIngested: z.number().int(),
  warnings: z.array(z.object({ file: z.string(), warning: z.string() })),
  errors: z.array(z.object({ file: z.string(), reason: z.string() })),
  written: z.boolean(),
  seconds: z.number(),
});
export type IngestSummary = z.infer<typeof ingestSummarySchema>;

export interface IngestOptions {
  lang?: Language;
  dryRun?: boolean;
  batchSize?: number;
  workers?: number;
  /** Called after each file is parsed (done, total) for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Files, directories and glob patterns → the sorted list of files, and the paths that gave none. */
export async function expandPaths(inputs: readonly string[]): Promise<{ files: string[]; errors: { file: string; reason: string }[] }> {
  const files = new Set<string>();
  const errors: { file: string; reason: string }[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input) && isDynamicPattern(input)) {
      const matches = await glob(input, { absolute: false, onlyFiles: true, dot: false });
      if (matches.length === 0) errors.push({ file: input, reason: 'the pattern matches no file' });
      for (const match of matches) files.add(path.normalize(match));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      const dangling = fs.lstatSync(input, { throwIfNoEntry: false })?.isSymbolicLink();
      errors.push({ file: input, reason: dangling ? 'dangling symbolic link' : 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const listed = await listDocumentFiles(input);
      listed.files.forEach((file) => files.add(file));
      errors.push(...listed.problems);
      if (listed.files.length === 0 && listed.problems.length === 0) errors.push({ file: input, reason: 'the directory holds no .txt or .md file' });
    } else {
      files.add(input);
    }
  }
  return { files: [...files].sort(), errors };
}

/** The ingest itself, without the command line: used by the command, `npm start` and the tests. */
export async function ingestPaths(inputs: readonly string[], graph: { driver: Driver; database?: string } | null, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { files, errors } = await expandPaths(inputs);
  const summary: IngestSummary = {
    files: files.length,
    documents: 0,
    versions: 0,
    citations: Object.fromEntries(RELATIONS.map((r) => [r, 0])) as IngestSummary['citations'],
    relationshipsWritten: 0,
    citedNotIngested: 0,
    warnings: [],
    errors,
    written: false,
    seconds: 0,
  };
  const writer = graph && !options.dryRun ? new GraphWriter(graph.driver, graph.database) : null;
  // bench:ingest measured 500 documents a transaction as the fastest of 250–2,000 (1,000 is
  // within 3 %; 250 and 2,000 are about 10 % slower).
  const batchSize = options.batchSize ?? 500;
  const symbols = new Set<string>();
  const targets = new Set<string>();
  let pending: IngestableRecord[] = [];
  let pendingFiles: string[] = [];
  let graphFailure: Error | undefined;

  // Two batches are written at once (the second overlaps the first's commit; see GraphWriter)
  // while the next is parsed: Neo4j and the parsers work at once.
  const inFlight: Promise<void>[] = [];
  const write = async (batch: IngestableRecord[], batchFiles: string[]) => {
    try {
      const stats = await writer!.writeRecords(batch);
      summary.relationshipsWritten += stats.relationshipsCreated;
    } catch (error) {
      // Nothing of this batch was written (one transaction); say so for each of its files.
      graphFailure = error as Error;
      for (const file of new Set(batchFiles)) summary.errors.push({ file, reason: `not written: ${(error as Error).message}` });
    }
  };
  const flush = async () => {
    if (!writer || pending.length === 0) return;
    if (inFlight.length >= 2) await inFlight.shift();
    inFlight.push(write(pending, pendingFiles));
    pending = [];
    pendingFiles = [];
  };

  if (writer) await writer.writeGazetteer();
  let done = 0;
  for await (const outcome of parseFiles(files, { lang: options.lang, workers: options.workers })) {
    options.onProgress?.(++done, files.length);
    if (graphFailure) {
      summary.errors.push({ file: outcome.file, reason: 'not written: the graph failed earlier in this run' });
      continue;
    }
    if (!outcome.ok) {
      summary.errors.push({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    for (const record of outcome.records) {
      summary.versions++;
      symbols.add(record.symbol);
      for (const warning of record.warnings) summary.warnings.push({ file: outcome.file, warning });
      for (const citation of record.citations) {
        summary.citations[citation.relation]++;
        if (citation.targetKind === 'document') targets.add(citation.target);
      }
      pending.push(record);
      pendingFiles.push(outcome.file);
    }
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  summary.documents = symbols.size;
  if (graph && writer && !graphFailure) {
    summary.written = true;
    const { records } = await graph.driver.executeQuery(
      'MATCH (d:Document) WHERE d.symbol IN $targets AND NOT d.ingested RETURN count(d) AS n',
      { targets: [...targets] },
      { database: graph.database },
    );
    summary.citedNotIngested = Number(records[0]?.get('n') ?? 0);
  } else {
    summary.citedNotIngested = [...targets].filter((t) => !symbols.has(t)).length;
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.written ? 'Ingested' : 'Parsed (dry run, nothing written)'}: ${summary.files} files, ${summary.documents} documents (${summary.versions} language versions) in ${summary.seconds} s`,
    `Citations: ${RELATIONS.map((r) => `${r} ${summary.citations[r]}`).join(', ')}`,
    `Relationships written: ${summary.relationshipsWritten}; documents cited but not ingested: ${summary.citedNotIngested}`,
    `Warnings: ${summary.warnings.length}${summary.warnings.length ? ` (first: ${summary.warnings[0]!.file}: ${summary.warnings[0]!.warning})` : ''}`,
    `Errors: ${summary.errors.length}`,
    ...summary.errors.map((e) => `  ${e.file}: ${e.reason}`),
  ];
  return lines.join('\n');
}

const USAGE = `Usage: citegraph ingest [--lang zh|en] [--dry-run] [--json] [--batch-size N] [--workers N] PATH…
  PATH: files, directories (recursive: .txt, .md) and glob patterns (quote them: "corpus/**/*.md")`;

/** The command: returns the exit code (0 all ingested, 1 some file failed or the graph failed, 2 usage). */
export async function ingestCommand(
  args: string[],
  connect: () => Promise<{ driver: Driver; database?: string; close: () => Promise<void> }>,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & { isTTY?: boolean } } = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`citegraph ingest: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
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

  const graph = values['dry-run'] ? null : await connect();
  const progress = progressReporter(io.stderr);
  try {
    const summary = await ingestPaths(positionals, graph, { lang: lang as Language | undefined, dryRun: values['dry-run'], batchSize, workers, onProgress: progress.update });
    progress.stop();
    io.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
    return summary.errors.length === 0 ? 0 : 1;
  } finally {
    progress.stop();
    await graph?.close();
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
