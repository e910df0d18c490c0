// The gazetteer beyond the sample: each core instrument is found by its English and
// Chinese name, under the verb of its clause, and an adopting resolution named with it
// gives an adoption. Rows are written in the form of real preambular paragraphs (the corpus
// names few of these instruments), so they test the gazetteer's names, not new grammar.
import { describe, expect, it } from 'vitest';
import { extractFragment } from '../../ingest/index.ts';
import { INSTRUMENTS } from '../../ingest/data/instruments.ts';

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
