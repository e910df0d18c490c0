// The ingest summary's compact set of strings (ingest/load/distinct.ts): it must count exactly
// what a Set counts, through its growth, on the symbols an ingest meets.
import { describe, expect, it } from 'vitest';
import { HashedSet } from '../../ingest/load/distinct.ts';
import { generateRecords } from '../bench/synthetic.ts';

describe('HashedSet', () => {
  it.each([0, 1, 10, 1000, 20_000])('when %i symbols and their citation targets are added (with repeats), then it counts what a Set counts', (documents) => {
    const symbols = new HashedSet();
    const targets = new HashedSet();
    const exactSymbols = new Set<string>();
    const exactTargets = new Set<string>();
    for (const record of generateRecords({ documents, seed: 1 })) {
      for (const symbol of [record.symbol!, record.symbol!]) {
        expect(symbols.add(symbol)).toBe(!exactSymbols.has(symbol));
        exactSymbols.add(symbol);
      }
      for (const c of record.citations) {
        targets.add(c.target);
        exactTargets.add(c.target);
      }
    }
    expect(symbols.size).toBe(exactSymbols.size);
    expect(targets.size).toBe(exactTargets.size);
    expect(targets.countNotIn(symbols)).toBe([...exactTargets].filter((t) => !exactSymbols.has(t)).length);
    for (const t of exactTargets) expect(targets.has(t)).toBe(true);
    expect(symbols.has('A/RES/not-a-symbol')).toBe(false);
  });
});
