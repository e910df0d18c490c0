// The languages beyond English and Chinese, on real text: sentences of the UN Parallel Corpus in
// all six official languages (test/fixtures/corpus/sentences6), each language's extraction
// against English's, rows of real French sentences with what they must give, and detection.
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractFragment, type Language } from '../../ingest/index.ts';
import { EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';
import { corpusFile } from './corpus-path.ts';
import { agreementWithEnglish, documentsCited, readSixLanguageRows } from '../support/agreement.ts';

const rows = readSixLanguageRows(corpusFile('sentences6', 'sentences.jsonl'));
const english = rows.map((r) => documentsCited(r.id, r.en!, 'en'));
const sentence = (id: string, lang: string) => rows.find((r) => r.id === id)![lang]!;
const read = EXTRACTED_LANGUAGES.filter((l) => l !== 'en');

describe('six-language agreement (sentences6)', () => {
  it('when the sentences are read, then at least 70 of them cite a document in English', () => {
    expect(english.filter((d) => d.length > 0).length).toBeGreaterThanOrEqual(70);
  });

  it.each(read.map((l) => [l] as const))('when the %s sentences are extracted, then at least 95 percent agree with English on the documents cited', (lang) => {
    const a = agreementWithEnglish(rows, lang as Language, english);
    expect(a.considered).toBeGreaterThanOrEqual(70);
    expect(a.agree / a.considered, a.disagreements.map((d) => `${d.id}: en ${d.english} / ${lang} ${d.found}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

/** [sentence id, language, the citations it must give as target relation verb]. */
const ROWS: [string, Language, string[]][] = [
  // a list with dates "du …" between the numbers, the Council named after "résolutions pertinentes du"
  ['UNv1.0.testset:3029', 'fr', ['S/RES/1267 (1999) RECALLS Rappelant', 'S/RES/1373 (2001) RECALLS Rappelant', 'S/RES/1483 (2003) RECALLS Rappelant', 'S/RES/2161 (2014) RECALLS Rappelant', 'S/RES/2170 (2014) RECALLS Rappelant', 'S/RES/2178 (2014) RECALLS Rappelant', 'S/RES/2195 (2014) RECALLS Rappelant', 'S/RES/2199 (2015) RECALLS Rappelant']],
  // "Insistant …, comme reconnu dans les résolutions 1325 (2000), … et 2122 (2013), se félicitant de …": seven, in the first clause
  ['UNv1.0.devset:1272', 'fr', ['S/RES/1325 (2000) CITES Insistant sur', 'S/RES/1820 (2008) CITES Insistant sur', 'S/RES/1888 (2009) CITES Insistant sur', 'S/RES/1889 (2009) CITES Insistant sur', 'S/RES/1960 (2010) CITES Insistant sur', 'S/RES/2106 (2013) CITES Insistant sur', 'S/RES/2122 (2013) CITES Insistant sur']],
  // another organization's resolution, its body named after the number: nothing
  ['UNv1.0.devset:662', 'fr', []],
];

describe('real sentences in French', () => {
  it.each(ROWS.map(([id, lang, want]) => [id, lang, want] as const))('when %s (%s) is extracted, then it gives exactly its citations', (id, lang, want) => {
    const record = extractFragment({ id, text: sentence(id, lang), lang });
    expect(record.language).toBe(lang);
    expect(record.citations.map((c) => `${c.target} ${c.relation} ${c.verb}`)).toEqual(want);
    // spans hold the number each citation claims
    for (const c of record.citations) expect(sentence(id, lang).slice(c.span[0], c.span[1])).toContain(c.target.replace(/^S\/RES\//, '').replace(/^[A-Z/]+\/RES\//, ''));
  });
});

describe('language detection', () => {
  it.each(OFFICIAL_LANGUAGES.map((l) => [l] as const))('when the %s sentences of 60 characters or more are detected, then at least 97 percent are told right', (lang) => {
    const texts = rows.map((r) => r[lang]!).filter((t) => t && t.length >= 60);
    const right = texts.filter((t) => detectLanguage(t) === lang).length;
    expect(texts.length).toBeGreaterThan(100);
    expect(right / texts.length).toBeGreaterThanOrEqual(0.97);
  });
});
