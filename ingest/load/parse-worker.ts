// A worker thread that parses files for `citegraph ingest`: one message in (a file),
// one message out (its ParseOutcome, or for a bulk load its SpoolOutcome), until the parent
// terminates it.
import { workerData } from 'node:worker_threads';
import { parseForIngest, spoolForIngest, type ParseOutcome, type SpoolOutcome } from './parse.ts';
import { answerInOrder } from '../worker-pool.ts';
import type { Language } from '../models.ts';

const { lang, spool } = (workerData as { lang?: Language; spool?: boolean } | undefined) ?? {};
answerInOrder((file: string): Promise<ParseOutcome | SpoolOutcome> => (spool ? spoolForIngest(file, lang) : parseForIngest(file, lang)));
