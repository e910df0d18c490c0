// A worker thread of `citegraph extract`: a file in, its whole output (or why it failed) out.
// The JSON is made here, so the main thread only writes.
import { workerData } from 'node:worker_threads';
import { extractFile, type FileOptions, type FileOutcome } from './extract-command.ts';
import { answerInOrder } from './worker-pool.ts';
import { prepareEveryLanguage } from './languages/index.ts';

const options = workerData as FileOptions;
prepareEveryLanguage(); // before the first file: see why there
const utf8 = new TextEncoder();
// The output crosses as UTF-8 bytes, moved and not copied, and the main thread writes them as they
// are: as a string it was copied twice on the way and encoded by the main thread.
answerInOrder(
  async (file: string): Promise<FileOutcome<Uint8Array>> => {
    const outcome = await extractFile(file, options);
    return outcome.ok ? { ...outcome, out: utf8.encode(outcome.out) } : outcome;
  },
  (outcome) => (outcome.ok ? [outcome.out.buffer as ArrayBuffer] : []),
);
