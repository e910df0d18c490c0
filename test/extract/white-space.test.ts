// White space made one line, over the cases each quick path must tell apart.
// collapseWhitespace: text with nothing to collapse comes back as it is (the same object),
// everything else is collapsed, and every character kept still points at itself in the original.
// oneLine: every run of white space becomes one space, as a plain replace of every run gives.
import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, collapseWhitespace } from '../../ingest/offsets.ts';
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
