// White space made one line, over the cases each quick path must tell apart.
// collapseWhitespace: text with nothing to collapse comes back as it is (the same object),
// everything else is collapsed, and every character kept still points at itself in the original.
// oneLine: every run of white space becomes one space, as a plain replace of every run gives.
import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, collapseWhitespace, isCjk, isSpace, linesText } from '../../ingest/offsets.ts';
import { oneLine } from '../../ingest/formats/render.ts';

const mapped = (s: string) => new MappedTextBuilder(s.length).copy(s, 0, s.length).build();

describe('collapseWhitespace', () => {
  it.each([
    ['single plain spaces only', 'Recalling its resolution 60/251 of 15 March 2006,', 'Recalling its resolution 60/251 of 15 March 2006,', true],
    ['a space at the start', ' Recalling', 'Recalling', false],
    ['a space at the end', 'Recalling ', 'Recalling', false],
    ['two spaces', 'resolution  60/251', 'resolution 60/251', false],
    ['a tab', 'resolution\t60/251', 'resolution 60/251', false],
    ['a line break', 'resolution\n60/251', 'resolution 60/251', false],
    ['line breaks between words (a plain text\'s paragraph)', 'Recalling its\nresolution\n60/251,', 'Recalling its resolution 60/251,', false],
    ['a line break next to a space', 'resolution \n60/251', 'resolution 60/251', false],
    ['a carriage return and a line break', 'resolution\r\n60/251', 'resolution 60/251', false],
    ['a line break at the end', 'resolution\n', 'resolution', false],
    ['a line break between two CJK characters', '联合国\n大会', '联合国大会', false],
    ['a line break between CJK and Latin', '大会\nA/RES/60/251', '大会 A/RES/60/251', false],
    ['a no-break space', 'resolution\u00a060/251', 'resolution 60/251', false],
    ['a narrow no-break space', '10\u202fDecember', '10 December', false],
    ['a zero-width space', 'resolution\u200b60/251', 'resolution 60/251', false],
    ['a byte-order mark inside', 'resolution\ufeff60/251', 'resolution 60/251', false],
    ['an ideographic space', '联合国\u3000大会', '联合国大会', false],
    ['a space between two CJK characters', '联合国 大会', '联合国大会', false],
    ['a space between CJK and Latin', '联合国 A/RES/60/251', '联合国 A/RES/60/251', true],
    ['a line separator (white space to \\s, not to citegraph)', 'resolution\u2028sep', 'resolution\u2028sep', false],
    ['nothing at all', '', '', false],
  ])('%s', (_, input, expected, unchanged) => {
    const original = mapped(input);
    const collapsed = collapseWhitespace(original);
    expect(collapsed.text).toBe(expected);
    if (unchanged) expect(collapsed).toBe(original);
    expect(collapsed.map).toHaveLength(collapsed.text.length + 1);
    for (let i = 0; i < collapsed.text.length; i++) {
      const source = input[collapsed.map[i]!]!;
      expect(collapsed.text[i] === ' ' ? /\s|\u200b/.test(source) : source === collapsed.text[i]).toBe(true);
    }
  });
});

