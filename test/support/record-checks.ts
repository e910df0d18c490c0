// What every record must be, whatever document it came from: valid by the output schema, every
// span inside the text the reader produced, a text citation's span holding the target's number,
// and a resolution's own symbol and adoption date found. Used by the fixture test
// (test/extract/corpus.test.ts) and the whole-corpus check (npm run check:corpus).
import { extractRecordSchema, type ExtractRecord } from '../../ingest/index.ts';

/** Texts that print no adoption date at all (the gold text starts with the preamble). */
const NO_DATE_IN_TEXT = ['S_RES_0462_1980_EN_GOLD.txt'];

export function recordProblems(file: string, text: string, record: ExtractRecord): string[] {
  const problems: string[] = [];
  const parsed = extractRecordSchema.safeParse(record);
  if (!parsed.success) problems.push(`not a valid record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const c of record.citations) {
    if (!(c.span[0] >= 0 && c.span[1] <= text.length && c.span[1] > c.span[0])) problems.push(`${c.target}: span ${c.span} outside the text`);
    else if (c.targetKind === 'document' && c.via === 'text') {
      // the span holds the number or symbol of the target (white space and Markdown aside)
      // (an abbreviated list item — "and Corr.1", ", 4 and 5" — holds at least its own number)
      const words = text.slice(c.span[0], c.span[1]).replace(/\s+/g, '').replace(/[\u2010-\u2013]/g, '-').toUpperCase();
      const core = c.target.replace(/^[A-Z][A-Z0-9./]*?\/(?:RES|DEC)\//, '').split(' ')[0]!.toUpperCase();
      const ownNumber = /(\d+)\D*$/.exec(c.target.replace(/ \(.*\)$/, ''))?.[1] ?? '';
      if (!(words.includes(core) || (/\/(?:ADD|CORR|REV|AMEND)\.\d+$/.test(core) && words.endsWith(ownNumber)))) problems.push(`${c.target}: the span holds "${words}"`);
    }
  }
  if (/\/(ga|sc)\//.test(file) || /A-RES-76-158/.test(file)) {
    if (!/^(?:A|S)\/(?:RES|DEC|PRST)\//.test(record.symbol ?? '')) problems.push(`resolution symbol not found (${record.symbol})`);
    const noDate = NO_DATE_IN_TEXT.some((n) => file.endsWith(n));
    if (!noDate && !/^\d{4}-\d{2}-\d{2}$/.test(record.date ?? '')) problems.push('adoption date not found');
  }
  return problems;
}
