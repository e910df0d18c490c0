// Format agreement over ../shared/corpus (or $CITEGRAPH_CORPUS): the same resolutions read
// from different forms must give the same citations.
//   1. PDF vs the UN's own text extraction beside it (pdf/ga/*.json, PyMuPDF text): the
//      (target, relation) pairs of each document from each form; agreement = shared pairs /
//      all pairs; every disagreement printed. Target: at least 98 %.
//   2. AKN footnotes vs their markup: every document linked from an <authorialNote marker="n">
//      (<a href="https://undocs.org/…/SYMBOL">) must be what the extraction bound to footnote n
//      (a citation via footnote n, or the volume of a publication fact from footnote n), and
//      nothing else may be bound to footnote n. Prints the bound and the unbound, with reasons.
// A figure and a list, not a test. Run: npm run bench:formats [-- --quiet]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, extractFile, type ExtractRecord } from '../../ingest/index.ts';
import { documentKey, links, markupNotes, withoutPart, writtenIn, type Note } from '../support/akn-markup.ts';
import { SHARED_CORPUS as CORPUS } from '../extract/corpus-path.ts';

const quiet = process.argv.includes('--quiet');
const say = (s: string) => quiet || console.log(s);

const pairs = (r: ExtractRecord) => new Set(r.citations.map((c) => `${c.target} ${c.relation}`));

// ---------------------------------------------------------------- 1. PDF vs the UN's text
const pdfDir = join(CORPUS, 'pdf', 'ga');
if (!existsSync(pdfDir)) throw new Error(`no corpus at ${pdfDir} (set CITEGRAPH_CORPUS)`);
let shared = 0;
let union = 0;
let documents = 0;
const lines: string[] = [];
for (const name of readdirSync(pdfDir).filter((n) => n.endsWith('.json')).sort()) {
  const pdf = join(pdfDir, name.replace(/\.json$/, '.pdf'));
  if (!existsSync(pdf)) continue;
  const un = JSON.parse(readFileSync(join(pdfDir, name), 'utf8')) as { text: string };
  const textRecord = extractDocument(un.text, { file: join(pdfDir, name) });
  const pdfRecord = (await extractFile(pdf))[0]!;
  const fromText = pairs(textRecord);
  const fromPdf = pairs(pdfRecord);
  const both = [...fromPdf].filter((p) => fromText.has(p));
  const all = new Set([...fromPdf, ...fromText]);
  shared += both.length;
  union += all.size;
  documents++;
  /** How a record found a target: "via footnote 4 in PP16", or "not found". */
  const how = (r: ExtractRecord, pair: string) => {
    const target = pair.slice(0, pair.lastIndexOf(' '));
    const c = r.citations.find((x) => `${x.target} ${x.relation}` === pair) ?? r.citations.find((x) => x.target === target);
    return c ? `${c.relation} via ${c.via}${c.footnote ? ` ${c.footnote}` : ''} in ${c.paragraph ?? 'no paragraph'}` : 'not found';
  };
  const onlyPdf = [...fromPdf].filter((p) => !fromText.has(p));
  const onlyText = [...fromText].filter((p) => !fromPdf.has(p));
  if (onlyPdf.length || onlyText.length) {
    lines.push(`  ${name.replace(/\.json$/, '')}: ${both.length}/${all.size}`);
    for (const p of onlyPdf) lines.push(`    only from the PDF:      ${p.padEnd(36)} PDF: ${how(pdfRecord, p)}; UN text: ${how(textRecord, p)}`);
    for (const p of onlyText) lines.push(`    only from the UN text:  ${p.padEnd(36)} PDF: ${how(pdfRecord, p)}; UN text: ${how(textRecord, p)}`);
  }
}
console.log(`PDF vs the UN's text extraction: ${documents} resolutions, ${shared} of ${union} (target, relation) pairs agree: ${((100 * shared) / Math.max(1, union)).toFixed(2)} % (target ≥ 98 %)`);
lines.forEach(say);

// ---------------------------------------------------------------- 2. AKN footnotes vs markup
const aknDir = join(CORPUS, 'akn');
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.xml') ? [join(dir, e.name)] : []));
}

let linked = 0;
let found = 0;
let boundUnlinked = 0;
let wronglyBound = 0;
const missed: string[] = [];
const unlinked: string[] = [];
const wrong: string[] = [];
const aknFiles = walk(aknDir);
for (const file of aknFiles) {
  const records: ExtractRecord[] = await extractFile(file);
  const markup = markupNotes(readFileSync(file, 'utf8'));
  records.forEach((record, i) => {
    const notes = markup[i] ?? new Map<string, Note>();
    const bound = new Map<string, Set<string>>();
    const add = (n: number | null, s: string) => n !== null && (bound.get(String(n)) ?? bound.set(String(n), new Set()).get(String(n))!).add(s);
    for (const c of record.citations) if (c.via === 'footnote' && c.targetKind === 'document') add(c.footnote, c.target);
    for (const p of record.publications) add(p.footnote, p.publishedIn);
    // a note that says where a resolution is published ("…, chap. III, resolution 42/12") names that resolution too
    const published = new Map<string, Set<string>>();
    for (const p of record.publications) (published.get(String(p.footnote)) ?? published.set(String(p.footnote), new Set()).get(String(p.footnote))!).add(p.document);
    for (const [n, note] of notes) {
      linked += note.links.size;
      const got = new Set([...(bound.get(n) ?? []), ...(published.get(n) ?? [])].flatMap((s) => [documentKey(s), documentKey(withoutPart(s))]));
      for (const s of note.links) {
        if (got.has(documentKey(s))) found++;
        else missed.push(`  ${record.symbol} footnote ${n}: not bound: ${s} — "${note.text.replace(/\s+/g, ' ').trim().slice(0, 140)}"`);
      }
    }
    for (const [n, got] of bound) {
      const note = notes.get(n) ?? { links: new Set<string>(), text: '', alsoNames: new Set<string>(), alsoText: '' };
      for (const s of got) {
        if (links(note, s)) continue;
        if (writtenIn(s, `${note.text} ${note.alsoText}`)) {
          boundUnlinked++;
          unlinked.push(`  ${record.symbol} footnote ${n}: ${s} (written in the note, not linked by the markup)`);
        } else {
          wronglyBound++;
          wrong.push(`  ${record.symbol} footnote ${n}: bound but not in the note: ${s}`);
        }
      }
    }
  });
}
console.log(
  `AKN footnotes vs markup: ${aknFiles.length} files; of ${linked} documents linked from footnotes, ${found} are bound to their footnote (${((100 * found) / Math.max(1, linked)).toFixed(2)} %); ` +
    `${boundUnlinked} more are bound that the note names without a link; ${wronglyBound} bound to a footnote that does not name them (target 0)`,
);
if (wrong.length) say('Bound to a footnote that does not name them:');
wrong.forEach(say);
say('Linked but not bound (missed citations and publication facts):');
missed.forEach(say);
say('Written in the note but not linked by the markup (bound, correctly):');
unlinked.slice(0, quiet ? 0 : 40).forEach(say);
