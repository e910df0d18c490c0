// A worker thread of `citegraph extract`: a file in, its whole output (or why it failed) out.
// The JSON is made here, so the main thread only writes.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type FileOptions } from './extract-command.ts';

const options = workerData as FileOptions;
parentPort!.on('message', async (file: string) => {
  parentPort!.postMessage(await extractFile(file, options));
});
