// Every format citegraph reads gives the citations of the clean text. The fixtures are the real
// text of A/RES/76/158 (Chinese and English) set as Word, PDF, .doc and HTML (test/fixtures/
// make.ts), real UN PDFs of the 79th session, and real AKN4UN XML files (test/fixtures/corpus/).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractFile, extractRecordSchema, readSource, type ExtractRecord } from '../../ingest/index.ts';
import { documentKey, links, markupNotes, withoutPart, writtenIn } from '../support/akn-markup.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const formats = join(fixtures, 'formats');
const corpus = join(fixtures, 'corpus');
const golden = JSON.parse(readFileSync(new URL('./golden/A-RES-76-158.json', import.meta.url), 'utf8')) as {
  documentCitations: { target: string; relation: string; paragraph: string; via: string; footnote: number | null }[];
  instrumentCitations: { target: string; paragraph: string }[];
};
const key = (c: { target: string; relation: string; paragraph: string | null; via: string; footnote: number | null }) => `${c.target} ${c.relation} ${c.paragraph} ${c.via} ${c.footnote}`;
const AKN_DIRS = ['ga', 'sc', 'hrc', 'ecosoc', 'GAdecisions', 'SCresolutionsPressStatements'];
const aknFile = (name: string) => AKN_DIRS.map((d) => join(corpus, 'akn', d, name)).find((p) => existsSync(p))!;
const one = async (file: string): Promise<ExtractRecord> => {
  const records = await extractFile(file);
  expect(records).toHaveLength(1);
  return records[0]!;
};

describe.each([
  ['en', 'docx', 'docx'],
  ['en', 'doc', 'doc'],
  ['en', 'pdf', 'pdf'],
  ['en', 'html', 'html'],
  ['en', 'libreoffice.html', 'html'],
  ['zh', 'docx', 'docx'],
  ['zh', 'doc', 'doc'],
  ['zh', 'pdf', 'pdf'],
  ['zh', 'html', 'html'],
  ['zh', 'libreoffice.html', 'html'],
] as const)('A/RES/76/158 (%s) as %s', (lang, ext, format) => {
  const file = join(formats, `A-RES-76-158.${lang}.${ext}`);

  it('when read, then the record says its format, passes the schema and has the header of the text', async () => {
    const record = await one(file);
    expect(() => extractRecordSchema.parse(record)).not.toThrow();
    expect(record).toMatchObject({ format, language: lang, symbol: 'A/RES/76/158', body: 'GA', kind: 'resolution', session: 76, date: '2021-12-16', agendaItem: '74 (b)' });
    const text = extractDocument(readFileSync(join(fixtures, '../../ingest/sample', `A-RES-76-158.${lang}.txt`), 'utf8'));
    expect(record.paragraphs).toEqual(text.paragraphs);
  });

  it('when read, then its document citations are exactly those of the text, footnotes bound to the same markers', async () => {
    const record = await one(file);
    const got = record.citations.filter((c) => c.targetKind === 'document').map(key).sort();
    expect(got).toEqual(golden.documentCitations.map(key).sort());
  });

  it('when read, then its instrument citations are those of the text', async () => {
    const record = await one(file);
    const got = record.citations.filter((c) => c.targetKind === 'instrument').map((c) => `${c.target} ${c.paragraph}`).sort();
    expect(got).toEqual(golden.instrumentCitations.map((c) => `${c.target} ${c.paragraph}`).sort());
  });

  it('when read, then every span points into the text the reader produced, at the words naming the target', async () => {
    const [source] = await readSource(file);
    const record = await one(file);
    for (const c of record.citations) {
      const words = source!.text.slice(c.span[0], c.span[1]);
      expect(c.span[1]).toBeLessThanOrEqual(source!.text.length);
      expect(words.length).toBeGreaterThan(0);
      const number = /^(?:A|A\/HRC)\/RES\/(\d+\/\d+)$/.exec(c.target)?.[1];
      if (number) expect(words.replace(/\s/g, '')).toContain(number);
    }
  });

  it('when read, then no page furniture, no Word field and no markup is left in the text', async () => {
    const [source] = await readSource(file);
    expect(source!.text).not.toMatch(/21-19197|\*2119197\*|\d\/\d\s*$|<\/?\w+[^>]*>|\ue000/m);
  });
});

