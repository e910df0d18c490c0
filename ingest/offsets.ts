// Offset-mapped text: every cleaning step keeps, for each character it
// produces, the offset of the character of the ORIGINAL text it came from,
// so any span found in cleaned text can be traced back to the source.

/** A piece of text whose characters each know their original offset. */
export interface MappedText {
  readonly text: string;
  /** map[i] = offset in the original text of text[i]; map[text.length] = original end. */
  readonly map: Int32Array;
}

const EMPTY = new Int32Array(0);

/** Builds a MappedText piece by piece from ranges of the original and synthetic characters. */
export class MappedTextBuilder {
  private parts: string[] = [];
  // a typed array grown by doubling: offsets of mapped slices are copied as one block, not one number at a time
  private offsets = EMPTY;
  private count = 0;
  private end = 0;

  /**
   * `capacity`: about how many characters the text will have (a rewrite's, its source's), so that
   * its array need not grow; allocated at the first character, as many builders end up unused.
   */
  constructor(private readonly capacity = 63) {}

  private reserve(more: number): void {
    if (this.count + more < this.offsets.length) return;
    if (this.offsets === EMPTY) {
      this.offsets = new Int32Array(Math.max(this.capacity, more) + 1);
      return;
    }
    let capacity = this.offsets.length * 2;
    while (capacity <= this.count + more) capacity *= 2;
    const grown = new Int32Array(capacity);
    grown.set(this.offsets.subarray(0, this.count));
    this.offsets = grown;
  }

  /** Copies original[start, end) verbatim. */
  copy(original: string, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(original.slice(start, end));
    this.reserve(end - start);
    for (let i = start; i < end; i++) this.offsets[this.count++] = i;
    this.end = end;
    return this;
  }

  /** Copies a slice of an already mapped text. */
  copyMapped(source: MappedText, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(source.text.slice(start, end));
    this.reserve(end - start);
    if (end - start > 32) {
      this.offsets.set(source.map.subarray(start, end), this.count);
      this.count += end - start;
    } else for (let i = start; i < end; i++) this.offsets[this.count++] = source.map[i]!;
    this.end = source.map[end - 1]! + 1;
    return this;
  }

  /** Inserts characters that stand for the original character at `at` (e.g. a space for a line break). */
  synthetic(chars: string, at: number): this {
    if (!chars) return this;
    this.parts.push(chars);
    this.reserve(chars.length);
    this.offsets.fill(at, this.count, this.count + chars.length);
    this.count += chars.length;
    this.end = Math.max(this.end, at + 1);
    return this;
  }

