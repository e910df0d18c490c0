// The languages beyond English and Chinese, on real text: sentences of the UN Parallel Corpus in
// all six official languages (test/fixtures/corpus/sentences6), each language's extraction
// against English's, rows of real sentences in each language with what they must give, the
// number forms of each language, and detection.
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractFragment, type Language } from '../../ingest/index.ts';
import { EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';
import { language, perLanguage } from '../../ingest/languages/index.ts';
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
  // Spanish: dates ", de 15 de octubre de 1999" between the numbers, "y" before the last
  ['UNv1.0.testset:3029', 'es', ['S/RES/1267 (1999) RECALLS Recordando', 'S/RES/1373 (2001) RECALLS Recordando', 'S/RES/1483 (2003) RECALLS Recordando', 'S/RES/2161 (2014) RECALLS Recordando', 'S/RES/2170 (2014) RECALLS Recordando', 'S/RES/2178 (2014) RECALLS Recordando', 'S/RES/2195 (2014) RECALLS Recordando', 'S/RES/2199 (2015) RECALLS Recordando']],
  // Spanish: the Council named between the keyword and the numbers, no comma ("resoluciones del Consejo de Seguridad 1267 (1999) y 1989 (2011)")
  ['UNv1.0.devset:3488', 'es', ['S/RES/1267 (1999) CITES null', 'S/RES/1989 (2011) CITES null']],
  ['UNv1.0.devset:662', 'es', []],
  // Russian: a lower-case gerund, "далее" after it, dates "от … года"
  ['UNv1.0.testset:3029', 'ru', ['S/RES/1267 (1999) RECALLS ссылаясь', 'S/RES/1373 (2001) RECALLS ссылаясь', 'S/RES/1483 (2003) RECALLS ссылаясь', 'S/RES/2161 (2014) RECALLS ссылаясь', 'S/RES/2170 (2014) RECALLS ссылаясь', 'S/RES/2178 (2014) RECALLS ссылаясь', 'S/RES/2195 (2014) RECALLS ссылаясь', 'S/RES/2199 (2015) RECALLS ссылаясь']],
  // Russian: the body in the genitive after the number ("резолюции 2118 (2013) Совета Безопасности")
  ['UNv1.0.devset:662', 'ru', []],
  // Arabic: "وإذ تشير كذلك إلى", items joined by "و", dates "المؤرخ 15 تشرين الأول/أكتوبر 1999"
  ['UNv1.0.testset:3029', 'ar', ['S/RES/1267 (1999) RECALLS وإذ تشير', 'S/RES/1373 (2001) RECALLS وإذ تشير', 'S/RES/1483 (2003) RECALLS وإذ تشير', 'S/RES/2161 (2014) RECALLS وإذ تشير', 'S/RES/2170 (2014) RECALLS وإذ تشير', 'S/RES/2178 (2014) RECALLS وإذ تشير', 'S/RES/2195 (2014) RECALLS وإذ تشير', 'S/RES/2199 (2015) RECALLS وإذ تشير']],
  // Arabic: another organization's body between the keyword and the number ("بقرار اللجنة الاقتصادية لأمريكا اللاتينية … 689 (د-35)"): nothing
  ['UNv1.0.devset:662', 'ar', []],
];

describe('real sentences in French, Spanish, Russian and Arabic', () => {
  it.each(ROWS.map(([id, lang, want]) => [id, lang, want] as const))('when %s (%s) is extracted, then it gives exactly its citations', (id, lang, want) => {
    const record = extractFragment({ id, text: sentence(id, lang), lang });
    expect(record.language).toBe(lang);
    expect(record.citations.map((c) => `${c.target} ${c.relation} ${c.verb}`)).toEqual(want);
    // spans hold the number each citation claims
    for (const c of record.citations) expect(sentence(id, lang).slice(c.span[0], c.span[1])).toBe(c.target.replace(/^S\/RES\//, ''));
  });
});

/** [a citation in the forms ../shared/reference/un-citations.md §3 documents for each language (Arabic-Indic digits, "د-21", "40 / 152"), language, citations as target relation, the text each span holds]. */
const FORMS: [string, Language, string[], string[]][] = [
  // Arabic-Indic digits: the span is exact in the original text (UTF-16 offsets, right-to-left script)
  ['وإذ تشير إلى قرارها ٦٠/٢٥١ المؤرخ ١٥ آذار/مارس ٢٠٠٦،', 'ar', ['A/RES/60/251 RECALLS'], ['٦٠/٢٥١']],
  // "its" written into the keyword, a part letter "ألف" and a session "(د-21)"
  ['وإذ تشير إلى قرارها 2200 ألف (د-21) المؤرخ 16 كانون الأول/ديسمبر 1966،', 'ar', ['A/RES/2200 A (XXI) RECALLS'], ['2200 ألف (د-21)']],
  // older HTML spaces the slash: "40 / 152"
  ['وإذ تؤكد من جديد قرارها 40 / 152 المؤرخ 16 كانون الأول/ديسمبر 1985،', 'ar', ['A/RES/40/152 REAFFIRMS'], ['40 / 152']],
  ['Rappelant sa résolution 61/177 du 20 décembre 2006, par laquelle elle a adopté la Convention,', 'fr', ['A/RES/61/177 RECALLS'], ['61/177']],
  ['Recordando su resolución 61/177, de 20 de diciembre de 2006,', 'es', ['A/RES/61/177 RECALLS'], ['61/177']],
  ['ссылаясь на свою резолюцию 1722 (XVI) от 20 декабря 1961 года,', 'ru', ['A/RES/1722 (XVI) RECALLS'], ['1722 (XVI)']],
  // the Human Rights Council named after the number in French, before it in Russian and Arabic
  ['Rappelant la résolution 16/21 du Conseil des droits de l’homme, en date du 25 mars 2011,', 'fr', ['A/HRC/RES/16/21 RECALLS'], ['16/21']],
  ['ссылаясь на резолюцию Совета по правам человека 16/21 от 25 марта 2011 года,', 'ru', ['A/HRC/RES/16/21 RECALLS'], ['16/21']],
  ['وإذ تشير إلى قرار مجلس حقوق الإنسان 16/21 المؤرخ 25 آذار/مارس 2011،', 'ar', ['A/HRC/RES/16/21 RECALLS'], ['16/21']],
];

describe('number forms of each language', () => {
  it.each(FORMS)('when "%s" (%s) is extracted, then it cites what it names, with exact spans', (text, lang, want, spans) => {
    const record = extractFragment({ id: 0, text, lang });
    expect(record.citations.map((c) => `${c.target} ${c.relation}`)).toEqual(want);
    expect(record.citations.map((c) => text.slice(c.span[0], c.span[1]))).toEqual(spans);
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

describe('perLanguage', () => {
  it('when a stage asks for a language\'s patterns twice, then they are made once; for another language, they are made for it', () => {
    const madeFor: Language[] = [];
    const patternsOf = perLanguage((lang) => {
      madeFor.push(lang.table.code);
      return { code: lang.table.code };
    });
    expect(patternsOf(language('fr'))).toBe(patternsOf(language('fr')));
    expect(madeFor).toEqual(['fr']);
    expect(EXTRACTED_LANGUAGES.map((code) => patternsOf(language(code)).code)).toEqual([...EXTRACTED_LANGUAGES]);
    expect([...madeFor].sort()).toEqual([...EXTRACTED_LANGUAGES].sort());
  });
});
