// bench:scale's worker thread: one file of pre-generated records in, its SpooledFile out.
import { answerInOrder } from '../../ingest/worker-pool.ts';
import { spoolRecordFile } from './scale-records.ts';

answerInOrder((file: string) => spoolRecordFile(file));
