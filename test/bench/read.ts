// npm run bench:read [-- --runs N]
// Reading speed per format over ../shared/corpus (or $CITEGRAPH_CORPUS), on one core (the
// main thread): PDF pages/s and AKN XML MB/s for the reader alone (bytes → rendered text) and
// with extraction (→ records). Figures, not a test. Targets: PDF ≥ 20 pages/s per core; AKN
// ≥ 10 MB/s. (`npm run bench:ingest` ingests the whole akn/ folder end to end.)
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractSource, readSourceBytes } from '../../ingest/index.ts';
import { SHARED_CORPUS } from '../extract/corpus-path.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:read on ${machine}, corpus ${SHARED_CORPUS}, median of ${runs} runs\n`);

const pdfs = walk(join(SHARED_CORPUS, 'pdf'), '.pdf').map((f) => ({ file: f, bytes: readFileSync(f) }));
const akns = walk(join(SHARED_CORPUS, 'akn'), '.xml').map((f) => ({ file: f, bytes: readFileSync(f) }));
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
let pages = 0;
for (const p of pdfs) {
  const doc = await getDocument({ data: new Uint8Array(p.bytes), verbosity: 0 }).promise;
  pages += doc.numPages;
  await doc.destroy();
}
const aknBytes = akns.reduce((n, a) => n + a.bytes.length, 0);

/** Seconds for one pass over the files, reading only or reading and extracting. */
async function pass(files: { file: string; bytes: Buffer }[], extract: boolean): Promise<{ seconds: number; documents: number; citations: number }> {
  let documents = 0;
  let citations = 0;
  const started = performance.now();
  for (const f of files) {
    try {
      const sources = await readSourceBytes(f.bytes, f.file);
      documents += sources.length;
      if (extract) for (const s of sources) citations += extractSource(s).citations.length;
    } catch {
      // the French file: refused, as it should be
    }
  }
  return { seconds: (performance.now() - started) / 1000, documents, citations };
}

async function median(files: { file: string; bytes: Buffer }[], extract: boolean) {
  await pass(files, extract); // warm-up: JIT, pdf.js's own start-up
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await pass(files, extract));
  return all.sort((a, b) => a.seconds - b.seconds)[Math.floor(all.length / 2)]!;
}

const rows: string[] = [];
for (const extract of [false, true]) {
  const p = await median(pdfs, extract);
  rows.push(`| PDF | ${extract ? 'read + extract' : 'read'} | ${pdfs.length} files, ${pages} pages, ${(pdfs.reduce((n, f) => n + f.bytes.length, 0) / 1e6).toFixed(1)} MB | ${p.seconds.toFixed(2)} | **${(pages / p.seconds).toFixed(1)} pages/s** | ${(p.documents / p.seconds).toFixed(1)} documents/s |`);
  const a = await median(akns, extract);
  rows.push(`| AKN XML | ${extract ? 'read + extract' : 'read'} | ${akns.length} files, ${(aknBytes / 1e6).toFixed(1)} MB | ${a.seconds.toFixed(2)} | **${(aknBytes / 1e6 / a.seconds).toFixed(1)} MB/s** | ${(a.documents / a.seconds).toFixed(0)} documents/s |`);
}
console.log('One core (the main thread), targets: PDF ≥ 20 pages/s, AKN ≥ 10 MB/s');
console.log('| format | stage | input | s | speed | documents |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);

