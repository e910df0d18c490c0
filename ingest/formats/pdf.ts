// PDF → the rendered text, with Mozilla's pdf.js for the text layer and our own reading of
// the UN page layout on top of it:
//   - page furniture is dropped: running headers and footers (the symbol, the running title,
//     page numbers "2/5", job numbers "24-12345 (E)", the bar code, "Please recycle");
//   - superscript digits in the body (smaller and raised) become footnote markers "[^n]";
//   - footnotes, the smaller lines at the foot of a page that start with a marker (below a
//     rule when there is one), become footnotes bound to those markers, and a footnote that
//     runs on to the next page stays one footnote;
//   - lines become paragraphs by spacing, first-line indent and paragraph numbers, across page
//     breaks too; a line-end hyphen joins the word ("Secretary-" + "General"), since UN texts
//     are not hyphenated by the typesetter.
// The first page's header block (symbol, body, "Resolution adopted by …") is kept as header lines.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExtractError } from '../errors.ts';
import { TextRenderer, marker, type Rendered } from './render.ts';

/** One run of text as pdf.js gives it, in page coordinates (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PageText {
  width: number;
  height: number;
  runs: TextRun[];
}

/** The layout rules, each a number with the reason for it. */
export const PDF_LAYOUT = {
  /** A run at most this fraction of the body size that is only digits is a superscript marker (UN body markers are 6.5 pt on 10 pt). */
  markerSizeRatio: 0.75,
  /** Runs whose baselines differ by less than this fraction of their size are one line. */
  baselineTolerance: 0.3,
  /** A gap wider than this many times the font size splits a line into separate cells (two-column header, tables). */
  cellGap: 3,
  /** A gap between runs wider than this fraction of the font size is a space. */
  spaceGap: 0.15,
  /** A line gap this many times the usual line pitch starts a new paragraph (UN paragraphs have 6 pt extra on 12 pt). */
  paragraphGap: 1.3,
  /** A first line indented more than this fraction of the font size starts a paragraph. */
  indent: 0.8,
  /** Lines of at most this fraction of the body size may be footnotes (UN footnotes are 8.5 pt on 10 pt). */
  footnoteSizeRatio: 0.95,
  /** How many lines at the top and at the foot of a page can be furniture. */
  furnitureLines: 4,
  /** Furniture stands in the top or bottom margin, these fractions of the page height (UN running heads sit in the top 8 %, footers in the bottom 6 %, footnotes and body text between). */
  topMargin: 0.09,
  bottomMargin: 0.065,
} as const;

/** Pieces of page furniture: a line made only of them, at the top or foot of a page, is furniture. */
const FURNITURE_TOKENS = {
  /** Never in running text as a line of their own: page numbers "2/56", job numbers "24-16433 (E)", the date stamp, the bar code. */
  numbers: [/^\d{1,4}\/\d{1,4}$/, /^\d{1,4}$/, /^\d{2}-\d{5}$/, /^\([A-Z]\)$/, /^\d{6}$/, /^\*\d{5,}\*$/],
  /** The symbol (A/RES/79/1, S/RES/2719 (2023)): also the whole text of some footnotes, so only in the page margins. */
  symbol: [/^[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+)+\*?$/, /^\(\d{4}\)$/],
};
const FURNITURE_LINES = [/^\s*Please\s+recycle\b/i, /^\s*请回收\s*$/];
const tokensOf = (text: string) => text.split(/\s+/).filter(Boolean);
const isNumberFurniture = (text: string) =>
  FURNITURE_LINES.some((re) => re.test(text)) || tokensOf(text).every((t) => FURNITURE_TOKENS.numbers.some((re) => re.test(t)));
const isSymbolFurniture = (text: string) => tokensOf(text).every((t) => [...FURNITURE_TOKENS.numbers, ...FURNITURE_TOKENS.symbol].some((re) => re.test(t)));
const RULE = /^\s*_{5,}\s*$/;
const PARAGRAPH_NUMBER = /^\s*(?:\d{1,3}\s*\.|\([a-z]{1,2}\)|\((?:[ivxl]{1,6})\))\s/;
const DIGITS = /^\s*\d{1,3}(?:\s*[,，]\s*\d{1,3})*\s*$/;
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

