// Work spread over worker threads with the answers kept in input order: the inputs are pulled
// lazily (a directory walk can stream into it) and only `maxAhead` of them are ever in flight or
// waiting to be taken, so memory stays flat however long the input runs.
import { Worker, parentPort } from 'node:worker_threads';

export interface PoolOptions<In, Out> {
  /** The worker's entry module (see workerEntry), which answers with answerInOrder. */
  entry: URL;
  workerData?: unknown;
  workers: number;
  /** How far the workers may run ahead of the consumer, in inputs. */
  maxAhead: number;
  /**
   * About how many milliseconds of a worker's time one message should carry: quick inputs go
   * in batches that take about this long (judged by the time inputs have taken so far), slow
   * ones one at a time. Absent: one input a message.
   */
  batchMs?: number;
  /** The answer for an input whose worker died on it: a crash costs that input only. */
  crashed(input: In, error: Error): Out;
}

/**
 * Batches given to a worker before it has answered the one it works on. With one, a worker sat
 * idle while its answer crossed to the main thread and the next input came back (a seventh of
 * its time in `citegraph extract`); with two, the next is always waiting in its queue.
 */
const QUEUED_PER_WORKER = 2;
/** The most inputs in one batch, however quick they are. */
const MAX_BATCH = 32;

interface Job<In> {
  index: number;
  input: In;
}

/** What the pool sends a worker: first where to count the inputs it starts, then batches of inputs. */
type ToWorker<In> = { started: Int32Array } | { inputs: In[] };
/** A worker's answer to one batch: an answer an input, in order, and the time the batch took. */
interface FromWorker<Out> {
  answers: Out[];
  ms: number;
}

interface LiveWorker<In> {
  /** The batches given to it, in the order it was given them (and answers them). */
  batches: Job<In>[][];
  /** How many inputs it has started, counted by the worker in memory shared with it: after a crash, it tells which input the worker died on. */
  started: Int32Array;
  /** How many inputs it has answered. */
  answered: number;
}

/** Yields the workers' answers for `inputs`, in the order of `inputs`. */
export async function* inOrderOnWorkers<In, Out>(inputs: AsyncIterable<In> | Iterable<In>, options: PoolOptions<In, Out>): AsyncGenerator<Out> {
  const source = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (async function* () { yield* inputs; })();
  const answers = new Map<number, Out>();
  const live = new Map<Worker, LiveWorker<In>>();
  // inputs given to a worker that crashed: they go to another worker first
  const orphans: Job<In>[] = [];
  let msPerInput: number | undefined; // a running mean of the time an input takes, once one has been answered
  let sourceDone = false;
  let pulling = false;
  let next = 0; // index the next input pulled gets
  let taken = 0; // answers yielded so far
  let failure: unknown; // the source's own error, thrown to the consumer in turn
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  /** The live worker with the fewest batches, while it has room. */
  const leastBusy = () => {
    let best: [Worker, LiveWorker<In>] | undefined;
    for (const entry of live) if (entry[1].batches.length < QUEUED_PER_WORKER && (!best || entry[1].batches.length < best[1].batches.length)) best = entry;
    return best;
  };
  const batchSize = () => (options.batchMs && msPerInput !== undefined ? Math.max(1, Math.min(MAX_BATCH, Math.floor(options.batchMs / Math.max(msPerInput, 1e-3)))) : 1);
  // One pull at a time: the source is an iterator, and inputs must keep their order.
  const feed = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (leastBusy()) {
        const batch: Job<In>[] = [];
        for (const size = batchSize(); batch.length < size; ) {
          let job = orphans.shift();
          if (!job) {
            if (sourceDone || next - taken >= options.maxAhead) break;
            const item = await source.next();
            if (item.done) {
              sourceDone = true;
              break;
            }
            job = { index: next++, input: item.value };
          }
          batch.push(job);
        }
        if (!batch.length) break;
        const free = leastBusy(); // a worker may have crashed meanwhile
        if (!free) {
          orphans.unshift(...batch);
          break;
        }
        free[1].batches.push(batch);
        free[0].postMessage({ inputs: batch.map((job) => job.input) } satisfies ToWorker<In>);
      }
    } catch (error) {
      sourceDone = true;
      failure = error;
    } finally {
      pulling = false;
      notify();
    }
  };
  const pool = Array.from({ length: Math.max(1, options.workers) }, () => {
    const worker = new Worker(options.entry, { workerData: options.workerData });
    const state: LiveWorker<In> = { batches: [], started: new Int32Array(new SharedArrayBuffer(4)), answered: 0 };
    live.set(worker, state);
    worker.postMessage({ started: state.started } satisfies ToWorker<In>);
    worker.on('message', ({ answers: outs, ms }: FromWorker<Out>) => {
      const batch = state.batches.shift();
      if (!batch || !live.has(worker)) return;
      batch.forEach((job, i) => answers.set(job.index, outs[i]!));
      state.answered += batch.length;
      msPerInput = msPerInput === undefined ? ms / batch.length : 0.8 * msPerInput + (0.2 * ms) / batch.length;
      notify();
      void feed();
    });
    worker.on('error', (error) => {
      live.delete(worker);
      // The worker started its inputs in order: the last one started is the one it died on; those
      // before it in its queue were done but not yet sent back, and are done again elsewhere.
      const given = state.batches.flat();
      const diedOn = Atomics.load(state.started, 0) - state.answered - 1;
      if (diedOn >= 0 && diedOn < given.length) answers.set(given[diedOn]!.index, options.crashed(given[diedOn]!.input, error));
      orphans.unshift(...given.filter((_, i) => i !== diedOn));
      notify();
      void feed();
    });
    return worker;
  });
  void feed();
  try {
    for (;;) {
      if (answers.has(taken)) {
        const answer = answers.get(taken)!;
        answers.delete(taken++);
        void feed();
        yield answer;
        continue;
      }
      if (failure !== undefined) throw failure;
      if (sourceDone && !pulling && taken === next) return;
      if (!live.size) throw new Error('every worker thread has crashed');
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * A worker thread's side of the pool: answers each input with `answer`, one at a time and in the
 * order they came, however long each takes, and each batch in one message (the pool matches
 * answers to inputs by that order). An answer that throws ends the thread, which the pool reports
 * as that input's crash.
 */
export function answerInOrder<In, Out>(answer: (input: In) => Out | Promise<Out>): void {
  let started: Int32Array | undefined; // the pool's count of inputs started, its first message
  let previous = Promise.resolve();
  parentPort!.on('message', (message: ToWorker<In>) => {
    if ('started' in message) {
      started = message.started;
      return;
    }
    previous = previous.then(async () => {
      const begun = performance.now();
      const answers: Out[] = [];
      for (const input of message.inputs) {
        Atomics.add(started!, 0, 1);
        answers.push(await answer(input));
      }
      parentPort!.postMessage({ answers, ms: performance.now() - begun } satisfies FromWorker<Out>);
    });
  });
}
