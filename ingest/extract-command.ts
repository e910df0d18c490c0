// `citegraph extract`: JSON Lines out, one object per document (or per
// fragment with --fragments); one error line on stderr per input that
// fails, the others still processed, non-zero exit if any failed.
import { EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES } from './vocabulary.ts';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { extractFragment, extractSource } from './extract.ts';
import { documentFilesUnder, readSource } from './read.ts';
import { ExtractError } from './errors.ts';
import type { Language } from './models.ts';
import { DOCUMENT_EXTENSIONS } from './formats/index.ts';
import { workerEntry } from './paths.ts';
import { inOrderOnWorkers } from './worker-pool.ts';

export interface CommandIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>;
  /** Worker threads for many files (default: one per core). */
  workers?: number;
}

/** More threads than this only queue on a machine's memory bandwidth; each holds a copy of the extractor. */
const MAX_WORKERS = 8;

/**
 * Outputs made ahead of the one being written, at most, a worker: bounds memory behind a slow
 * file, and leaves room for two batches of quick files queued on every worker (64 a worker: 232
 * MB peak RSS on the real corpus with two; 256 in all: 236–260 MB for no more speed; 32: a
 * worker sometimes waiting, CPU 183 % against 190 %).
 */
const AHEAD_PER_WORKER = 64;
/**
 * Work a message to a worker carries. Sent one at a time, a small text's trip to a worker and
 * back cost a tenth of its extraction (7,800 texts of 2 kB: 2.31–2.46 s against 1.97–2.08 s in
 * batches); a large file still goes alone, so no worker waits on another's long batch at the end.
 */
const BATCH_MS = 10;

export const EXTRACT_USAGE = `Usage:
  citegraph extract [--lang LANG] FILE|DIR...      one JSON object per document on stdout
  citegraph extract --text FILE...                 the text read from each file, which every "span" points into
  citegraph extract [--lang LANG] --fragments FILE.jsonl|-
                                                   reads {"id","text","lang"?} per line, prints {"id","language","citations",...}
Languages (LANG), told from the text when --lang is not given: ${EXTRACTED_LANGUAGES.join(', ')}.
Formats, told from the content: PDF, Akoma Ntoso XML, Word (.docx, .doc), HTML, Markdown and plain text.
Directories are searched recursively for ${DOCUMENT_EXTENSIONS.map((e) => `*${e}`).join(', ')}.
Errors: one line per failed input on stderr ("citegraph extract: FILE: reason"); exit code 1 if any input failed, 2 for usage errors.
`;

function reason(e: unknown): string {
  if (e instanceof ExtractError) return e.message;
  if (e instanceof Error) return `internal error: ${e.message}`;
  return String(e);
}

