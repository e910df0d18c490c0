// A worker thread that parses files for `citegraph ingest`: one message in (a file),
// one message out (its ParseOutcome, or for a bulk load its SpoolOutcome), until the parent
// terminates it.
import { parentPort, workerData } from 'node:worker_threads';
import { parseForIngest, spoolForIngest } from './parse.ts';
import type { Language } from '../models.ts';

const { lang, spool } = (workerData as { lang?: Language; spool?: boolean } | undefined) ?? {};
parentPort!.on('message', async (file: string) => {
  parentPort!.postMessage(spool ? await spoolForIngest(file, lang) : await parseForIngest(file, lang));
});
