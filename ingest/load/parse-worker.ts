// A worker thread that parses files for `citegraph ingest`: one message in (a file),
// one message out (its ParseOutcome), until the parent terminates it.
import { parentPort, workerData } from 'node:worker_threads';
import { parseForIngest } from './parse.ts';
import type { Language } from '../models.ts';

const lang = (workerData as { lang?: Language } | undefined)?.lang;
parentPort!.on('message', async (file: string) => {
  parentPort!.postMessage(await parseForIngest(file, lang));
});
