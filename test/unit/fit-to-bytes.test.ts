// The console's value cap (server/services/values.ts fitToBytes): what a cut value keeps.
import { describe, expect, it } from 'vitest';
import { fitToBytes, type Plain } from '../../server/services/values.ts';

const jsonBytes = (value: Plain) => Buffer.byteLength(JSON.stringify(value));

describe('fitToBytes', () => {
  it.each<[string, Plain]>([
    ['a short string', 'A/RES/76/158'],
    ['a number', 42],
    ['null', null],
    ['a small list', [1, 2, 3]],
    ['a small map', { symbol: 'A/RES/76/158', year: 2021 }],
  ])('when %s fits, then it comes back whole and uncut', (_name, value) => {
    expect(fitToBytes(value, 1000)).toEqual({ value, cut: false });
  });

  it.each<[string, Plain, number]>([
    ['a 67 MB string', 'x'.repeat(67_108_864), 20_000],
    ['a Chinese string (3 bytes a character)', '联合国'.repeat(100_000), 10_000],
    ['a list of a million numbers', Array.from({ length: 1_000_000 }, (_, i) => i), 5_000],
    ['a map of many keys', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key${i}`, 'value'])), 2_000],
    ['nested lists of strings', Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => 'Reaffirming its resolution 61/177')), 3_000],
  ])('when %s is past the cap, then it is cut to about the cap and flagged', (_name, value, cap) => {
    const { value: fitted, cut } = fitToBytes(value, cap);
    expect(cut).toBe(true);
    // Within the cap, give or take one "… N more" note.
    expect(jsonBytes(fitted)).toBeLessThanOrEqual(cap + 40);
    expect(jsonBytes(fitted)).toBeGreaterThan(cap / 2);
  });

  it('when a string is cut, then it keeps its start, ends in "…" and never splits a surrogate pair', () => {
    const { value } = fitToBytes('😀'.repeat(1000), 101);
    expect(typeof value).toBe('string');
    const text = value as string;
    expect(text.endsWith('…')).toBe(true);
    expect([...text.slice(0, -1)].every((c) => c === '😀')).toBe(true);
  });

  it('when a list is cut, then its first items stay in order and the last says how many more', () => {
    const { value } = fitToBytes(Array.from({ length: 5000 }, (_, i) => i + 1), 100);
    const list = value as Plain[];
    const kept = list.slice(0, -1);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => i + 1));
    expect(list.at(-1)).toBe(`… ${(5000 - kept.length).toLocaleString('en')} more`);
  });
});
