// Renders synthetic records as English text, runs the real extractor on them
// and prints how many of the records' citations it recovers exactly
// (target + relation + paragraph), plus what it finds beyond them.
//   npx tsx test/bench/synthetic-check.ts [count=200] [corpusDocuments=5000] [seed=1] [plain|superscript]
// The records are an evenly spaced sample of a corpus of corpusDocuments
// resolutions, so that all bodies, eras and theme depths are represented.
import { extractDocument } from '../../ingest/index.ts';
import type { ExtractRecord } from '../../ingest/models.ts';
import { generateRecords, renderText } from './synthetic.ts';

const count = Number(process.argv[2] ?? 200);
const corpus = Number(process.argv[3] ?? 5000);
const seed = Number(process.argv[4] ?? 1);
const markers = process.argv[5] === 'superscript' ? 'superscript' : 'plain';
const step = Math.max(1, Math.floor(corpus / count));

const key = (c: { target: string; relation: string; paragraph: string | null }) => `${c.target}|${c.relation}|${c.paragraph}`;

interface Tally {
  expected: number;
  recovered: number;
}
const all: Tally = { expected: 0, recovered: 0 };
const docs: Tally = { expected: 0, recovered: 0 };
const byRelation = new Map<string, Tally>();
const byVia = new Map<string, Tally>();
const byBody = new Map<string, Tally>();
const bump = (m: Map<string, Tally>, k: string, hit: boolean) => {
  const t = m.get(k) ?? { expected: 0, recovered: 0 };
  t.expected++;
  if (hit) t.recovered++;
  m.set(k, t);
};
let extra = 0;
let sameSpan = 0;
let extraDocs = 0;
let records = 0;
let headerOk = 0;
let pubsExpected = 0;
let pubsFound = 0;
let failures = 0;
const misses: string[] = [];
const extras: string[] = [];
const started = performance.now();

let i = 0;
for (const record of generateRecords({ documents: corpus, seed })) {
  if (i++ % step !== 0 || records >= count) continue;
  records++;
  const text = renderText(record, 'en', { markers });
  let got: ExtractRecord;
  try {
    got = extractDocument(text, { file: record.file, lang: 'en' });
  } catch (e) {
    failures++;
    misses.push(`${record.symbol}: extractor threw ${(e as Error).message}`);
    continue;
  }
  if (got.symbol === record.symbol && got.date === record.date && got.body === record.body) headerOk++;
  const found = new Set(got.citations.map(key));
  const spansByKey = new Map(got.citations.map((g) => [key(g), g.span.join(',')]));
  const wanted = new Set(record.citations.map(key));
  for (const c of record.citations) {
    const hit = found.has(key(c));
    all.expected++;
    if (hit) all.recovered++;
    if (hit && spansByKey.get(key(c)) === c.span.join(',')) sameSpan++;
    if (c.targetKind === 'document') {
      docs.expected++;
      if (hit) docs.recovered++;
    }
    bump(byRelation, c.relation, hit);
    bump(byVia, `${c.targetKind}/${c.via}`, hit);
    bump(byBody, record.body ?? '?', hit);
    if (!hit && misses.length < 15) {
      const near = got.citations.filter((g) => g.target === c.target).map((g) => `${g.relation}@${g.paragraph}`);
      misses.push(`${record.symbol} ${key(c)} (${c.via}${c.footnote ? ` fn ${c.footnote}` : ''})${near.length ? ` — extracted as ${near.join(', ')}` : ' — not extracted'}`);
    }
  }
  for (const g of got.citations) {
    if (wanted.has(key(g))) continue;
    extra++;
    if (g.targetKind === 'document') extraDocs++;
    if (extras.length < 10) extras.push(`${record.symbol} ${key(g)} (${g.via}) "${g.quote.slice(0, 90)}"`);
  }
  const gotPubs = new Set(got.publications.map((p) => `${p.document}|${p.publishedIn}`));
  for (const p of record.publications) {
    pubsExpected++;
    if (gotPubs.has(`${p.document}|${p.publishedIn}`)) pubsFound++;
  }
}

const pct = (t: Tally) => (t.expected ? `${((100 * t.recovered) / t.expected).toFixed(1)}% (${t.recovered}/${t.expected})` : 'n/a');
console.log(`synthetic-check: ${records} records (every ${step}th of ${corpus}, seed ${seed}, ${markers} markers), ${(performance.now() - started).toFixed(0)} ms`);
console.log(`recovered exactly (target+relation+paragraph): all citations ${pct(all)}; document citations ${pct(docs)}`);
console.log(`by relation: ${[...byRelation].map(([k, t]) => `${k} ${pct(t)}`).join('; ')}`);
console.log(`by kind/via: ${[...byVia].map(([k, t]) => `${k} ${pct(t)}`).join('; ')}`);
console.log(`by body: ${[...byBody].map(([k, t]) => `${k} ${pct(t)}`).join('; ')}`);
console.log(`of those recovered, same span as the record: ${all.recovered ? ((100 * sameSpan) / all.recovered).toFixed(1) : 'n/a'}%`);
console.log(`publications recovered: ${pubsExpected ? ((100 * pubsFound) / pubsExpected).toFixed(1) : 'n/a'}% (${pubsFound}/${pubsExpected})`);
console.log(`header (symbol, date, body) right: ${headerOk}/${records}; extractor exceptions: ${failures}`);
console.log(`extracted but not in the records: ${extra} (${extraDocs} documents)`);
if (misses.length) console.log(`first misses:\n  ${misses.join('\n  ')}`);
if (extras.length) console.log(`first extras:\n  ${extras.join('\n  ')}`);
