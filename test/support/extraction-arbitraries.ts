// Generated text for extraction's property checks — shared by the vitest properties
// (test/extract/properties.test.ts) and the fuzzing of `npm run bench:reliability`: the
// generators, and the checks every extraction result must pass, as functions that return
// what is wrong (an empty list when nothing is) so a test can expect it empty and a
// benchmark can count.
import fc from 'fast-check';
import { INSTRUMENTS, normalizeDocumentSymbol, type Citation, type ExtractRecord, type FragmentRecord } from '../../ingest/index.ts';
import { OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';

/** Pieces of real resolution text, markers and symbols that make extraction work hard when strung together. */
export const PIECES = [
  'Recalling its resolution ', 'resolutions ', 'decision ', ' and ', ', ', ';', '.', '\n', '\n\n', ' ', '(', ')', '[', ']', '](#)', '**',
  '61/177', '36/6', '217 A (III)', '1325 (2000)', '2019/1', 'A/RES/', 'A/HRC/', 'Add.1', 'Corr.', ' of 20 December 2006', 'Human Rights Council ',
  'its ', 'by which it adopted the Convention', 'the Convention', '¹', '²³', '[^1]', '[^1]: ', '1 ', '__________', 'Ibid.', 'Official Records ',
  '第', '号', '决议', '决定', '、', '和', '其', '人权理事会', '回顾', '重申', '《公约》', '《保护所有人免遭强迫失踪国际公约》', '，', '。', '其中通过了',
  'The General Assembly,', '1. Welcomes ', '(a) ', '---\nsymbol: A/RES/1/1\n---\n', 'Treaty Series, vol. 1, No. 2', '2/5', '21-19197', '\f', '\u00a0', '\uFEFF',
];

/** Pieces of the other official languages and of the symbols' odd spellings. */
export const MORE_PIECES = [
  'Rappelant sa résolution ', 'Réaffirmant ', 'Prend note ', 'Recordando su resolución ', 'Reafirmando ', 'ссылаясь на свою резолюцию ',
  'вновь подтверждая ', 'إذ تشير إلى قرارها ', 'وإذ تؤكد من جديد ', 'A/RES/ES-10/2', 'S/RES/2250(2015)', 'E/CN.4/RES/1993/51', 'A/HRC/RES/S-29/1',
  'E/RES/1503 (XLVIII)', 'A/76/462/Add.2', 'A/CONF.157/24 (Part I)', 'A/75/6 (Sect. 3)/Add.9', 'CED/C/7', '\u200b', '\u202e', '\u2028', '\t', '\r\n',
  '*', '/', '-', '–', '49/222 A and B', 'A to D', 'Universal Declaration of Human Rights', 'Charter of the United Nations', '《联合国宪章》',
];

const ALL_PIECES = [...PIECES, ...MORE_PIECES];

/** A sentence, a paragraph or noise: what `extract --fragments` may be given. */
export const fragmentText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.nat(99999).map(String)), { maxLength: 80 }).map((xs) => xs.join('')),
);

/** A whole document: a header, a preamble and operative paragraphs made of the pieces, footnotes after. */
export const documentText = fc.oneof(
  fragmentText,
  fc
    .record({
      symbol: fc.oneof(fc.constantFrom('A/RES/76/158', 'S/RES/1325 (2000)', 'A/HRC/RES/36/6', 'E/RES/2019/1'), fc.string({ maxLength: 20 })),
      opening: fc.constantFrom('The General Assembly,', 'The Security Council,', 'The Human Rights Council,', '大会，', "L'Assemblée générale,", ''),
      preamble: fc.array(fc.array(fc.constantFrom(...ALL_PIECES), { maxLength: 25 }), { maxLength: 8 }),
      operative: fc.array(fc.array(fc.oneof(fc.constantFrom(...ALL_PIECES), fc.nat(999).map(String)), { maxLength: 25 }), { maxLength: 8 }),
      footnotes: fc.array(fc.array(fc.constantFrom(...ALL_PIECES), { maxLength: 15 }), { maxLength: 5 }),
    })
    .map(({ symbol, opening, preamble, operative, footnotes }) =>
      [
        `---\nsymbol: ${symbol}\n---`,
        opening,
        ...preamble.map((p) => p.join('')),
        ...operative.map((p, i) => `${i + 1}. ${p.join('')}`),
        '__________',
        ...footnotes.map((f, i) => `[^${i + 1}]: ${f.join('')}`),
      ].join('\n\n'),
    ),
);

/** The languages a caller may name, and none (detected). */
export const languageChoice = fc.constantFrom<(typeof OFFICIAL_LANGUAGES)[number] | undefined>(...OFFICIAL_LANGUAGES, undefined);

/** Every span lies inside the text and is not empty. */
export function spanProblems(text: string, citations: readonly Pick<Citation, 'span'>[]): string[] {
  const problems: string[] = [];
  for (const { span } of citations) {
    const [start, end] = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > text.length) {
      problems.push(`span [${start}, ${end}] outside a text of ${text.length}`);
    }
  }
  return problems;
}

const instrumentKeys = new Set(INSTRUMENTS.map((instrument) => instrument.key));

/** Every document symbol is in its canonical form (normalising it changes nothing) and every instrument is in the gazetteer. */
export function symbolProblems(record: Pick<ExtractRecord | FragmentRecord, 'citations' | 'publications' | 'adoptions'>): string[] {
  const problems: string[] = [];
  const document = (symbol: string, what: string) => {
    if (normalizeDocumentSymbol(symbol) !== symbol) problems.push(`${what} ${JSON.stringify(symbol)} is not canonical (${JSON.stringify(normalizeDocumentSymbol(symbol))})`);
  };
  const instrument = (key: string, what: string) => {
    if (!instrumentKeys.has(key)) problems.push(`${what} ${JSON.stringify(key)} is no instrument of the gazetteer`);
  };
  for (const c of record.citations) (c.targetKind === 'instrument' ? instrument : document)(c.target, 'cited');
  for (const p of record.publications) {
    document(p.document, 'published document');
    document(p.publishedIn, 'publication volume');
  }
  for (const a of record.adoptions) {
    document(a.document, 'adopting document');
    instrument(a.instrument, 'adopted');
  }
  return problems;
}
