// Every file of the development corpus goes through without an exception,
// gives a record that satisfies the output schema, and every span points at
// the words it claims.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractFragment, extractRecordSchema, fragmentRecordSchema } from '../../ingest/index.ts';
import { CORPUS, corpusFile } from './corpus-path.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(txt|md)$/.test(n) ? [p] : [];
  });
}
const files = walk(CORPUS);
/** Texts that print no adoption date at all (the gold text starts with the preamble). */
const NO_DATE_IN_TEXT = ['S_RES_0462_1980_EN_GOLD.txt'];

describe('every corpus document', () => {
  it('when the corpus is listed, then all its documents are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(180);
  });

  it.each(files.map((f) => [f.slice(CORPUS.length + 1), f] as const))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const record = extractDocument(text, { file });
    expect(() => extractRecordSchema.parse(record)).not.toThrow();
    for (const c of record.citations) {
      expect(c.span[0]).toBeGreaterThanOrEqual(0);
      expect(c.span[1]).toBeLessThanOrEqual(text.length);
      expect(c.span[1]).toBeGreaterThan(c.span[0]);
      if (c.targetKind === 'document' && c.via === 'text') {
        // the span holds the number or symbol of the target (white space and Markdown aside)
        // (an abbreviated list item — "and Corr.1", ", 4 and 5" — holds at least its own number)
        const words = text.slice(c.span[0], c.span[1]).replace(/\s+/g, '').toUpperCase();
        const core = c.target.replace(/^(?:A\/HRC|A|S|E\/CN\.4|E)\/(?:RES|DEC)\//, '').split(' ')[0]!.toUpperCase();
        const ownNumber = /(\d+)\D*$/.exec(c.target.replace(/ \(.*\)$/, ''))![1]!;
        expect(words.includes(core) || (/\/(?:ADD|CORR|REV|AMEND)\.\d+$/.test(core) && words.endsWith(ownNumber)), `${file} ${c.target} "${words}"`).toBe(true);
      }
    }
    if (/\/(ga|sc)\//.test(file) || /A-RES-76-158/.test(file)) {
      expect(record.symbol, 'resolution symbol').toMatch(/^(?:A|S)\/RES\//);
      if (NO_DATE_IN_TEXT.some((n) => file.endsWith(n))) expect(record.date).toBeNull();
      else expect(record.date, 'adoption date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