interface Line {
  y: number;
  x: number;
  end: number;
  size: number;
  /** Text with "[^n]" where superscript markers stood. */
  text: string;
  /** Markers at the very start of the line (a footnote's own number). */
  leadingMarkers: string[];
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * p)]!;
};

/** The commonest font size, weighted by characters: the body text's size. */
function bodySize(pages: PageText[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) for (const r of p.runs) {
    const k = Math.round(r.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + r.text.trim().length);
  }
  let best = 10;
  let max = -1;
  for (const [k, w] of weight) if (w > max) [best, max] = [k, w];
  return best;
}

/** Joins the runs of one baseline, left to right, splitting at wide gaps into cells. */
function cellsOf(runs: TextRun[], markers: { run: TextRun; numbers: string[] }[]): Line[] {
  const items = [...runs.map((r) => ({ run: r, numbers: null as string[] | null })), ...markers.map((m) => ({ run: m.run, numbers: m.numbers }))].sort((a, b) => a.run.x - b.run.x);
  const cells: Line[] = [];
  let cell: Line | null = null;
  let lastEnd = -Infinity;
  let lastSize = 10;
  for (const { run, numbers } of items) {
    const gap = run.x - lastEnd;
    if (!cell || (gap > PDF_LAYOUT.cellGap * Math.max(lastSize, run.size) && !numbers && run.text.trim())) {
      cell = { y: run.y, x: run.x, end: run.x + run.width, size: run.size, text: '', leadingMarkers: [] };
      cells.push(cell);
    } else if (!numbers && gap > PDF_LAYOUT.spaceGap * run.size && !/\s$/.test(cell.text) && !/^\s/.test(run.text)) {
      cell.text += ' ';
    }
    if (numbers) {
      if (!cell.text.trim()) cell.leadingMarkers.push(...numbers);
      else cell.text += numbers.map(marker).join('');
    } else {
      if (!cell.text.trim() && run.text.trim() && cell.x > run.x) cell.x = run.x;
      if (!cell.text.trim() && cell.leadingMarkers.length && run.text.trim()) cell.x = run.x;
      cell.text += run.text;
      if (run.size > cell.size || !cell.text.trim()) cell.size = run.size;
    }
    cell.end = Math.max(cell.end, run.x + run.width);
    lastEnd = run.x + run.width;
    lastSize = run.size;
  }
  for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
  return cells.filter((c) => c.text || c.leadingMarkers.length);
}

/** The lines of a page, top to bottom, with superscript digits taken as markers. */
export function pageLines(page: PageText, body: number): Line[] {
  const runs = page.runs.filter((r) => r.text.length > 0);
  const isMarker = (r: TextRun) => r.size <= PDF_LAYOUT.markerSizeRatio * body && DIGITS.test(r.text);
  const normal = runs.filter((r) => !isMarker(r) && r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const baselines: { y: number; size: number; runs: TextRun[]; markers: { run: TextRun; numbers: string[] }[] }[] = [];
  for (const r of normal) {
    const line = baselines.find((b) => Math.abs(b.y - r.y) <= PDF_LAYOUT.baselineTolerance * Math.max(b.size, r.size));
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.size);
    } else baselines.push({ y: r.y, size: r.size, runs: [r], markers: [] });
  }
  for (const m of runs.filter(isMarker)) {
    // a superscript sits above the baseline of its line, within the line's height
    let best: (typeof baselines)[number] | null = null;
    for (const b of baselines) {
      const rise = m.y - b.y;
      if (rise < -0.5 || rise > 0.8 * b.size) continue;
      if (!best || Math.abs(rise - 0.35 * b.size) < Math.abs(m.y - best.y - 0.35 * best.size)) best = b;
    }
    const numbers = m.text.split(/[,，]/).map((n) => String(Number(n.trim()))).filter((n) => n !== 'NaN');
    if (best) best.markers.push({ run: m, numbers });
    else baselines.push({ y: m.y, size: m.size, runs: [{ ...m, text: m.text.trim() }], markers: [] });
  }
  baselines.sort((a, b) => b.y - a.y);
  return baselines.flatMap((b) => cellsOf(b.runs, b.markers).map((c) => ({ ...c, y: b.y })));
}

