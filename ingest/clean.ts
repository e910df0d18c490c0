// Stage 2 — clean: front matter read and set aside, the text split into
// physical lines that keep their offsets, and page furniture (running
// symbol, page numbers "2/5", job numbers "21-19197", bar codes, running
// titles) dropped. Nothing is rewritten: later stages copy from the
// original through offset maps.
import { language as compiledLanguage } from './languages/index.ts';
import type { CleanText, Language, Line, SourceText } from './models.ts';

const FRONT_MATTER = /^\s*---[ \t]*\r?\n([\s\S]{0,20000}?)\r?\n---[ \t]*(?:\r?\n|$)/;
const SYMBOL_ONLY = /^\s*[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+)+\s*\*?\s*$/;
const JOB_NUMBER = /^\s*\d{2}-\d{5}\s*(?:\([A-Z]\))?\s*(?:\d{6})?\s*$/;
const BAR_CODE = /^\s*\*\d{5,}\*\s*$/;
const PAGE_NUMBER = /^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/;

/** Splits text[from, to) into lines (\n, \r\n, \r, and form feed) keeping offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 12) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start <= to) lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

export function parseFrontMatter(text: string): { fields: Record<string, string>; end: number } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { fields: {}, end: 0 };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, end: m[0].length };
}

/** Marks page-furniture lines: a cluster of symbol / job number / bar code / page number / repeated running title lines. */
export function furnitureLines(lines: Line[]): Set<number> {
  const strong = new Set<number>();
  const symbolCount = new Map<string, number>();
  for (const l of lines) if (SYMBOL_ONLY.test(l.text)) symbolCount.set(l.text.trim(), (symbolCount.get(l.text.trim()) ?? 0) + 1);
  lines.forEach((l, i) => {
    if (JOB_NUMBER.test(l.text) || BAR_CODE.test(l.text)) strong.add(i);
    else if (SYMBOL_ONLY.test(l.text) && (symbolCount.get(l.text.trim()) ?? 0) >= 2) strong.add(i);
  });
  const out = new Set(strong);
  if (strong.size === 0) return out;
  const near = (i: number, w: number) => {
    for (let k = Math.max(0, i - w); k <= Math.min(lines.length - 1, i + w); k++) if (strong.has(k)) return true;
    return false;
  };
  // Repeated running-title lines: the same line appearing at least twice, each time next to furniture.
  const lineCount = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length >= 8) lineCount.set(t, (lineCount.get(t) ?? 0) + 1);
  }
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (PAGE_NUMBER.test(l.text) && near(i, 4)) out.add(i);
    else if (t.length >= 8 && (lineCount.get(t) ?? 0) >= 2 && near(i, 4)) out.add(i);
  });
  return out;
}

export function clean(source: SourceText, language: Language): CleanText {
  const [from, to] = source.range;
  // Front matter is a text file's own header; a reader's rendered text has none.
  const { fields, end } = source.format === 'text' || source.format === 'markdown' ? parseFrontMatter(source.text) : { fields: {}, end: 0 };
  const all = splitLines(source.text, Math.max(from, end), to);
  const drop = furnitureLines(all);
  // The first page's header block keeps its symbol line (the printed symbol is header evidence).
  const lines = all.filter((_, i) => !drop.has(i) || i < firstBodyLine(all, compiledLanguage(language).table.openingPattern));
  return { source, language, frontMatter: fields, lines, bodyStart: Math.max(from, end) };
}

/** The line that opens the body ("The General Assembly,"), where the header block ends. */
function firstBodyLine(lines: Line[], opening: RegExp): number {
  for (let i = 0; i < lines.length && i < 80; i++) {
    if (opening.test(lines[i]!.text)) return i;
  }
  return Math.min(lines.length, 25);
}
