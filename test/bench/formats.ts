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
import { SaxesParser } from 'saxes';
import { extractDocument, extractFile, normalizeDocumentSymbol, type ExtractRecord } from '../../ingest/index.ts';
import { CORPUS } from '../extract/corpus-path.ts';

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
  const fromText = pairs(extractDocument(un.text, { file: join(pdfDir, name) }));
  const fromPdf = pairs((await extractFile(pdf))[0]!);
  const both = [...fromPdf].filter((p) => fromText.has(p));
  const all = new Set([...fromPdf, ...fromText]);
  shared += both.length;
  union += all.size;
  documents++;
  const onlyPdf = [...fromPdf].filter((p) => !fromText.has(p));
  const onlyText = [...fromText].filter((p) => !fromPdf.has(p));
  if (onlyPdf.length || onlyText.length) {
    lines.push(`  ${name.replace(/\.json$/, '')}: ${both.length}/${all.size}`);
    for (const p of onlyPdf) lines.push(`    only from the PDF:      ${p}`);
    for (const p of onlyText) lines.push(`    only from the UN text:  ${p}`);
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

interface Note {
  links: Set<string>;
  text: string;
  /** For "Ibid.": what the note before it names, which it names too. */
  alsoNames: Set<string>;
  alsoText: string;
}

/** The documents each authorial note links to, and its text, per document (statement) of the file, in order. */
function markupLinks(xml: string): Map<string, Note>[] {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const perStatement: Map<string, Note>[] = [];
  let note: string | null = null;
  let depth = 0;
  let statementDepth = 0;
  let current: Map<string, Note> | null = null;
  const noteOf = (n: string) => current!.get(n) ?? current!.set(n, { links: new Set(), text: '', alsoNames: new Set(), alsoText: '' }).get(n)!;
  parser.on('opentag', (tag) => {
    depth++;
    const name = tag.name.replace(/^[\w-]+:/, '');
    if (name === 'statement' && !current) {
      current = new Map();
      perStatement.push(current);
      statementDepth = depth;
    }
    if (name === 'authorialNote') {
      note = String(tag.attributes.marker ?? '').trim();
      if (current) noteOf(note);
    }
    if (name === 'a' && note && current) {
      const href = String(tag.attributes.href ?? '');
      const m = /undocs\.org\/(?:[a-z]{2}\/)?(.+)$/.exec(href);
      const symbol = m ? normalizeDocumentSymbol(decodeURIComponent(m[1]!).replace(/\((\d{4})\)$/, ' ($1)')) : null;
      if (symbol) noteOf(note).links.add(symbol);
    }
  });
  parser.on('text', (text) => {
    if (note && current) noteOf(note).text += text;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.replace(/^[\w-]+:/, '');
    if (name === 'authorialNote') note = null;
    if (name === 'statement' && depth === statementDepth) current = null;
    depth--;
  });
  parser.write(xml).close();
  // "Ibid." names the documents of the note before it
  for (const notes of perStatement) {
    let previous: Note | null = null;
    for (const note of notes.values()) {
      if (previous && /^\s*(?:See\s+)?Ibid\b/i.test(note.text)) {
        for (const l of [...previous.links, ...previous.alsoNames]) note.alsoNames.add(l);
        note.alsoText = `${previous.text} ${previous.alsoText}`;
      }
      previous = note;
    }
  }
  return perStatement;
}

/** The markup links a resolution without its part letter ("A/RES/2200(XXI)" for 2200 A (XXI)). */
const withoutPart = (s: string) => s.replace(/^(A\/RES\/\d+) [A-Z] (\([^)]+\))$/, '$1 $2').replace(/^(A\/RES\/\d+\/\d+) [A-Z]$/, '$1');
/** Is the document written in the note (its symbol in any case, or the numbers of its resolution number in order)? */
function writtenIn(symbol: string, text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').toUpperCase();
  if (flat.includes(symbol.toUpperCase())) return true;
  const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
  const own = numbers(/^(?:A|A\/HRC|E|S|E\/CN\.\d+)\/(?:RES|DEC)\/(.+)$/.exec(symbol)?.[1] ?? symbol.split('/').slice(-2).join('/'));
  const all = numbers(flat);
  return own.length > 0 && all.some((_, i) => own.every((n, k) => all[i + k] === n));
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
  let records: ExtractRecord[];
  try {
    records = await extractFile(file);
  } catch {
    continue; // the French file: not supported yet
  }
  const markup = markupLinks(readFileSync(file, 'utf8'));
  records.forEach((record, i) => {
    const notes = markup[i] ?? new Map<string, Note>();
    const bound = new Map<string, Set<string>>();
    const add = (n: number | null, s: string) => n !== null && (bound.get(String(n)) ?? bound.set(String(n), new Set()).get(String(n))!).add(s);
    for (const c of record.citations) if (c.via === 'footnote' && c.targetKind === 'document') add(c.footnote, c.target);
    for (const p of record.publications) add(p.footnote, p.publishedIn);
    for (const [n, note] of notes) {
      linked += note.links.size;
      const got = new Set([...(bound.get(n) ?? [])].flatMap((s) => [s, withoutPart(s)]));
      for (const s of note.links) {
        if (got.has(s)) found++;
        else missed.push(`  ${record.symbol} footnote ${n}: not bound: ${s} — "${note.text.replace(/\s+/g, ' ').trim().slice(0, 140)}"`);
      }
    }
    for (const [n, got] of bound) {
      const note = notes.get(n) ?? { links: new Set<string>(), text: '', alsoNames: new Set<string>(), alsoText: '' };
      for (const s of got) {
        if ([note.links, note.alsoNames].some((names) => names.has(s) || names.has(withoutPart(s)))) continue;
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