/** Indices of the furniture lines at the top and foot of each page (running titles repeat on several pages). */
function furniture(pages: Line[][], heights: number[]): Set<string> {
  const k = PDF_LAYOUT.furnitureLines;
  const count = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, k), ...lines.slice(-k)].map((l) => l.text));
    for (const t of edge) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const drop = new Set<string>();
  pages.forEach((lines, p) => {
    const inMargin = (l: Line) => l.y > heights[p]! * (1 - PDF_LAYOUT.topMargin) || l.y < heights[p]! * PDF_LAYOUT.bottomMargin;
    const isFurniture = (l: Line) =>
      !l.leadingMarkers.length &&
      (isNumberFurniture(l.text) || (inMargin(l) && (isSymbolFurniture(l.text) || ((count.get(l.text) ?? 0) >= 2 && pages.length > 2 && l.text.length >= 4))));
    // the first page keeps its header block (the printed symbol is header evidence) but not its foot
    if (p > 0) for (let i = 0; i < Math.min(k, lines.length) && isFurniture(lines[i]!); i++) drop.add(`${p}:${i}`);
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - k) && isFurniture(lines[i]!); i--) drop.add(`${p}:${i}`);
  });
  return drop;
}

/** Where the footnotes of a page start: below a rule, or the smaller lines at the foot that open with a marker. */
function footnoteStart(lines: Line[], body: number): number {
  const rule = lines.findIndex((l) => RULE.test(l.text));
  if (rule >= 0) return rule;
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.size > PDF_LAYOUT.footnoteSizeRatio * body) break;
    if (l.leadingMarkers.length) start = i;
  }
  return start;
}

interface Paragraph {
  text: string;
  lastLine: Line;
}

/** The left margin of a page's body: where most of its body-size lines start. */
function leftMargin(lines: Line[], body: number): number {
  const count = new Map<number, number>();
  for (const l of lines) if (Math.abs(l.size - body) < 0.5) count.set(Math.round(l.x), (count.get(Math.round(l.x)) ?? 0) + 1);
  let best = Infinity;
  let max = 0;
  for (const [x, n] of count) if (n > max || (n === max && x < best)) [best, max] = [x, n];
  return best;
}

function joinLine(text: string, next: string): string {
  if (!text) return next;
  if (/\p{L}-$/u.test(text) || text.endsWith('/')) return text + next; // "Secretary-" + "General", "A/RES/" + "79/1"
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next; // a soft hyphen is the typesetter's
  if (CJK.test(text.slice(-1)) && CJK.test(next[0] ?? '')) return text + next;
  return `${text} ${next}`;
}

