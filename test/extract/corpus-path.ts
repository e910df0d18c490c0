// Where the development corpus is: ../shared/corpus beside the repository, or $CITEGRAPH_CORPUS.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const CORPUS = process.env.CITEGRAPH_CORPUS ?? resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus');
export const corpusFile = (...parts: string[]) => resolve(CORPUS, ...parts);
