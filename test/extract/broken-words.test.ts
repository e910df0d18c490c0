// Words broken at the end of a line in the UN's scanned Security Council texts ("ex-⏎amine"), made
// whole again in paragraphs and quotes; a real hyphen at the end of a line ("self-⏎determination")
// keeps its hyphen. Rows: [file, what a quote must hold, what no quote may hold].
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/index.ts';
import { corpusFile } from './corpus-path.ts';

const ROWS: [string, string, string][] = [
  ['S_RES_0450_1979_EN_GOLD.txt', 'to examine practical ways', 'ex- amine'],
  ['S_RES_0318_1972_EN_GOLD.txt', 'Security Council Committee established', 'Commit- tee'],
  ['S_RES_0312_1972_EN_GOLD.txt', 'self-determination and independence', 'selfdetermination'],
];

describe('words broken at the end of a line', () => {
  it.each(ROWS)('when %s is extracted, then its quotes read "%s", never "%s"', (file, whole, broken) => {
    const record = extractDocument(readFileSync(corpusFile('en', 'sc', file), 'utf8'), { file });
    const quotes = record.citations.map((c) => c.quote).join('\n');
    expect(quotes).toContain(whole);
    expect(quotes).not.toContain(broken);
  });
});
