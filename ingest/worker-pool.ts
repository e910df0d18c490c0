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
  /** The answer for an input whose worker died on it: a crash costs that input only. */
  crashed(input: In, error: Error): Out;
}

/**
 * Inputs given to a worker before it has answered the one it works on. With one, a worker sat
 * idle while its answer crossed to the main thread and the next input came back (a seventh of
 * its time in `citegraph extract`); with two, the next is always waiting in its queue.
 */
const QUEUED_PER_WORKER = 2;

interface Job<In> {
  index: number;
  input: In;
}

/** Yields the workers' answers for `inputs`, in the order of `inputs`. */
export async function* inOrderOnWorkers<In, Out>(inputs: AsyncIterable<In> | Iterable<In>, options: PoolOptions<In, Out>): AsyncGenerator<Out> {
  const source = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (async function* () { yield* inputs; })();
  const answers = new Map<number, Out>();
  // each live worker's inputs, in the order it was given them (and answers them)
  const queues = new Map<Worker, Job<In>[]>();
  // inputs given to a worker that crashed on an earlier one: they go to another worker first
  const orphans: Job<In>[] = [];
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
  /** The live worker with the shortest queue, while it has room. */
  const leastBusy = () => {
    let best: [Worker, Job<In>[]] | undefined;
    for (const entry of queues) if (entry[1].length < QUEUED_PER_WORKER && (!best || entry[1].length < best[1].length)) best = entry;
    return best;
  };
  // One pull at a time: the source is an iterator, and inputs must keep their order.
  const feed = async () => {
    if (pulling) return;
    pulling = true;
    try {
      for (let free = leastBusy(); free; free = leastBusy()) {
        let job = orphans.shift();
        if (!job) {
          if (sourceDone || next - taken >= options.maxAhead) break;
          const item = await source.next();
          if (item.done) {
            sourceDone = true;
            break;
          }
          job = { index: next++, input: item.value };
          free = leastBusy() ?? free; // a worker may have crashed meanwhile
          if (!queues.has(free[0])) {
            orphans.push(job);
            continue;
          }
        }
        free[1].push(job);
        free[0].postMessage(job.input);
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
    queues.set(worker, []);
    worker.on('message', (answer: Out) => {
      const job = queues.get(worker)?.shift();
      if (!job) return;
      answers.set(job.index, answer);
      notify();
      void feed();
    });
    worker.on('error', (error) => {
      const [failed, ...waiting] = queues.get(worker) ?? [];
      queues.delete(worker);
      if (failed) answers.set(failed.index, options.crashed(failed.input, error));
      orphans.push(...waiting);
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
      if (!queues.size) throw new Error('every worker thread has crashed');
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * A worker thread's side of the pool: answers each input with `answer`, one at a time and in the
 * order they came, however long each takes (the pool matches answers to inputs by that order).
 * An answer that throws ends the thread, which the pool reports as that input's crash.
 */
export function answerInOrder<In, Out>(answer: (input: In) => Out | Promise<Out>): void {
  let previous = Promise.resolve();
  parentPort!.on('message', (input: In) => {
    previous = previous.then(async () => parentPort!.postMessage(await answer(input)));
  });
}
