// npm run bench:fidelity [-- --baseline <commit>] [--quiet]
// The gained/lost benchmark: the extractor of the working tree and the extractor of a baseline
// commit (default: HEAD) over the whole development corpus (../shared/corpus or
// $CITEGRAPH_CORPUS), each through its own `citegraph extract`; per document, the citations
// (target, relation, paragraph) the working tree gains and loses, with totals. Every change to
// extraction is judged by it. A file the baseline cannot read (a format it did not know) counts
// its citations as gained.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../server/config.ts';
import { SHARED_CORPUS } from '../extract/corpus-path.ts';
import { shortCommit, withBaselineCheckout } from './baseline.ts';

const { values } = parseArgs({ options: { baseline: { type: 'string', default: 'HEAD' }, quiet: { type: 'boolean', default: false } } });
if (!fs.existsSync(SHARED_CORPUS)) throw new Error(`no corpus at ${SHARED_CORPUS} (set CITEGRAPH_CORPUS)`);
const baseline = shortCommit(values.baseline);

/** The documents and sentences of the corpus the extractor reads: every folder but the metadata. */
const inputs = fs
  .readdirSync(SHARED_CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !['metadata', 'sentences6', 'zh-en'].includes(e.name))
  .map((e) => path.join(SHARED_CORPUS, e.name));

type Key = string;
interface Extracted {
  /** file#symbol → the citation keys of that document. */
  documents: Map<string, Set<Key>>;
  /** files the extractor refused, with its reason. */
  refused: Map<string, string>;
}

/** Runs one checkout's `citegraph extract` over the inputs and collects its citations. */
async function extract(root: string): Promise<Extracted> {
  const out: Extracted = { documents: new Map(), refused: new Map() };
  const child = spawn(process.execPath, [path.join(root, 'server', 'bin', 'citegraph.mjs'), 'extract', ...inputs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout });
  const errors = createInterface({ input: child.stderr });
  errors.on('line', (line) => {
    const m = /^citegraph extract: (.+?): (.+)$/.exec(line);
    if (m) out.refused.set(path.relative(SHARED_CORPUS, m[1]!), m[2]!);
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { file: string; symbol: string | null; citations: { target: string; relation: string; paragraph: string | null }[] };
    const doc = `${path.relative(SHARED_CORPUS, record.file)}#${record.symbol ?? '?'}`;
    const keys = out.documents.get(doc) ?? new Set<Key>();
    for (const c of record.citations) keys.add(`${c.target} ${c.relation} ${c.paragraph ?? '-'}`);
    out.documents.set(doc, keys);
  }
  await new Promise((resolve) => child.on('close', resolve));
  return out;
}

await withBaselineCheckout(baseline, async (baselineRoot) => {
  const [before, after] = await Promise.all([extract(baselineRoot), extract(projectRoot)]);
  let gained = 0;
  let lost = 0;
  let kept = 0;
  const report: string[] = [];
  const docs = [...new Set([...before.documents.keys(), ...after.documents.keys()])].sort();
  for (const doc of docs) {
    const b = before.documents.get(doc) ?? new Set<Key>();
    const a = after.documents.get(doc) ?? new Set<Key>();
    const plus = [...a].filter((k) => !b.has(k)).sort();
    const minus = [...b].filter((k) => !a.has(k)).sort();
    kept += [...a].filter((k) => b.has(k)).length;
    gained += plus.length;
    lost += minus.length;
    if (plus.length || minus.length) {
      report.push(`${doc}: +${plus.length} −${minus.length}`);
      for (const k of minus) report.push(`    − ${k}`);
      for (const k of plus) report.push(`    + ${k}`);
    }
  }
  const newlyRead = [...before.refused.keys()].filter((f) => !after.refused.has(f)).length;
  const newlyRefused = [...after.refused.keys()].filter((f) => !before.refused.has(f));
  if (!values.quiet) report.forEach((line) => console.log(line));
  console.log(`\nbench:fidelity — working tree vs ${baseline} over ${SHARED_CORPUS}`);
  console.log(`documents: ${after.documents.size} (baseline ${before.documents.size}); citations kept ${kept}, gained ${gained}, lost ${lost}`);
  console.log(`files the baseline refused and the working tree reads: ${newlyRead}; files the working tree refuses that the baseline read: ${newlyRefused.length}${newlyRefused.length ? ` (${newlyRefused.slice(0, 5).join(', ')})` : ''}`);
});
