// A worker thread that folds chunks of the sorted spool for `citegraph ingest --bulk`: one
// message in (a chunk of whole symbol groups), one message out (its FoldAnswer), until the
// parent terminates it.
import { foldChunk, type FoldAnswer } from './fold-chunk.ts';
import { answerInOrder } from '../worker-pool.ts';

answerInOrder((chunk: string): FoldAnswer => {
  try {
    return foldChunk(chunk);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
});
