// Golden test: the founding sample A/RES/76/158, in Chinese and in English,
// must give exactly the table of issue 3.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractRecordSchema } from '../../ingest/index.ts';
import { fileURLToPath } from 'node:url';

const golden = JSON.parse(readFileSync(new URL('./golden/A-RES-76-158.json', import.meta.url), 'utf8'));
const sortKey = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
const sorted = <T extends Record<string, unknown>>(xs: T[]) => [...xs].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));

describe.each(['zh', 'en'] as const)('golden A/RES/76/158 (%s)', (lang) => {
  const path = fileURLToPath(new URL(`../../ingest/sample/A-RES-76-158.${lang}.txt`, import.meta.url));
  const text = readFileSync(path, 'utf8');
  const record = extractDocument(text, { file: path });

  it('when extracted, then the record satisfies the output schema', () => {
    expect(() => extractRecordSchema.parse(record)).not.toThrow();
    expect(record.language).toBe(lang);
  });

  it('when the header is read, then symbol, body, session, date, report and meeting are right', () => {
    expect(record).toMatchObject(golden.header);
    expect(record.title).toMatch(lang === 'zh' ? /^保护所有人免遭强迫失踪国际公约$/ : /^International Convention for the Protection of All Persons from Enforced Disappearance$/);
  });

  it('when document citations are extracted, then they are exactly the table', () => {
    const got = record.citations.filter((c) => c.targetKind === 'document').map(({ target, relation, paragraph, via, footnote }) => ({ target, relation, paragraph, via, footnote }));
    expect(sorted(got)).toEqual(sorted(golden.documentCitations));
  });

  it('when OP11 cites resolution 47/133 through footnote 9, then the verb is kept as written', () => {
    const c = record.citations.find((x) => x.paragraph === 'OP11' && x.target === 'A/RES/47/133')!;
    expect(c.verb).toBe(golden.citesVerb[lang]);
  });

  it('when instruments are named, then they are exactly the instrument citations of the table', () => {
    const got = record.citations.filter((c) => c.targetKind === 'instrument').map(({ target, paragraph }) => ({ target, paragraph }));
    expect(sorted(got)).toEqual(sorted(golden.instrumentCitations));
  });

  it('when Official Records footnotes follow cited resolutions, then they are publications, not citations', () => {
    const got = record.publications.map(({ document, publishedIn, locator }) => ({ document, publishedIn, locator }));
    expect(sorted(got)).toEqual(sorted(golden.publications[lang]));
  });

  it('when a resolution adopted an instrument, then the adoption (with its Treaty Series reference) is recorded', () => {
    const got = record.adoptions.map(({ document, instrument, treatySeries }) => ({ document, instrument, treatySeries }));
    expect(sorted(got)).toEqual(sorted(golden.adoptions));
  });

  it('when the numbers are the Council\'s, then the GA symbols and the Official Records volumes are never cited', () => {
    const targets = new Set(record.citations.map((c) => c.target));
    for (const t of golden.mustNotCite) expect(targets.has(t), t).toBe(false);
  });

  it('when spans are taken from the original text, then they show the words cited', () => {
    for (const c of record.citations) {
      const words = text.slice(c.span[0], c.span[1]);
      expect(words.length).toBeGreaterThan(0);
      if (c.targetKind === 'document') {
        const core = c.target.replace(/^(?:A\/HRC|A|S)\/RES\//, '').replace(/ \(\d{4}\)$/, '');
        expect(words.replace(/\s+/g, ''), `${c.target} at ${c.span}`).toContain(core.replace(/\s+/g, ''));
      }
    }
    for (const p of record.publications) expect(text.slice(p.span[0], p.span[1])).toContain(p.publishedIn);
  });

  it('when extraction runs, then it leaves no warnings on the sample', () => {
    expect(record.warnings).toEqual([]);
  });
});