describe('real UN PDFs (79th session, and one of 2018)', () => {
  it('when A/RES/79/257 is read, then its footnotes are footnotes, bound to their superscript markers', async () => {
    const [source] = await readSource(join(corpus, 'pdf', 'ga', 'A_RES_79_257.pdf'));
    const record = await one(join(corpus, 'pdf', 'ga', 'A_RES_79_257.pdf'));
    expect(record).toMatchObject({ format: 'pdf', symbol: 'A/RES/79/257', date: '2024-12-24', session: 79, title: 'Questions relating to the proposed programme budget for 2025' });
    expect(source!.text).toContain('[^4]: ST/SGB/2018/3.');
    const byTarget = (t: string) => record.citations.filter((c) => c.target === t).map((c) => `${c.relation} ${c.paragraph} ${c.via} ${c.footnote}`);
    expect(byTarget('ST/SGB/2018/3')).toEqual(['REAFFIRMS OP2 footnote 4']);
    expect(byTarget('A/79/89')).toEqual(['CITES PP4 footnote 2']);
    expect(byTarget('ST/SGB/2013/4/Amend.1')).toEqual(['REAFFIRMS OP3 footnote 5']);
  });

  it('when a page has running header, page number, job number and bar code, then none of them reaches the text', async () => {
    for (const name of ['A_RES_79_257.pdf', 'A_RES_79_313.pdf', 'A_RES_79_25.pdf', 'A_RES_73_3-EN.pdf']) {
      const [source] = await readSource(join(corpus, 'pdf', 'ga', name));
      expect(source!.text, name).not.toMatch(/\b\d{2}-\d{5}\b|^\s*\d+\/\d+\s*$|\*\d{7}\*|Please recycle/m);
      // the printed symbol stays in the first page's header block, once
      expect(source!.text.match(/^A\/RES\/\d+\/\d+$/gm), name).toHaveLength(1);
    }
  });

  it('when a marker follows a number ("resolutions 5/1³ and 5/6⁴"), then the number keeps its digits and the marker is a marker', async () => {
    const [source] = await readSource(join(corpus, 'pdf', 'ga', 'A_RES_79_313.pdf'));
    expect(source!.text).toContain('resolutions 5/1[^3] and 5/6[^4] of 2 March 2022');
    // the UN's own text extraction glued them: "5/1 3 and 5/64"
    expect(JSON.parse(readFileSync(join(corpus, 'pdf', 'ga', 'A_RES_79_313.json'), 'utf8')).text).toContain('5/64');
  });

  it('when a paragraph crosses a page break, then it stays one paragraph', async () => {
    const [source] = await readSource(join(corpus, 'pdf', 'ga', 'A_RES_73_3-EN.pdf'));
    expect(source!.text).toContain('such that the disease requires a comprehensive response, including towards achieving universal health coverage, and one that addresses the social and economic determinants of the epidemic');
    expect(source!.text).toContain('73/3. Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis\n');
  });

  it('when a word is hyphenated at a line end, then it is joined with its hyphen (UN texts are not hyphenated by the typesetter)', async () => {
    const [source] = await readSource(join(corpus, 'pdf', 'ga', 'A_RES_79_257.pdf'));
    expect(source!.text).not.toMatch(/\bSecretary- General\b/);
    expect(source!.text).toMatch(/\bSecretary-General\b/);
  });
});

