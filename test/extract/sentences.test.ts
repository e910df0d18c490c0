// Table-driven tests over real sentences: each row names its source, the
// text, and the citations it must give (relation:target, #n for a footnote).
// Then a cross-check over the aligned Chinese–English sentence pairs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFragment } from '../../ingest/index.ts';
import { corpusFile } from './corpus-path.ts';

const pairs: { id: string; zh: string; en: string }[] = readFileSync(corpusFile('zh-en', 'sentences.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const pair = (id: string) => pairs.find((p) => p.id === id)!;
const summary = (text: string, lang?: 'zh' | 'en') =>
  extractFragment({ id: 0, text, lang })
    .citations.map((c) => `${c.relation}:${c.target}`)
    .sort();

interface Row {
  source: string;
  text: string;
  expect: string[];
}

const ROWS: Row[] = [
  // --- zh-en/sentences.jsonl
  { source: 'zh-en human_rights_891 (zh)', text: pair('human_rights_891').zh, expect: ['RECALLS:A/HRC/RES/49/6', 'RECALLS:A/RES/77/214'] },
  { source: 'zh-en human_rights_891 (en)', text: pair('human_rights_891').en, expect: ['REAFFIRMS:A/RES/70/1'] },
  { source: 'zh-en development_1383 (zh)', text: pair('development_1383').zh, expect: ['RECALLS:A/RES/70/132', 'RECALLS:A/RES/70/213', 'RECALLS:A/RES/70/219', 'RECALLS:E/DEC/2021/254'] },
  { source: 'zh-en development_1383 (en)', text: pair('development_1383').en, expect: ['CITES:A/RES/74/229', 'CITES:A/RES/76/213'] },
  { source: 'zh-en development_1380 (en)', text: pair('development_1380').en, expect: ['RECALLS:A/RES/77/165'] },
  { source: 'zh-en development_1398 (zh)', text: pair('development_1398').zh, expect: ['RECALLS:A/RES/72/242', 'RECALLS:A/RES/73/17', 'RECALLS:A/RES/75/316'] },
  { source: 'zh-en human_rights_889 (zh)', text: pair('human_rights_889').zh, expect: ['REAFFIRMS:A/RES/3281 (XXIX)'] },
  { source: 'zh-en human_rights_889 (en)', text: pair('human_rights_889').en, expect: ['RECALLS:A/RES/2625 (XXV)'] },
  { source: 'zh-en human_rights_195 (en)', text: pair('human_rights_195').en, expect: ['CITES:A/HRC/RES/17/4'] },
  { source: 'zh-en environment_389 (en)', text: pair('environment_389').en, expect: ['CITES:A/76/871', 'CITES:S/2022/493'] },
  { source: 'zh-en development_1547 (zh)', text: pair('development_1547').zh, expect: ['CITES:A/RES/69/313'] },
  { source: 'zh-en development_1539 (zh), a symbol cut at "Add."', text: pair('development_1539').zh, expect: ['CITES:FCCC/CP/2015/10'] },
  { source: 'zh-en peace_018 (zh)', text: pair('peace_018').zh, expect: ['CITES:A/77/895', 'CITES:S/2023/363'] },
  { source: 'zh-en peace_037 (en): "the relevant resolutions", no number', text: pair('peace_037').en, expect: [] },
  // --- en/sc (Security Council, CR-UNSC gold text)
  { source: 'en/sc/S_RES_0666_1990 PP1', text: 'Recalling its resolution 661 (1990) of 6 August 1990,\nparagraphs 3 (c) and 4 of which apply, except in humanitarian circumstances, to foodstuffs,', expect: ['RECALLS:S/RES/661 (1990)'] },
  { source: 'en/sc/S_RES_0894_1994 PP1', text: 'Reaffirming its resolutions 765 (1992) of 16 July 1992 and 772 (1992) of\n17 August 1992,', expect: ['REAFFIRMS:S/RES/765 (1992)', 'REAFFIRMS:S/RES/772 (1992)'] },
  { source: 'en/sc/S_RES_0018_1947 PP1: "41 (1)" is OCR for (I), not a number we trust', text: 'Having accepted General Assembly resolution 41 (1)\nof 14 December 1946, and recognizing that the general', expect: [] },
  // --- en/ga (80th session)
  {
    source: 'en/ga/A_RES_80_11 footnote 1',
    text: 'Including General Assembly resolution 60/180 and Security Council resolution 1645 (2005), Assembly resolution 65/7 and Council resolution 1947 (2010), Assembly resolution 70/262 and Council resolution 2282 (2016) and Assembly resolution 75/201 and Council resolution 2558 (2020).',
    expect: ['CITES:A/RES/60/180', 'CITES:A/RES/65/7', 'CITES:A/RES/70/262', 'CITES:A/RES/75/201', 'CITES:S/RES/1645 (2005)', 'CITES:S/RES/1947 (2010)', 'CITES:S/RES/2282 (2016)', 'CITES:S/RES/2558 (2020)'],
  },
  { source: 'en/ga/A_RES_80_3 footnote 11: the CBD document by its symbol; a COP decision number is not a GA decision', text: 'United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.', expect: ['CITES:CBD/COP/15/17'] },
  { source: 'en/ga/A_RES_80_11 PP1', text: 'Guided by the purposes and principles of the Charter of the United Nations, and renewing its commitment to international cooperation,', expect: ['CITES:un-charter'] },
  // --- the founding sample, sentence by sentence
  {
    source: 'en/A-RES-76-158 PP20',
    text: 'Recalling with appreciation further the decision of the General Assembly in its resolution 65/196 of 21 December 2010 to proclaim, pursuant to the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010, 24 March as the International Day',
    expect: ['RECALLS:A/HRC/RES/14/7', 'RECALLS:A/RES/65/196'],
  },
  {
    source: 'zh/A-RES-76-158 PP3',
    text: '又回顾其关于这一事项的所有其他决议，包括 2015 年 12 月 17 日第 [70/160](#) 号、2017 年 12 月 19 日第 [72/183](#) 号和 2019 年 12 月 18 日第 [74/161](#) 号决议，以及人权理事会通过的相关决议，包括 2017 年 9 月 28 日第 [36/6](#) 号² 和 2020 年 10 月 6 日第 [45/3](#) 号决议，³',
    expect: ['RECALLS:A/HRC/RES/36/6', 'RECALLS:A/HRC/RES/45/3', 'RECALLS:A/RES/70/160', 'RECALLS:A/RES/72/183', 'RECALLS:A/RES/74/161'],
  },
  // --- forms from the field guide (../shared/reference/un-citations.md §1–3)
  { source: 'field guide §2: parts', text: 'Recalling its resolutions 49/222 A and B of 23 December 1994', expect: ['RECALLS:A/RES/49/222 A', 'RECALLS:A/RES/49/222 B'] },
  { source: 'field guide §2: old GA numbering', text: 'Recalling paragraph 11 of General Assembly resolution 194 (III) and resolution 3419 A to D (XXX)', expect: ['RECALLS:A/RES/194 (III)', 'RECALLS:A/RES/3419 A (XXX)', 'RECALLS:A/RES/3419 B (XXX)', 'RECALLS:A/RES/3419 C (XXX)', 'RECALLS:A/RES/3419 D (XXX)'] },
  { source: 'field guide §1: abbreviated lists', text: 'Takes note of the reports (A/61/443/Add.2 and Corr.1; E/1993/23 and Corr.2, 4 and 5)', expect: ['TAKES_NOTE:A/61/443/Add.2', 'TAKES_NOTE:A/61/443/Corr.1', 'TAKES_NOTE:E/1993/23', 'TAKES_NOTE:E/1993/23/Corr.2', 'TAKES_NOTE:E/1993/23/Corr.4', 'TAKES_NOTE:E/1993/23/Corr.5'] },
  { source: 'field guide §2: decisions are not resolutions', text: 'Recalling its decision 65/530 of 22 December 2010', expect: ['RECALLS:A/DEC/65/530'] },
  { source: 'field guide §3: HRC lists', text: 'Recalling Human Rights Council resolutions 7/12 of 27 March 2008 and 16/16 of 24 March 2011', expect: ['RECALLS:A/HRC/RES/16/16', 'RECALLS:A/HRC/RES/7/12'] },
  { source: 'field guide §3: irregular Chinese forms', text: '重申其第A/RES/61/177号决议、第41/6J号决议以及安全理事会第1325(2000)号决议和第1888(2009)、第1960(2010)号决议', expect: ['REAFFIRMS:A/RES/41/6 J', 'REAFFIRMS:A/RES/61/177', 'REAFFIRMS:S/RES/1325 (2000)', 'REAFFIRMS:S/RES/1888 (2009)', 'REAFFIRMS:S/RES/1960 (2010)'] },
  { source: 'field guide §3: ECOSOC and CHR numbering', text: 'Recalling Economic and Social Council resolution 2019/1 and Commission on Human Rights resolutions 1993/51 and 2004/81', expect: ['RECALLS:E/CN.4/RES/1993/51', 'RECALLS:E/CN.4/RES/2004/81', 'RECALLS:E/RES/2019/1'] },
  { source: 'field guide §4: coordinated verbs start clauses', text: 'Welcomes the report of the Secretary-General (A/79/552), and calls upon States to implement resolution 2250 (2015)', expect: ['CITES:S/RES/2250 (2015)', 'WELCOMES:A/79/552'] },
  { source: 'field guide §7: instrument lists', text: '回顾《世界人权宣言》、《公民权利和政治权利国际公约》和《经济、社会、文化权利国际公约》，', expect: ['RECALLS:iccpr', 'RECALLS:icescr', 'RECALLS:udhr'] },
];

describe('real sentences', () => {
  it.each(ROWS.map((r) => [r.source, r] as const))('%s', (_source, row) => {
    expect(summary(row.text)).toEqual([...row.expect].sort());
  });
});

describe('aligned Chinese–English pairs (zh-en/sentences.jsonl)', () => {
  // A pair is aligned when both sides write the same resolution numbers; then both must resolve them alike.
  const numbers = (t: string) => (t.match(/\d{1,4}\s?\/\s?\d{1,4}|\d{1,4}\s?\(\s?(?:\d{4}|[IVXL]+)\s?\)/g) ?? []).map((n) => n.replace(/\s/g, '')).sort();
  const aligned = pairs.filter((p) => {
    const z = numbers(p.zh);
    return z.length > 0 && JSON.stringify(z) === JSON.stringify(numbers(p.en));
  });
  const resolutions = (t: string, lang: 'zh' | 'en') =>
    [...new Set(extractFragment({ id: 0, text: t, lang }).citations.filter((c) => /\/(?:RES|DEC)\//.test(c.target)).map((c) => c.target))].sort();

  it('when pairs are aligned, then there are enough of them to check', () => {
    expect(aligned.length).toBeGreaterThanOrEqual(10);
  });

  it.each(aligned.map((p) => [p.id, p] as const))('when %s is read in both languages, then the same resolutions come out', (_id, p) => {
    expect(resolutions(p.zh, 'zh')).toEqual(resolutions(p.en, 'en'));
  });
});
