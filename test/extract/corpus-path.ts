// Where the tests' real documents are: test/fixtures/corpus, a small copy of the development
// corpus (../shared/corpus) in the same layout, so that `npm test` needs nothing beside the
// project. The whole corpus is checked by `npm run check:corpus` (test/corpus/check.ts).
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const CORPUS = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
export const corpusFile = (...parts: string[]) => resolve(CORPUS, ...parts);

/** The whole development corpus, beside the project on developers' machines and in CI (or $CITEGRAPH_CORPUS). */
export const SHARED_CORPUS = process.env.CITEGRAPH_CORPUS ?? resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus');
