// bench:scale's worker thread: one file of pre-generated records in, its SpooledFile out.
import { parentPort } from 'node:worker_threads';
import { spoolRecordFile } from './scale-records.ts';

parentPort!.on('message', (file: string) => parentPort!.postMessage(spoolRecordFile(file)));