export function layoutPdf(pages: PageText[]): Rendered {
  const body = bodySize(pages);
  const pageLineSets = pages.map((p) => pageLines(p, body));
  const dropped = furniture(pageLineSets, pages.map((p) => p.height));
  const paragraphs: string[] = [];
  const notes = new Map<string, string>();
  let open: Paragraph | null = null;
  let lastNote: string | null = null;
  const pitches: number[] = [];
  for (const lines of pageLineSets) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i - 1]!.y - lines[i]!.y;
      if (d > 0 && Math.abs(lines[i]!.size - body) < 0.5 && Math.abs(lines[i - 1]!.size - body) < 0.5) pitches.push(d);
    }
  }
  // the line pitch inside paragraphs: the gaps between paragraphs are the larger ones, and may be the majority
  const pitch = percentile(pitches, 0.25) || body * 1.2;

  pageLineSets.forEach((all, p) => {
    const lines = all.filter((_, i) => !dropped.has(`${p}:${i}`));
    const notesFrom = footnoteStart(lines, body);
    const bodyLines = lines.slice(0, notesFrom);
    const left = leftMargin(bodyLines, body);
    bodyLines.forEach((bodyLine, i) => {
      // in the body, a marker that wrapped to the start of a line still marks the words before it
      const line = bodyLine.leadingMarkers.length ? { ...bodyLine, text: bodyLine.leadingMarkers.map(marker).join('') + bodyLine.text, leadingMarkers: [] } : bodyLine;
      const prev = i > 0 ? bodyLines[i - 1]! : null;
      const sameBaseline = prev && Math.abs(prev.y - line.y) < 0.5;
      const gap = prev ? prev.y - line.y : 0;
      const indented = Number.isFinite(left) && line.x - left > PDF_LAYOUT.indent * line.size;
      // a line left of the margin (the first page's header block) stands alone
      const outdented = Number.isFinite(left) && left - line.x > PDF_LAYOUT.indent * line.size;
      // (not after a larger heading: a title like "73/3. Political declaration …" hangs its number left of the margin and runs on)
      const prevOutdented = prev !== null && Number.isFinite(left) && left - prev.x > PDF_LAYOUT.indent * prev.size && prev.size <= body + 0.5;
      const startsNumbered = PARAGRAPH_NUMBER.test(line.text);
      let starts: boolean;
      if (!open) starts = true;
      else if (sameBaseline) starts = true; // another cell of a table row or of the header block
      else if (!prev) starts = indented || startsNumbered || !Number.isFinite(left); // first line of a page: only a new paragraph if it looks like one
      else starts = gap > PDF_LAYOUT.paragraphGap * pitch || indented || outdented || prevOutdented || startsNumbered || Math.abs(line.size - open.lastLine.size) > 1.5;
      if (starts) {
        if (open) paragraphs.push(open.text);
        open = { text: line.text, lastLine: line };
      } else {
        open!.text = joinLine(open!.text, line.text);
        open!.lastLine = line;
      }
    });
    for (const line of lines.slice(notesFrom)) {
      if (RULE.test(line.text)) continue;
      const plain = /^(\d{1,3})\s+(\S.*)$/.exec(line.text);
      if (line.leadingMarkers.length) {
        lastNote = line.leadingMarkers[0]!;
        notes.set(lastNote, line.text);
      } else if (plain && lastNote !== null && Number(plain[1]) === Number(lastNote) + 1) {
        lastNote = plain[1]!;
        notes.set(lastNote, plain[2]!);
      } else if (lastNote !== null) notes.set(lastNote, joinLine(notes.get(lastNote)!, line.text));
      else if (open) open.text = joinLine(open.text, line.text);
    }
  });
  if (open) paragraphs.push((open as Paragraph).text);

  const out = new TextRenderer().beginDocument();
  for (const p of paragraphs) out.paragraph(p);
  for (const [n, text] of notes) out.footnote(n, text);
  return out.endDocument(null).finish();
}

// ---------------------------------------------------------------- pdf.js

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
// pdf.js decodes Chinese, Japanese and Korean fonts with its character maps, and reads the
// 14 standard fonts' metrics from its own data: both ship in the package.
const CMAP_URL = join(PDFJS_DIR, 'cmaps') + '/';
const STANDARD_FONTS_URL = join(PDFJS_DIR, 'standard_fonts') + '/';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = () => (pdfjs ??= import(pathToFileURL(join(PDFJS_DIR, 'legacy/build/pdf.mjs')).href) as Promise<PdfJs>);

export async function readPdf(bytes: Uint8Array): Promise<Rendered> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: give it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const e = error as Error;
    if (e.name === 'PasswordException') throw new ExtractError('encrypted', 'encrypted PDF: a password is needed to read it');
    throw new ExtractError('damaged', `damaged PDF: ${e.message || e.name}`);
  }
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01 || a! <= 0) continue; // rotated text (margins, stamps) is not body text
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.abs(d!) || Math.abs(a!) });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    const characters = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.trim().length, 0), 0);
    if (characters < 20) throw new ExtractError('no-text', 'no text layer: this PDF is an image; OCR it first (e.g. ocrmypdf) and read the result');
    return layoutPdf(pages);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('damaged', `damaged PDF: ${(error as Error).message}`);
  } finally {
    await doc.destroy();
  }
}

