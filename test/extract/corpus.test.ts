// Every real document the tests carry (test/fixtures: texts, PDFs, AKN XML, and the sample set
// as Word, PDF and HTML) goes through without an exception, gives records that satisfy the
// output schema, and every span points at the words it claims in the text the reader produced.
// The whole development corpus gets the same check from `npm run check:corpus`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS, extractDocument, extractFragment, extractSource, fragmentRecordSchema, readSource } from '../../ingest/index.ts';
import { corpusFile } from './corpus-path.ts';
import { recordProblems } from '../support/record-checks.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : DOCUMENT_EXTENSIONS.some((x) => n.endsWith(x)) ? [p] : [];
  });
}
const files = [...walk(join(FIXTURES, 'corpus')), ...walk(join(FIXTURES, 'formats')), ...walk(fileURLToPath(new URL('../../ingest/sample', import.meta.url)))].sort();
/** Files that are refused, and why: the rest must give records. */
const REFUSED: Record<string, RegExp> = { 'encrypted.pdf': /encrypted PDF/, 'scanned.pdf': /no text layer/ };

describe('every corpus document', () => {
  it('when the fixtures are listed, then documents of every format are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const ext of ['.txt', '.md', '.pdf', '.xml', '.docx', '.doc', '.html']) expect(files.some((f) => f.endsWith(ext)), ext).toBe(true);
  });

  it.each(files.map((f) => [f.slice(FIXTURES.length + 1), f] as const))('%s', async (name, file) => {
    const refused = Object.entries(REFUSED).find(([n]) => file.endsWith(n));
    if (refused) {
      await expect(readSource(file).then((sources) => sources.map((s) => extractSource(s)))).rejects.toThrow(refused[1]);
      return;
    }
    for (const source of await readSource(file)) {
      expect(recordProblems(file, source.text, extractSource(source)), name).toEqual([]);
    }
  });
});

describe('document headers across the corpus', () => {
  it('when a Security Council text is read, then its symbol, body and date come from its own header', () => {
    const r = extractDocument(readFileSync(corpusFile('en', 'sc', 'S_RES_0894_1994_EN_GOLD.txt'), 'utf8'));
    expect(r).toMatchObject({ symbol: 'S/RES/894 (1994)', body: 'SC', date: '1994-01-14', meeting: { number: 3329 } });
  });

  it('when a Markdown GA text is read, then the title line outranks the front matter and the adoption date the distribution date', () => {
    const r = extractDocument(readFileSync(corpusFile('en', 'ga', 'A_RES_80_11.md'), 'utf8'));
    expect(r).toMatchObject({ symbol: 'A/RES/80/11', symbolSource: 'title', body: 'GA', session: 80, date: '2025-11-26', agendaItem: '62', basedOn: [{ symbol: 'A/80/L.15', paragraph: null }] });
  });

  it('when the title line is missing, then the file name gives the symbol', () => {
    const r = extractDocument('The General Assembly,\n\nRecalling its resolution 61/177,\n\n1. Decides to remain seized of the matter.\n', { file: '/x/A_RES_79_5.txt' });
    expect(r).toMatchObject({ symbol: 'A/RES/79/5', symbolSource: 'file-name' });
  });
});

describe('every aligned sentence as a fragment', () => {
  const rows = readFileSync(corpusFile('zh-en', 'sentences.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; zh: string; en: string });
  it('when all sentences go through, then each gives a valid fragment record in its language', () => {
    for (const r of rows) {
      for (const lang of ['zh', 'en'] as const) {
        const out = extractFragment({ id: r.id, text: r[lang] });
        expect(() => fragmentRecordSchema.parse(out)).not.toThrow();
        expect(out.language).toBe(lang);
      }
    }
    expect(rows.length).toBe(278);
  });
});