export async function extractCommand(args: string[], io: CommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  if (args[0] === 'extract') args = args.slice(1);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, fragments: { type: 'string' }, text: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.stderr.write(`citegraph extract: ${(e as Error).message}\n${EXTRACT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  let lang: Language | null = null;
  if (values.lang !== undefined) {
    const l = values.lang.toLowerCase();
    if ((EXTRACTED_LANGUAGES as readonly string[]).includes(l)) lang = l as Language;
    else {
      const expected = `expected one of ${EXTRACTED_LANGUAGES.join(', ')}`;
      io.stderr.write(`citegraph extract: --lang ${values.lang}: ${(OFFICIAL_LANGUAGES as readonly string[]).includes(l) ? `not supported yet: ${l}` : expected}\n`);
      return 2;
    }
  }
  if (values.fragments !== undefined) {
    if (positionals.length) {
      io.stderr.write(`citegraph extract: --fragments takes one file (or -), not also ${positionals.join(' ')}\n`);
      return 2;
    }
    return runFragments(values.fragments, lang, io);
  }
  if (!positionals.length) {
    io.stderr.write(`citegraph extract: no FILE or DIR given\n${EXTRACT_USAGE}`);
    return 2;
  }
  let failed = 0;
  const fail = (file: string, why: string) => {
    failed++;
    io.stderr.write(`citegraph extract: ${file}: ${why}\n`);
  };
  const options: FileOptions = { lang, text: values.text };
  const inputs = documentFiles(positionals, fail);
  const workers = Math.min(io.workers ?? os.availableParallelism(), MAX_WORKERS);
  // One file needs no pool (a worker's start would double its time); from the second on, the
  // files go to worker threads and their outputs come back in order.
  const first = await inputs.next();
  if (first.done) return failed ? 1 : 0;
  const second = await inputs.next();
  const files = (async function* () {
    yield first.value;
    if (!second.done) yield second.value;
    yield* inputs;
  })();
  const outcomes =
    second.done || workers < 2
      ? (async function* () {
          for await (const file of files) yield await extractFile(file, options);
        })()
      : inOrderOnWorkers<string, FileOutcome>(files, {
          entry: workerEntry('extract-worker', import.meta.url),
          workerData: options,
          workers,
          maxAhead: AHEAD_PER_WORKER * workers,
          batchMs: BATCH_MS,
          crashed: (file, error) => ({ file, ok: false, reason: `internal error: ${error.message}` }),
        });
  for await (const outcome of outcomes) {
    if (!outcome.ok) fail(outcome.file, outcome.reason);
    else if (!io.stdout.write(outcome.out) && 'once' in io.stdout) await once(io.stdout as NodeJS.WritableStream, 'drain');
  }
  return failed ? 1 : 0;
}

/** The files named on the command line, directories walked, in order; a problem is reported as it is met. */
async function* documentFiles(paths: string[], fail: (file: string, why: string) => void): AsyncGenerator<string> {
  for (const arg of paths) {
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      yield arg;
      continue;
    }
    yield* documentFilesUnder(arg, (p) => fail(p.file, p.reason));
  }
}

export interface FileOptions {
  lang: Language | null;
  /** Print the text read from the file rather than its citations. */
  text: boolean;
}

export type FileOutcome = { file: string; ok: true; out: string } | { file: string; ok: false; reason: string };

/** One file's whole output (its records as JSON Lines, or its text), or why it failed: never part of it. */
export async function extractFile(file: string, options: FileOptions): Promise<FileOutcome> {
  try {
    const sources = await readSource(file);
    const out = options.text ? sources[0]!.text : sources.map((source) => JSON.stringify(extractSource(source, options.lang)) + '\n').join('');
    return { file, ok: true, out };
  } catch (e) {
    return { file, ok: false, reason: reason(e) };
  }
}

async function runFragments(path: string, lang: Language | null, io: CommandIO): Promise<number> {
  let input: NodeJS.ReadableStream;
  const name = path === '-' ? '<stdin>' : path;
  if (path === '-') {
    input = 'pipe' in io.stdin || 'on' in io.stdin ? (io.stdin as NodeJS.ReadableStream) : Readable.from(io.stdin as AsyncIterable<string | Uint8Array>);
  } else {
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error || !info.isFile()) {
      io.stderr.write(`citegraph extract: ${path}: ${info instanceof Error ? `cannot read: ${info.code ?? info.message}` : 'not a regular file'}\n`);
      return 1;
    }
    input = createReadStream(path, { encoding: 'utf8' });
  }
  // zod only for this input: the files path starts without it
  const { fragmentInputSchema } = await import('./models.ts');
  let failed = 0;
  let lineNo = 0;
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        failed++;
        io.stderr.write(`citegraph extract: ${name}:${lineNo}: not valid JSON\n`);
        continue;
      }
      const ok = fragmentInputSchema.safeParse(obj);
      if (!ok.success) {
        failed++;
        io.stderr.write(`citegraph extract: ${name}:${lineNo}: expected {"id", "text", "lang"?}: ${ok.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; ')}\n`);
        continue;
      }
      try {
        io.stdout.write(JSON.stringify(extractFragment(ok.data, lang)) + '\n');
      } catch (e) {
        failed++;
        io.stderr.write(`citegraph extract: ${name}:${lineNo} (id ${JSON.stringify(ok.data.id)}): ${reason(e)}\n`);
      }
    }
  } catch (e) {
    io.stderr.write(`citegraph extract: ${name}: ${reason(e)}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}
