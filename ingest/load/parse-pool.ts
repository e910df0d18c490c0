// Parses many files on worker threads (one per core, the main thread keeps writing to
// Neo4j meanwhile); few files are parsed in the main thread, where a worker would cost more than it saves.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../paths.ts';
import type { Language } from '../models.ts';
import { parseForIngest, type ParseOutcome } from './parse.ts';

/** Below this many files a pool is not worth its start-up (~0.3 s a worker). */
export const FILES_PER_WORKER = 16;
/** How far parsing may run ahead of writing, in files: bounds memory on huge ingests. */
const MAX_AHEAD = 256;

/** Yields outcomes in the order of `files`, parsing ahead on up to `workers` threads. */
export async function* parseFiles(files: readonly string[], options: { lang?: Language; workers?: number } = {}): AsyncGenerator<ParseOutcome> {
  const workers = Math.max(0, Math.min(options.workers ?? os.availableParallelism(), Math.floor(files.length / FILES_PER_WORKER)));
  if (workers === 0) {
    for (const file of files) yield await parseForIngest(file, options.lang);
    return;
  }
  const outcomes = new Map<number, ParseOutcome>();
  const busy = new Map<Worker, number>();
  const idle: Worker[] = [];
  let next = 0;
  let consumed = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const dispatch = (worker: Worker) => {
    if (next >= files.length || next - consumed >= MAX_AHEAD) {
      idle.push(worker);
      return;
    }
    busy.set(worker, next);
    worker.postMessage(files[next++]);
  };
  const pool = Array.from({ length: workers }, () => {
    // parse-worker.mjs loads the TypeScript worker through tsx, as the main thread is.
    const worker = new Worker(workerEntry('parse-worker', import.meta.url), { workerData: { lang: options.lang } });
    worker.on('message', (outcome: ParseOutcome) => {
      outcomes.set(busy.get(worker)!, outcome);
      busy.delete(worker);
      dispatch(worker);
      notify();
    });
    worker.on('error', (error) => {
      // A crashed worker loses only its current file; the others carry on.
      const index = busy.get(worker);
      if (index !== undefined) outcomes.set(index, { file: files[index]!, ok: false, reason: `parser crashed: ${error.message}` });
      busy.delete(worker);
      notify();
    });
    return worker;
  });
  pool.forEach(dispatch);
  try {
    for (; consumed < files.length; ) {
      const outcome = outcomes.get(consumed);
      if (!outcome) {
        if (busy.size === 0 && idle.length === 0) throw new Error('every parse worker has crashed');
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      outcomes.delete(consumed++);
      for (const worker of idle.splice(0)) dispatch(worker);
      yield outcome;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
