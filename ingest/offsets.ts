// Offset-mapped text: every cleaning step keeps, for each character it
// produces, the offset of the character of the ORIGINAL text it came from,
// so any span found in cleaned text can be traced back to the source.

/** A piece of text whose characters each know their original offset. */
export interface MappedText {
  readonly text: string;
  /** map[i] = offset in the original text of text[i]; map[text.length] = original end. */
  readonly map: Int32Array;
}

/** Builds a MappedText piece by piece from ranges of the original and synthetic characters. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];
  private end = 0;

  /** Copies original[start, end) verbatim. */
  copy(original: string, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(original.slice(start, end));
    for (let i = start; i < end; i++) this.offsets.push(i);
    this.end = end;
    return this;
  }

  /** Copies a slice of an already mapped text. */
  copyMapped(source: MappedText, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(source.text.slice(start, end));
    for (let i = start; i < end; i++) this.offsets.push(source.map[i]!);
    this.end = source.map[end - 1]! + 1;
    return this;
  }

  /** Inserts characters that stand for the original character at `at` (e.g. a space for a line break). */
  synthetic(chars: string, at: number): this {
    if (!chars) return this;
    this.parts.push(chars);
    for (let i = 0; i < chars.length; i++) this.offsets.push(at);
    this.end = Math.max(this.end, at + 1);
    return this;
  }

  get length(): number {
    return this.offsets.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] ?? '' : '';
  }

  build(): MappedText {
    const map = new Int32Array(this.offsets.length + 1);
    map.set(this.offsets);
    map[this.offsets.length] = this.end;
    return { text: this.parts.join(''), map };
  }
}

/** Maps a span of a mapped text to a span of the original text. */
export function originalSpan(mt: MappedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = mt.map[Math.min(start, mt.text.length)] ?? 0;
    return [at, at];
  }
  return [mt.map[start]!, mt.map[end - 1]! + 1];
}

/**
 * Rewrites a mapped text with a regular expression (global flag required):
 * each match is replaced by the text of the capture group `keep` (or deleted
 * when keep is 0), keeping the offsets of the kept characters.
 */
export function rewrite(mt: MappedText, re: RegExp, keep: number): MappedText {
  const b = new MappedTextBuilder();
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(mt.text); m; m = re.exec(mt.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    b.copyMapped(mt, last, m.index);
    if (keep > 0 && m[keep] !== undefined) {
      const groupStart = m.index + m[0].indexOf(m[keep]!);
      b.copyMapped(mt, groupStart, groupStart + m[keep]!.length);
    }
    last = m.index + m[0].length;
  }
  b.copyMapped(mt, last, mt.text.length);
  return b.build();
}

/** Deletes the given (sorted, non-overlapping) ranges. */
export function deleteRanges(mt: MappedText, ranges: ReadonlyArray<readonly [number, number]>): MappedText {
  if (ranges.length === 0) return mt;
  const b = new MappedTextBuilder();
  let last = 0;
  for (const [s, e] of ranges) {
    if (s < last) continue;
    b.copyMapped(mt, last, s);
    last = e;
  }
  b.copyMapped(mt, last, mt.text.length);
  return b.build();
}

/** Collapses runs of whitespace into one space (none between two CJK characters) and trims. */
export function collapseWhitespace(mt: MappedText): MappedText {
  const b = new MappedTextBuilder();
  const t = mt.text;
  let i = 0;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  let end = t.length;
  while (end > i && isSpace(t.charCodeAt(end - 1))) end--;
  let runStart = i;
  while (i < end) {
    if (!isSpace(t.charCodeAt(i))) {
      i++;
      continue;
    }
    b.copyMapped(mt, runStart, i);
    const wsStart = i;
    while (i < end && isSpace(t.charCodeAt(i))) i++;
    const before = t.charCodeAt(wsStart - 1);
    const after = t.charCodeAt(i);
    if (!(isCjk(before) && isCjk(after))) b.synthetic(' ', mt.map[wsStart]!);
    runStart = i;
  }
  b.copyMapped(mt, runStart, end);
  return b.build();
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 0x200b || c === 0xfeff;
}

/** CJK ideographs and CJK punctuation/full-width forms. */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3400 && c <= 0x4dbf);
}