/** A small deterministic generator, so that a failure comes again. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const ALPHABET = ['a', 'b', '1', ',', '联', '大', ' ', ' ', '\n', '\n', '\t', '\r', '\u200b', '\u00a0'];
const randomText = (next: () => number, length: number) => Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');

describe('collapseWhitespace against the plain rule, on 3,000 random texts', () => {
  // every run of white space is one space, mapped to the run's first character, or nothing between two
  // CJK characters or at either end; the end maps to just after the last character kept
  function expected(input: string): { text: string; map: number[] } {
    const text: string[] = [];
    const map: number[] = [];
    let i = 0;
    while (i < input.length) {
      if (!isSpace(input.charCodeAt(i))) {
        text.push(input[i]!);
        map.push(i++);
        continue;
      }
      const run = i;
      while (i < input.length && isSpace(input.charCodeAt(i))) i++;
      if (run > 0 && i < input.length && !(isCjk(input.charCodeAt(run - 1)) && isCjk(input.charCodeAt(i)))) {
        text.push(' ');
        map.push(run);
      }
    }
    return { text: text.join(''), map: [...map, map.length ? map[map.length - 1]! + 1 : 0] };
  }
  it('when texts of letters, CJK characters and every kind of white space are collapsed, then each gives what the rule gives', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      const input = randomText(next, 1 + Math.floor(next() * 24));
      const collapsed = collapseWhitespace(mapped(input));
      expect({ input, text: collapsed.text, map: [...collapsed.map] }).toEqual({ input, ...expected(input) });
    }
  });
});

describe('linesText against the builder, on 3,000 random texts', () => {
  const built = (original: string, lines: { start: number; end: number }[]) => {
    const b = new MappedTextBuilder();
    lines.forEach((l, i) => {
      if (i > 0) b.synthetic('\n', lines[i - 1]!.end);
      b.copy(original, l.start, l.end);
    });
    return b.build();
  };
  it('when the lines of a text are joined, all of them or some, then text and offsets are what the builder gives', () => {
    const next = random(11);
    for (let n = 0; n < 3000; n++) {
      const original = randomText(next, 1 + Math.floor(next() * 40));
      // lines as split at line breaks, or (every fourth text) at any space, tab or line break
      const breaksLine = n % 4 === 3 ? (c: string) => c === ' ' || c === '\t' || c === '\n' : (c: string) => c === '\n';
      const all: { start: number; end: number }[] = [];
      let start = 0;
      for (let i = 0; i <= original.length; i++) {
        if (i === original.length || breaksLine(original[i]!)) {
          all.push({ start, end: i });
          start = i + 1;
        }
      }
      // all the lines, or every other one, or a run of them with one line's end cut short
      const lines = n % 3 === 0 ? all : n % 3 === 1 ? all.filter((_, i) => i % 2 === 0) : all.map((l, i) => (i === 0 && l.end > l.start ? { start: l.start, end: l.end - 1 } : l));
      const joined = linesText(original, lines);
      const reference = built(original, lines);
      expect({ original, text: joined.text, map: [...joined.map] }).toEqual({ original, text: reference.text, map: [...reference.map] });
    }
  });
});

describe('linesText of a stretch taken as it is', () => {
  // the map of such a stretch is a view of one shared counting array, grown as texts get longer,
  // or an array of its own beyond 2^20 characters
  it.each([
    ['at the start of a short text', 0, 10],
    ['further than any text before', 5_000, 70_000],
    ['beyond the shared array', (1 << 20) - 5, (1 << 20) + 40],
  ])('%s: every character maps to where it stands', (_, start, end) => {
    const original = 'x'.repeat(start) + 'Recalling\n'.repeat(Math.ceil((end - start) / 10)) + 'end';
    const lines: { start: number; end: number }[] = [];
    for (let at = start; at < end; at += 10) lines.push({ start: at, end: at + 9 });
    const joined = linesText(original, lines);
    const last = lines[lines.length - 1]!.end;
    expect(joined.text).toBe(original.slice(start, last));
    expect(joined.map.length).toBe(last - start + 1);
    expect(joined.map.every((offset, i) => offset === start + i)).toBe(true);
  });
});

describe('oneLine', () => {
  it.each([
    ['single plain spaces', 'Recalling its resolution 60/251,', 'Recalling its resolution 60/251,'],
    ['indentation and line breaks of XML', '\n      Recalling its resolution\n      60/251,\n    ', 'Recalling its resolution 60/251,'],
    ['two spaces', 'resolution  60/251', 'resolution 60/251'],
    ['a lone tab', 'resolution\t60/251', 'resolution 60/251'],
    ['a lone no-break space', '10\u00a0December', '10 December'],
    ['a lone zero-width space', 'resolution\u200b60/251', 'resolution 60/251'],
    ['a space next to a zero-width space', 'resolution \u200b60/251', 'resolution 60/251'],
    ['a byte-order mark and a space', '\ufeff resolution', 'resolution'],
    ['white space only', ' \n\t ', ''],
  ])('%s', (_, input, expected) => {
    expect(oneLine(input)).toBe(expected);
    expect(oneLine(input)).toBe(input.replace(/[\s\u200b]+/g, ' ').trim());
  });
});
