// The whole development corpus (../shared/corpus, or $CITEGRAPH_CORPUS) through extraction:
// every file of every format, and every sentence of the JSON Lines files as a fragment. A file
// may be refused only for a reason listed in EXPECTED_REFUSALS (it is truly unusable, or its
// language is not supported yet); anything else — an internal error, a record that breaks the
// contract, an unexpected refusal — is printed and makes the exit code 1.
// Run: npm run check:corpus (.ci/run runs it when ../shared is there).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOCUMENT_EXTENSIONS, ExtractError, extractFragment, extractSource, readSource, type FragmentInput } from '../../ingest/index.ts';
import { SHARED_CORPUS } from '../extract/corpus-path.ts';
import { recordProblems } from '../support/record-checks.ts';

/** Refusals that are right: the file or sentence cannot be used (yet), and says so. */
const EXPECTED_REFUSALS: { file: RegExp; reason: RegExp }[] = [
];

if (!existsSync(SHARED_CORPUS)) {
  console.log(`check:corpus: no corpus at ${SHARED_CORPUS}; nothing to check (set CITEGRAPH_CORPUS)`);
  process.exit(0);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

interface Tally {
  files: number;
  documents: number;
  citations: number;
}
const byFormat = new Map<string, Tally>();
const refusals = new Map<string, number>();
const failures: string[] = [];
const tally = (format: string) => byFormat.get(format) ?? byFormat.set(format, { files: 0, documents: 0, citations: 0 }).get(format)!;

function refused(where: string, reason: string): void {
  if (EXPECTED_REFUSALS.some((r) => r.file.test(where) && r.reason.test(reason))) refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
  else failures.push(`${where}: refused: ${reason}`);
}

const started = performance.now();
const files = walk(SHARED_CORPUS);
for (const file of files.filter((f) => DOCUMENT_EXTENSIONS.some((x) => f.endsWith(x)))) {
  const name = relative(SHARED_CORPUS, file);
  try {
    const sources = await readSource(file);
    const t = tally(sources[0]!.format);
    t.files++;
    for (const source of sources) {
      const record = extractSource(source);
      t.documents++;
      t.citations += record.citations.length;
      for (const p of recordProblems(file, source.text, record)) failures.push(`${name}: ${record.symbol}: ${p}`);
    }
  } catch (error) {
    if (error instanceof ExtractError) refused(name, error.message);
    else failures.push(`${name}: CRASH: ${(error as Error).stack ?? error}`);
  }
}

// Sentence files: every side of every line as a fragment.
for (const file of files.filter((f) => f.endsWith('.jsonl'))) {
  const name = relative(SHARED_CORPUS, file);
  const t = tally('fragment');
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as Record<string, string>;
      for (const lang of ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const) {
        if (typeof row[lang] !== 'string') continue;
        const where = `${name}:${i + 1}:${lang}`;
        try {
          const out = extractFragment({ id: where, text: row[lang]!, lang } as FragmentInput);
          t.documents++;
          t.citations += out.citations.length;
          for (const c of out.citations) if (!(c.span[0] >= 0 && c.span[1] <= row[lang]!.length && c.span[1] > c.span[0])) failures.push(`${where}: span ${c.span} outside the text`);
        } catch (error) {
          if (error instanceof ExtractError) refused(where, error.message);
          else failures.push(`${where}: CRASH: ${(error as Error).stack ?? error}`);
        }
      }
      t.files = 1;
    });
}

console.log(`check:corpus over ${SHARED_CORPUS} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log('| format | files | documents | citations |');
console.log('|---|---|---|---|');
for (const [format, t] of [...byFormat].sort()) console.log(`| ${format} | ${t.files} | ${t.documents} | ${t.citations} |`);
for (const [reason, n] of refusals) console.log(`refused as expected (${n}): ${reason}`);
if (failures.length) {
  console.log(`\n${failures.length} problem(s):`);
  for (const f of failures) console.log(`  ${f}`);
  process.exit(1);
}
console.log('no crash, no broken record, no unexpected refusal');
