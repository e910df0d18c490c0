// A worker thread that folds chunks of the sorted spool for `citegraph ingest --bulk`: one
// message in (a chunk of whole symbol groups), one message out (its FoldAnswer), until the
// parent terminates it.
import { parentPort } from 'node:worker_threads';
import { foldChunk, type FoldAnswer } from './fold-chunk.ts';

parentPort!.on('message', (chunk: string) => {
  let answer: FoldAnswer;
  try {
    answer = foldChunk(chunk);
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
