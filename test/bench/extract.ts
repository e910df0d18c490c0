// Benchmark: the whole extractor over ../shared/corpus (or $CITEGRAPH_CORPUS),
// repeated until at least 50 MB have gone through, on one core. Prints MB/s,
// documents/s and citations/s. A figure, not a test: target ≥ 5 MB/s.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, extractFragment } from '../../ingest/index.ts';

const corpus = process.env.CITEGRAPH_CORPUS ?? resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus');
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1024 * 1024;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : /\.(txt|md)$/.test(n) ? [p] : [];
    });
}

const docs = walk(corpus).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
const fragments = readFileSync(join(corpus, 'zh-en', 'sentences.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .flatMap((l) => {
    const r = JSON.parse(l) as { id: string; zh: string; en: string };
    return [{ id: r.id, text: r.zh }, { id: r.id, text: r.en }];
  });
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
const docBytes = docs.reduce((n, d) => n + bytesOf(d.text), 0);
const fragBytes = fragments.reduce((n, f) => n + bytesOf(f.text), 0);
const passBytes = docBytes + fragBytes;
if (!docs.length) throw new Error(`no documents under ${corpus}`);

// warm up (regex compilation, JIT)
for (const d of docs) extractDocument(d.text, { file: d.file });

let bytes = 0;
let documents = 0;
let citations = 0;
let passes = 0;
const t0 = process.hrtime.bigint();
while (bytes < TARGET_BYTES) {
  for (const d of docs) {
    citations += extractDocument(d.text, { file: d.file }).citations.length;
    documents++;
  }
  for (const f of fragments) {
    citations += extractFragment(f).citations.length;
    documents++;
  }
  bytes += passBytes;
  passes++;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = bytes / (1024 * 1024);
console.log(`corpus: ${corpus} (${docs.length} documents + ${fragments.length} fragments, ${(passBytes / 1024).toFixed(0)} KiB per pass)`);
console.log(`processed ${mb.toFixed(1)} MB in ${passes} passes, ${seconds.toFixed(2)} s, one core`);
console.log(`${(mb / seconds).toFixed(2)} MB/s  ${(documents / seconds).toFixed(0)} documents/s  ${(citations / seconds).toFixed(0)} citations/s`);
