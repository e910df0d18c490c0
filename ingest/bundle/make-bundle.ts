// Makes the bundled corpus that `npm start` ingests into an empty graph, from the development
// corpus (../shared/corpus): the UN's Akoma Ntoso XML (akn/, all of it but the one French file,
// which waits for French support) as one Brotli-compressed tar, and the UN Digital Library
// voting records, Brotli-compressed. What is bundled, and where it comes from: README.md here.
// Run by hand: `npx tsx ingest/bundle/make-bundle.ts` (takes minutes: the best Brotli setting).
import { createReadStream, createWriteStream, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { constants, createBrotliCompress } from 'node:zlib';
import * as tar from 'tar';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = process.env.CITEGRAPH_CORPUS ?? join(here, '../../../shared/corpus');
const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** French (…_F.xml) waits for the six-languages issue; everything else goes in. */
const files = walk(join(corpus, 'akn'))
  .filter((f) => f.endsWith('.xml') && !/_F\.xml$/.test(f))
  .map((f) => relative(corpus, f));
await pipeline(tar.c({ cwd: corpus, portable: true, noMtime: true }, files), createBrotliCompress(brotli), createWriteStream(join(here, 'un-akn.tar.br')));
await pipeline(createReadStream(join(corpus, 'metadata', 'un-voting-records.csv')), createBrotliCompress(brotli), createWriteStream(join(here, 'un-voting-records.csv.br')));
console.log(`bundled ${files.length} AKN files and the voting records into ${here}`);
