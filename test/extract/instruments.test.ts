// The gazetteer beyond the sample: each core instrument is found by its English and
// Chinese name, under the verb of its clause, and an adopting resolution named with it
// gives an adoption. Rows are written in the form of real preambular paragraphs (the corpus
// names few of these instruments), so they test the gazetteer's names, not new grammar.
import { describe, expect, it } from 'vitest';
import { extractFragment } from '../../ingest/index.ts';
import { INSTRUMENTS } from '../../ingest/data/instruments.ts';
import { language } from '../../ingest/languages/index.ts';
import { EXTRACTED_LANGUAGES } from '../../ingest/vocabulary.ts';

const citations = (text: string) =>
  extractFragment({ id: 0, text })
    .citations.map((c) => `${c.relation}:${c.target}`)
    .sort();

describe('instruments by name', () => {
  it.each(INSTRUMENTS.map((i) => [i.key, i.en.name] as const))('when %s is recalled by its English name, then it is cited', (key, name) => {
    expect(citations(`Recalling the ${name},`)).toContain(`RECALLS:${key}`);
  });

  it.each(INSTRUMENTS.map((i) => [i.key, i.zh.name] as const))('when %s is recalled by its Chinese name, then it is cited', (key, name) => {
    expect(citations(`回顾${name}，`)).toContain(`RECALLS:${key}`);
  });

  it.each([
    ['Reaffirming the Declaration on the Right to Development, adopted by the General Assembly in its resolution 41/128 of 4 December 1986,', ['REAFFIRMS:A/RES/41/128', 'REAFFIRMS:declaration-right-to-development'], ['A/RES/41/128 declaration-right-to-development']],
    ['Recalling the Convention on the Prevention and Punishment of the Crime of Genocide and the Rome Statute of the International Criminal Court,', ['RECALLS:genocide-convention', 'RECALLS:rome-statute'], []],
    ['回顾《保护所有移徙工人及其家庭成员权利国际公约》和《联合国反腐败公约》，', ['RECALLS:cmw', 'RECALLS:uncac'], []],
    ['Taking note with appreciation of the Sendai Framework for Disaster Risk Reduction 2015-2030,', ['TAKES_NOTE:sendai-framework'], []],
  ])('when "%s", then the citations and adoptions are exact', (text, expected, adoptions) => {
    const record = extractFragment({ id: 0, text });
    expect(record.citations.map((c) => `${c.relation}:${c.target}`).sort()).toEqual(expected);
    expect(record.adoptions.map((a) => `${a.document} ${a.instrument}`)).toEqual(adoptions);
  });

  it('when the gazetteer is read, then every key is unique and every adopting resolution a canonical GA symbol or a description', () => {
    const keys = INSTRUMENTS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const instrument of INSTRUMENTS) {
      if (instrument.adoptedBy?.startsWith('A/')) expect(instrument.adoptedBy).toMatch(/^A\/RES\/(\d+\/\d+|\d+ [A-Z] \([IVXL]+\)|\d+ \([IVXL]+\))$/);
      expect(instrument.zh.name).toMatch(/^《.+》$/);
    }
  });
});

// findInstruments skips a text in which the gate finds no first word of any name: every name,
// variant and short form of every language must pass it, as a text naming it would.
describe('the instrument gate', () => {
  const forms = EXTRACTED_LANGUAGES.flatMap((code) =>
    INSTRUMENTS.flatMap((i) => {
      const named = i[code];
      return [...(named ? [named.name, ...named.variants] : []), ...(i.shortForms[code] ?? [])].map((form) => [code, form] as const);
    }),
  );
  it.each(forms)('when a %s text names "%s", in any case, then the gate lets it through', (code, form) => {
    const gate = language(code).instrumentGate;
    for (const written of [form, form.toLowerCase(), form.toUpperCase()]) expect(gate.test(written)).toBe(true);
  });

  it.each([
    ['en', 'Recalling its resolution 60/251 of 15 March 2006,'],
    ['zh', '回顾其2006年3月15日第60/251号决议，'],
  ] as const)('when a %s text names no instrument, then the gate stops it', (code, text) => {
    expect(language(code).instrumentGate.test(text)).toBe(false);
  });
});