  get length(): number {
    return this.count;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] ?? '' : '';
  }

  build(): MappedText {
    this.reserve(1);
    this.offsets[this.count] = this.end;
    // a view, not a copy: the builder is done with its array
    return { text: this.parts.join(''), map: this.offsets.subarray(0, this.count + 1) };
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
  const b = new MappedTextBuilder(mt.text.length);
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

/** Offsets 0, 1, 2 …, shared: a map no one writes to (maps are only read once built). */
let counting = new Int32Array(0);
/** Above this, an identity map is an array of its own rather than the shared one grown (4 MB). */
const SHARED_IDENTITY_LIMIT = 1 << 20;

/**
 * The map of a stretch of the original from `start` to `end` taken as it is: each character maps
 * to where it stands. A view of the shared counting array, neither allocated nor filled a
 * paragraph (making one each was a twentieth of a small text's extraction).
 */
function identityMap(start: number, end: number): Int32Array {
  if (end >= SHARED_IDENTITY_LIMIT) {
    const map = new Int32Array(end - start + 1);
    for (let i = 0; i < map.length; i++) map[i] = start + i;
    return map;
  }
  if (counting.length <= end) {
    counting = new Int32Array(Math.min(SHARED_IDENTITY_LIMIT, Math.max(2 * counting.length, end + 1, 4096)));
    for (let i = 0; i < counting.length; i++) counting[i] = i;
  }
  return counting.subarray(start, end + 1);
}

/** Ranges of the original (its lines) joined by line breaks, each break mapped to the end of the range before it. */
export function linesText(original: string, lines: ReadonlyArray<{ readonly start: number; readonly end: number }>): MappedText {
  // lines that follow each other with one line break between are the original's own stretch: each
  // character, breaks included, maps to where it stands (a plain text's paragraph mostly is)
  if (lines.length > 0 && lines.every((l, i) => i === 0 || (l.start === lines[i - 1]!.end + 1 && original.charCodeAt(l.start - 1) === 10))) {
    const start = lines[0]!.start;
    const end = lines[lines.length - 1]!.end;
    return { text: original.slice(start, end), map: identityMap(start, end) };
  }
  const b = new MappedTextBuilder(lines.length === 0 ? 0 : lines[lines.length - 1]!.end - lines[0]!.start);
  lines.forEach((l, i) => {
    if (i > 0) b.synthetic('\n', lines[i - 1]!.end);
    b.copy(original, l.start, l.end);
  });
  return b.build();
}

/** Deletes the given (sorted, non-overlapping) ranges. */
export function deleteRanges(mt: MappedText, ranges: ReadonlyArray<readonly [number, number]>): MappedText {
  if (ranges.length === 0) return mt;
  const b = new MappedTextBuilder(mt.text.length);
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
  const t = mt.text;
  // Most paragraphs of a structured format have nothing to collapse: one expression tells so at
  // a third of the cost of the walk below (it may say yes where the walk changes nothing).
  if (t.length > 0 && mt.map[t.length] === mt.map[t.length - 1]! + 1) {
    if (!COLLAPSIBLE.test(t)) return mt;
    // lines joined by one line break each (a plain text's paragraph): each break becomes a space at
    // its own offset, which is what the walk below gives for them
    if (!COLLAPSIBLE_BESIDES_LINE_BREAKS.test(t)) return { text: t.replaceAll('\n', ' '), map: mt.map };
  }
  const b = new MappedTextBuilder(mt.text.length);
  let i = 0;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  let end = t.length;
  while (end > i && isSpace(t.charCodeAt(end - 1))) end--;
  const start = i;
  let runStart = i;
  while (i < end) {
    if (!isSpace(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const wsStart = i;
    while (i < end && isSpace(t.charCodeAt(i))) i++;
    const before = t.charCodeAt(wsStart - 1);
    const after = t.charCodeAt(i);
    const joinsCjk = isCjk(before) && isCjk(after);
    // A lone plain space that stays is copied with the text around it: most spaces are, and
    // the result (the same character, the same offset) is what a synthetic ' ' would give.
    if (i - wsStart === 1 && t.charCodeAt(wsStart) === 0x20 && !joinsCjk) continue;
    b.copyMapped(mt, runStart, wsStart);
    if (!joinsCjk) b.synthetic(' ', mt.map[wsStart]!);
    runStart = i;
  }
  // nothing to collapse, and the map already ends as a build would end it
  if (runStart === start && start === 0 && end === t.length && end > 0 && mt.map[end] === mt.map[end - 1]! + 1) return mt;
  b.copyMapped(mt, runStart, end);
  return b.build();
}

const CJK = String.raw`\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef`;
/**
 * What collapseWhitespace would change: white space other than a lone plain space (\s holds every
 * isSpace character but U+200B), a space at either end, a space between two CJK characters (isCjk).
 */
const COLLAPSIBLE = new RegExp(String.raw`[^\S ]|\u200b|  |^ | $|[${CJK}] [${CJK}]`);
/** The same, but for a lone line break between two characters that are neither white space nor both CJK. */
const COLLAPSIBLE_BESIDES_LINE_BREAKS = new RegExp(String.raw`[^\S \n]|\u200b|\s\s|^\s|\s$|[${CJK}]\s[${CJK}]`);

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 0x200b || c === 0xfeff;
}

/** CJK ideographs and CJK punctuation/full-width forms. */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Inline clean-up of Markdown artefacts and full-width forms, keeping offsets. */
export function inlineClean(mt: MappedText): MappedText {
  let t = mt;
  if (t.text.includes('](')) t = rewrite(t, /\[([^\]\n]{1,200})\]\((?:#[^)\s]{0,200}|[^)\s]{0,400})\)/g, 1);
  if (t.text.includes('**')) t = rewrite(t, /\*\*([^*\n]{0,400}?)\*\*/g, 1);
  if (t.text.includes('**')) t = rewrite(t, /\*\*/g, 0);
  if (/[\uff08\uff09\uff0f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(t.text)) {
    const chars = [...t.text].map((c) => {
      const code = c.charCodeAt(0);
      return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || code === 0xff08 || code === 0xff09 || code === 0xff0f
        ? String.fromCharCode(code - 0xfee0)
        : c;
    });
    if (chars.length === t.text.length) t = { text: chars.join(''), map: t.map };
  }
  if (/[\u2010\u2011\u2012\u2013\u2212]/.test(t.text)) t = { text: t.text.replace(/[\u2010\u2011\u2012\u2212]/g, '-'), map: t.map };
  return t;
}
