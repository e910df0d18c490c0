// npm run bench:extract [-- --baseline <commit>] [-- --only in-process|command] [-- --runs 3 --starts 11]
// First, the whole extractor over ../shared/corpus (or $CITEGRAPH_CORPUS), in process, on one core,
// repeated until at least 50 MB ($BENCH_MB) have gone through; prints MB/s, documents/s and
// citations/s. A figure, not a test.
// With --baseline, the extractor of that commit runs too, pass for pass in turn with the working
// tree's in the same process: on a machine whose speed drifts by a fifth from minute to minute,
// only passes run side by side compare (the ratio of their medians is the figure to read).
// Then the command as a user runs it, whole-process, on every core (extract-cli.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { shortCommit, withBaselineCheckout } from './baseline.ts';
import { benchCommand } from './extract-cli.ts';
import { setV8Flags } from '../../server/bin/v8-flags.mjs';

// as the citegraph command runs the extractor
setV8Flags('extract');

type Extractor = typeof import('../../ingest/index.ts');

const { values } = parseArgs({
  options: { baseline: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '3' }, starts: { type: 'string', default: '11' } },
});
const inProcess = values.only !== 'command';
const command = values.only !== 'in-process';
const projectRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const corpus = process.env.CITEGRAPH_CORPUS ?? resolve(projectRoot, '../shared/corpus');
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * 1024 * 1024;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : /\.(txt|md)$/.test(n) ? [p] : [];
    });
}

const docs = (inProcess ? walk(corpus) : []).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
const fragments = (inProcess ? readFileSync(join(corpus, 'zh-en', 'sentences.jsonl'), 'utf8') : '')
  .trim()
  .split('\n')
  .filter(Boolean)
  .flatMap((l) => {
    const r = JSON.parse(l) as { id: string; zh: string; en: string };
    return [{ id: r.id, text: r.zh }, { id: r.id, text: r.en }];
  });
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
const passBytes = [...docs, ...fragments].reduce((n, d) => n + bytesOf(d.text), 0);
const passMB = passBytes / (1024 * 1024);
if (inProcess && !docs.length) throw new Error(`no documents under ${corpus}`);

/** One pass over the corpus: seconds taken and citations found. */
function pass(extractor: Extractor): { seconds: number; citations: number } {
  let citations = 0;
  const t0 = process.hrtime.bigint();
  for (const d of docs) citations += extractor.extractDocument(d.text, { file: d.file }).citations.length;
  for (const f of fragments) citations += extractor.extractFragment(f).citations.length;
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, citations };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const passes = inProcess ? Math.ceil(TARGET_BYTES / passBytes) : 0;
const workingTree = (await import('../../ingest/index.ts')) as Extractor;
console.log(`corpus: ${corpus} (${docs.length} documents + ${fragments.length} fragments, ${(passBytes / 1024).toFixed(0)} KiB per pass)`);

if (!inProcess) {
  // the command alone
} else if (!values.baseline) {
  pass(workingTree); // warm up: regex compilation, JIT
  let seconds = 0;
  let citations = 0;
  for (let i = 0; i < passes; i++) {
    const p = pass(workingTree);
    seconds += p.seconds;
    citations += p.citations;
  }
  const documents = passes * (docs.length + fragments.length);
  console.log(`processed ${(passes * passMB).toFixed(1)} MB in ${passes} passes, ${seconds.toFixed(2)} s, one core`);
  console.log(`${((passes * passMB) / seconds).toFixed(2)} MB/s  ${(documents / seconds).toFixed(0)} documents/s  ${(citations / seconds).toFixed(0)} citations/s`);
} else {
  const commit = shortCommit(values.baseline);
  await withBaselineCheckout(commit, async (root) => {
    const baseline = (await import(join(root, 'ingest/index.ts'))) as Extractor;
    for (const e of [baseline, workingTree, baseline, workingTree]) pass(e);
    const times = { baseline: [] as number[], workingTree: [] as number[] };
    for (let i = 0; i < passes; i++) {
      times.baseline.push(pass(baseline).seconds);
      times.workingTree.push(pass(workingTree).seconds);
    }
    const [b, w] = [median(times.baseline), median(times.workingTree)];
    console.log(`${passes} passes each, in turn, one core`);
    console.log(`baseline ${commit}: ${(passMB / b).toFixed(2)} MB/s (median pass ${(b * 1000).toFixed(0)} ms)`);
    console.log(`working tree: ${(passMB / w).toFixed(2)} MB/s (median pass ${(w * 1000).toFixed(0)} ms)`);
    console.log(`working tree / baseline speed: ${(b / w).toFixed(3)}`);
  });
}
if (command) await benchCommand({ baseline: values.baseline, runs: Number(values.runs), starts: Number(values.starts) });
