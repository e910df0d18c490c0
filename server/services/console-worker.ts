// A console worker thread: its own driver, one query at a time (a message in, an answer
// out). The console runs here, not in the server's thread, because the driver decodes a
// record synchronously: a five-million-item list blocks a thread for half a minute, and
// only a thread of its own can be stopped in the middle of that (console-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { Repository } from '../repository.ts';
import { runConsole } from './console.ts';
import type { ConsoleJob, ConsoleOutcome, ConsoleWorkerData } from './console-pool.ts';

const { connection } = workerData as ConsoleWorkerData;
const repository = new Repository(connection);

parentPort!.on('message', async (job: ConsoleJob) => {
  let outcome: ConsoleOutcome;
  try {
    outcome = { ok: true, response: await runConsole(repository, job.query, job.params, { ...job.limits, tag: job.tag }) };
  } catch (error) {
    outcome =
      error instanceof AppError
        ? { ok: false, error: { code: error.code, message: error.message, status: error.status, details: error.details } }
        : { ok: false, error: { code: 'internal', message: `the console failed: ${(error as Error).message}`, status: 500 } };
  }
  parentPort!.postMessage(outcome);
});
