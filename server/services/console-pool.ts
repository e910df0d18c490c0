// Console queries on worker threads, under a deadline kept by the server's own thread.
// Neo4j's transaction timeout is checked between rows, and the driver decodes a record
// synchronously, so neither can stop a query busy in one operator or a huge record being
// read; a timer here always can: past the deadline the request is answered 504, the worker
// is terminated (its connection closes, which ends the transaction in Neo4j), the
// transaction is also ended by its tag, and a new worker takes the old one's place.
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ConsoleLimits } from '../config.ts';
import { workerEntry } from '../../ingest/paths.ts';
import type { Connection } from '../db/driver.ts';
import { AppError, QueryTimeoutError } from '../errors.ts';
import type { ConsoleResponse } from '../wire.ts';

export interface ConsoleWorkerData {
  connection: Connection;
}

export interface ConsoleJob {
  query: string;
  params: Record<string, unknown>;
  limits: ConsoleLimits;
  /** Put in the transaction's metadata, so the deadline can find the transaction in Neo4j and end it. */
  tag: string;
}

export type ConsoleOutcome =
  | { ok: true; response: ConsoleResponse }
  | { ok: false; error: { code: string; message: string; status: number; details?: unknown } };

interface Waiting {
  job: ConsoleJob;
  /** A worker has taken the job: its time limit starts. */
  started: () => void;
  resolve: (response: ConsoleResponse) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  current?: Waiting;
}

/** How long a query may wait for a free worker before the answer is 503 (busy). */
const QUEUE_WAIT_MS = 30_000;

/** A worker's heap: an answer that would need more is refused (422), not the server's memory. */
const WORKER_HEAP_MB = 512;

export class ConsolePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private closed = false;

  constructor(
    private readonly connection: Connection,
    private readonly size: number,
    /** Ends a transaction that outlived its worker (by its tag), from the server's own driver. */
    private readonly endTransaction: (tag: string) => Promise<void>,
  ) {}

  /**
   * Runs a query on the next free worker. Its time limit counts from when a worker takes it up
   * (past it: 504, whatever the query does); a query that waits longer than QUEUE_WAIT_MS for a
   * worker is answered 503 (busy) without running. `signal` aborting ends it wherever it is.
   */
  run(query: string, params: Record<string, unknown>, limits: ConsoleLimits, signal?: AbortSignal): Promise<ConsoleResponse> {
    if (this.closed) return Promise.reject(new AppError('console_closed', 'the console is shutting down', 503));
    return new Promise<ConsoleResponse>((resolve, reject) => {
      const job: ConsoleJob = { query, params, limits, tag: randomUUID() };
      let timer: NodeJS.Timeout | undefined;
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      };
      const stop = (error: AppError) => {
        settle();
        const queued = this.queue.indexOf(waiting);
        if (queued >= 0) this.queue.splice(queued, 1);
        const slot = this.slots.find((s) => s.current === waiting);
        if (slot) this.replace(slot, job.tag);
        reject(error);
      };
      const cancel = () => stop(new AppError('cancelled', 'the request was cancelled', 499));
      signal?.addEventListener('abort', cancel, { once: true });
      const waiting: Waiting = {
        job,
        started: () => {
          clearTimeout(timer);
          timer = setTimeout(
            () => stop(new QueryTimeoutError(`the query ran longer than the console's time limit (${limits.timeoutMs} ms) and was stopped`, { timeoutMs: limits.timeoutMs })),
            limits.timeoutMs,
          );
        },
        resolve: (response) => {
          settle();
          resolve(response);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      timer = setTimeout(
        () => stop(new AppError('console_busy', `every console worker was busy for ${QUEUE_WAIT_MS / 1000} s; try again in a moment`, 503, { retryAfterSeconds: 5 })),
        QUEUE_WAIT_MS,
      );
      this.queue.push(waiting);
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry('console-worker', import.meta.url), {
      workerData: { connection: this.connection } satisfies ConsoleWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    const slot: Slot = { worker };
    worker.on('message', (outcome: ConsoleOutcome) => {
      const waiting = slot.current;
      slot.current = undefined;
      if (waiting) {
        if (outcome.ok) waiting.resolve(outcome.response);
        else waiting.reject(new AppError(outcome.error.code, outcome.error.message, outcome.error.status, outcome.error.details));
      }
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const waiting = slot.current;
      slot.current = undefined;
      waiting?.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('memory_limit', `the answer needed more than the ${WORKER_HEAP_MB} MB the console gives one query; return less`, 422)
          : new AppError('internal', `the console worker failed: ${error.message}`, 500),
      );
      if (waiting) void this.endTransaction(waiting.job.tag);
      this.replace(slot);
    });
    return slot;
  }

  /** A worker busy past its deadline (or dead) is terminated and a new one takes its place. */
  private replace(slot: Slot, tag?: string): void {
    slot.current = undefined;
    void slot.worker.terminate();
    if (tag) void this.endTransaction(tag);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.current);
      if (!slot && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      if (!slot) return;
      const waiting = this.queue.shift()!;
      slot.current = waiting;
      waiting.started();
      slot.worker.postMessage(waiting.job);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0)) waiting.reject(new AppError('console_closed', 'the console is shutting down', 503));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }
}
