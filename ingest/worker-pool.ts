// Work spread over worker threads with the answers kept in input order: the inputs are pulled
// lazily (a directory walk can stream into it) and only `maxAhead` of them are ever in flight or
// waiting to be taken, so memory stays flat however long the input runs.
import { Worker } from 'node:worker_threads';

export interface PoolOptions<In, Out> {
  /** The worker's entry module (see workerEntry): one message in, one message out per input. */
  entry: URL;
  workerData?: unknown;
  workers: number;
  /** How far the workers may run ahead of the consumer, in inputs. */
  maxAhead: number;
  /** The answer for an input whose worker died on it: a crash costs that input only. */
  crashed(input: In, error: Error): Out;
}

/** Yields the workers' answers for `inputs`, in the order of `inputs`. */
export async function* inOrderOnWorkers<In, Out>(inputs: AsyncIterable<In> | Iterable<In>, options: PoolOptions<In, Out>): AsyncGenerator<Out> {
  const source = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (async function* () { yield* inputs; })();
  const answers = new Map<number, Out>();
  const busy = new Map<Worker, { index: number; input: In }>();
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
  const idle: Worker[] = [];
  // One pull at a time: the source is an iterator, and inputs must keep their order.
  const feed = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (idle.length && !sourceDone && next - taken < options.maxAhead) {
        const item = await source.next();
        if (item.done) {
          sourceDone = true;
          break;
        }
        const worker = idle.pop()!;
        busy.set(worker, { index: next++, input: item.value });
        worker.postMessage(item.value);
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
    worker.on('message', (answer: Out) => {
      const job = busy.get(worker);
      if (!job) return;
      answers.set(job.index, answer);
      busy.delete(worker);
      idle.push(worker);
      notify();
      void feed();
    });
    worker.on('error', (error) => {
      const job = busy.get(worker);
      if (job) answers.set(job.index, options.crashed(job.input, error));
      busy.delete(worker);
      notify();
    });
    idle.push(worker);
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
      if (!busy.size && !idle.length) throw new Error('every worker thread has crashed');
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