describe('Akoma Ntoso XML (AKN4UN)', () => {
  it('when a resolution is read, then symbol, body, date, session, title, agenda item and subjects come from the FRBR metadata and the cover page', async () => {
    const record = await one(join(corpus, 'akn', 'ga', '75_100_E.xml'));
    expect(record).toMatchObject({
      format: 'akn',
      symbol: 'A/RES/75/100',
      symbolSource: 'metadata',
      body: 'GA',
      kind: 'resolution',
      date: '2020-12-10',
      session: 75,
      title: 'Comprehensive review of special political missions',
      agendaItem: '55',
      meeting: { number: 41, kind: 'plenary' },
    });
    expect(record.subjects).toContainEqual({ scheme: 'SDG', value: '3', uri: 'http://metadata.un.org/sdg/3' });
    expect(record.subjects).toContainEqual({ scheme: 'UNBIS', value: 'health', uri: 'http://metadata.un.org/thesaurus/1002824' });
    expect(record.subjects).toContainEqual({ scheme: 'EuroVoc', value: "women's_rights", uri: 'http://eurovoc.europa.eu/585' });
    expect(record.paragraphs).toEqual({ preambular: 21, operative: 7 });
  });

  it('when a preambular paragraph has an authorial note, then its documents are cited through that footnote with the paragraph verb', async () => {
    const record = await one(join(corpus, 'akn', 'ga', '75_100_E.xml'));
    const fromNote1 = record.citations.filter((c) => c.footnote === 1).map((c) => `${c.target} ${c.relation} ${c.via}`);
    expect(fromNote1.sort()).toEqual(['A/66/340 RECALLS footnote', 'A/66/7/Add.21 RECALLS footnote']);
  });

  it('when a file is a collection of parts A and B, then each part is a document of its own, with its own title', async () => {
    const records = await extractFile(join(corpus, 'akn', 'ga', '75_101A-B_E.xml'));
    expect(records.map((r) => [r.symbol, r.title])).toEqual([
      ['A/RES/75/101 A', 'Information in the service of humanity'],
      ['A/RES/75/101 B', 'United Nations global communications policies and activities'],
    ]);
    expect(records[1]!.citations.some((c) => c.target === 'A/RES/2200 A (XXI)' && c.footnote === 3)).toBe(true);
    expect(records[0]!.citations.some((c) => c.footnote === 3)).toBe(false);
  });

  it.each([
    ['GA decision 76_402 B_E.xml', { symbol: 'A/DEC/76/402 B', body: 'GA', kind: 'decision', date: '2022-05-10' }],
    ['S_RES_1326_N0071981.xml', { symbol: 'S/RES/1326 (2000)', body: 'SC', kind: 'resolution', session: null }],
    ['S_PRST_2010_12_0-1043220E.xml', { symbol: 'S/PRST/2010/12', body: 'SC', kind: null }],
    ['A_HRC_RES_54_10E.xml', { symbol: 'A/HRC/RES/54/10', body: 'HRC', kind: 'resolution', session: 54, date: '2023-10-11' }],
    ['E_RES_2021_20-2110314E.xml', { symbol: 'E/RES/2021/20', body: 'ECOSOC', kind: 'resolution', session: null }],
  ])('when %s is read, then its header is %o', async (name, expected) => {
    expect(await one(aknFile(name))).toMatchObject({ format: 'akn', symbolSource: 'metadata', ...expected });
  });

  it('when a presidential statement or a decision has no numbered paragraphs, then the markup still says its body is operative, not preamble', async () => {
    expect((await one(aknFile('S_PRST_2010_12_0-1043220E.xml'))).paragraphs).toEqual({ preambular: 0, operative: 3 });
    const decision = await one(aknFile('GA decision 76_402 B_E.xml'));
    expect(decision.paragraphs.preambular).toBe(0);
    expect(decision.citations.filter((c) => c.target === 'A/RES/60/251').map((c) => [c.relation, c.paragraph])).toEqual([['CITES', null]]);
  });

  it('when a resolution recommends a draft with an annex, then the draft and annex are part of its text', async () => {
    const record = await one(aknFile('E_RES_2021_20-2110314E.xml'));
    expect(record.citations.filter((c) => c.via === 'footnote').length).toBeGreaterThan(5);
  });

  it('when the expression is French, then it is read in French: its symbol, date, title and the body named after a number', async () => {
    const [record] = await extractFile(join(corpus, 'akn', 'ga', '75_274_F.xml'));
    expect([record!.symbol, record!.language, record!.date, record!.title]).toEqual(['A/RES/75/274', 'fr', '2021-04-28', 'Journée internationale des femmes juges']);
    expect(record!.citations.find((c) => c.target === 'E/RES/1980/67')?.relation).toBe('RECALLS');
  });

  it.each(['75_100_E.xml', '75_101A-B_E.xml', 'GA decision 76_402 B_E.xml', 'A_HRC_RES_54_10E.xml', 'E_RES_2021_20-2110314E.xml', '75_274_E.xml'])(
    'when %s is read, then every citation from footnote n names a document that note n names, and the linked ones are bound',
    async (name) => {
      const file = aknFile(name);
      const records = await extractFile(file);
      const notes = markupNotes(readFileSync(file, 'utf8'));
      let linked = 0;
      let bound = 0;
      records.forEach((record, i) => {
        const byNote = new Map<string, Set<string>>();
        for (const c of record.citations) if (c.via === 'footnote' && c.targetKind === 'document') (byNote.get(String(c.footnote)) ?? byNote.set(String(c.footnote), new Set()).get(String(c.footnote))!).add(c.target);
        for (const p of record.publications) (byNote.get(String(p.footnote)) ?? byNote.set(String(p.footnote), new Set()).get(String(p.footnote))!).add(p.publishedIn);
        for (const [n, targets] of byNote) {
          const note = notes[i]!.get(n)!;
          expect(note, `${basename(file)} footnote ${n}`).toBeDefined();
          for (const t of targets) expect(links(note, t) || writtenIn(t, `${note.text} ${note.alsoText}`), `${record.symbol} footnote ${n}: ${t}`).toBe(true);
        }
        for (const [n, note] of notes[i]!) {
          linked += note.links.size;
          const got = new Set([...(byNote.get(n) ?? [])].flatMap((t) => [documentKey(t), documentKey(withoutPart(t))]));
          bound += [...note.links].filter((l) => got.has(documentKey(l))).length;
        }
      });
      // what is still missed is named in the note but not a citation the extractor knows yet (issue 12)
      expect(bound).toBeGreaterThanOrEqual(Math.floor(linked * 0.7));
    },
  );
});

describe('markup that must not be trusted', () => {
  it('when an HTML page has scripts, styles and navigation, then none of it is text', async () => {
    const [source] = await readSource(join(formats, 'A-RES-76-158.en.html'));
    expect(source!.text).not.toMatch(/document\.title|font-size|Digital Library|Search/);
  });
});
