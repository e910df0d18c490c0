// A worker thread of `citegraph extract`: a file in, its whole output (or why it failed) out.
// The JSON is made here, so the main thread only writes.
import { workerData } from 'node:worker_threads';
import { extractFile, type FileOptions } from './extract-command.ts';
import { answerInOrder } from './worker-pool.ts';

const options = workerData as FileOptions;
answerInOrder((file: string) => extractFile(file, options));
