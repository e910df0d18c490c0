// Parses many files on worker threads (one per core, the main thread keeps writing to
// Neo4j meanwhile); few files are parsed in the main thread, where a worker would cost more than it saves.
// The files come as a stream (a directory walk), never as a list of the whole corpus.
import os from 'node:os';
import { workerEntry } from '../paths.ts';
import { inOrderOnWorkers } from '../worker-pool.ts';
import type { Language } from '../models.ts';
import { parseForIngest, spoolForIngest, type ParseOutcome, type SpoolOutcome } from './parse.ts';

/** Below this many files a pool is not worth its start-up (~0.3 s a worker). */
export const FILES_PER_WORKER = 16;
/** How far parsing may run ahead of writing, in files: bounds memory on huge ingests. */
const MAX_AHEAD = 256;

/** Yields outcomes in the order of `files`, parsing ahead on up to `workers` threads. */
export function parseFiles(files: AsyncIterable<string> | Iterable<string>, options: { lang?: Language; workers?: number } = {}): AsyncGenerator<ParseOutcome> {
  return onPool(files, options, false, (file) => parseForIngest(file, options.lang));
}

/** As parseFiles, for `ingest --bulk`: each file's spool facts and tally, made on the workers. */
export function spoolFiles(files: AsyncIterable<string> | Iterable<string>, options: { lang?: Language; workers?: number } = {}): AsyncGenerator<SpoolOutcome> {
  return onPool(files, options, true, (file) => spoolForIngest(file, options.lang));
}

async function* onPool<Out extends ParseOutcome | SpoolOutcome>(files: AsyncIterable<string> | Iterable<string>, options: { lang?: Language; workers?: number }, spool: boolean, inThread: (file: string) => Promise<Out>): AsyncGenerator<Out> {
  const source = toAsyncIterator(files);
  const wanted = options.workers ?? os.availableParallelism();
  // How many workers the files are worth: read up to FILES_PER_WORKER a worker ahead to know.
  const head: string[] = [];
  let exhausted = false;
  while (head.length < wanted * FILES_PER_WORKER) {
    const next = await source.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  const workers = Math.max(0, Math.min(wanted, Math.floor(head.length / FILES_PER_WORKER)));
  /** The next file: the head first, then the rest of the stream. */
  const nextFile = async (): Promise<string | undefined> => {
    if (head.length) return head.shift();
    if (exhausted) return undefined;
    const next = await source.next();
    if (next.done) exhausted = true;
    return next.done ? undefined : next.value;
  };
  if (workers === 0) {
    for (let file = await nextFile(); file !== undefined; file = await nextFile()) yield await inThread(file);
    return;
  }

  yield* inOrderOnWorkers<string, Out>(
    (async function* () {
      for (let file = await nextFile(); file !== undefined; file = await nextFile()) yield file;
    })(),
    {
      entry: workerEntry('parse-worker', import.meta.url),
      workerData: { lang: options.lang, spool },
      workers,
      maxAhead: MAX_AHEAD,
      // A crashed worker loses only its current file; the others carry on.
      crashed: (file, error) => ({ file, ok: false, reason: `parser crashed: ${error.message}` }) as Out,
    },
  );
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
}
