// Stage 3 — segment: the cleaned lines become a header, numbered paragraphs
// (PP1…, OP1…, OP4(a)) and footnotes; footnote markers (superscripts,
// Markdown [^n], or plain digits in PDF text) are taken out of the
// paragraph text and remembered with their positions.
import { language } from './languages/index.ts';
import type { LanguageTable } from './languages/types.ts';
import { MappedTextBuilder, collapseWhitespace, deleteRanges, inlineClean, linesText, type MappedText } from './offsets.ts';
import type { CleanText, Footnote, Line, Marker, Paragraph, Segmented } from './models.ts';
import { parseHeader } from './header.ts';
import { asciiDigits } from './numbers.ts';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MD_FOOTNOTE_DEF = /^\[\^(\d{1,3})\]:\s?/;
const SUP_FOOTNOTE_DEF = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=\S)/;
const PDF_FOOTNOTE_DEF = /^\s*(\d{1,3})\s+(?=\S)/;
const SEPARATOR = /^\s*_{5,}\s*$/;
const MD_RULE = /^\s*(?:-{3,}|\*{3,})\s*$/;
const BLANK = /^\s*$/;

export function superscriptValue(s: string): number {
  let v = 0;
  for (const c of s) v = v * 10 + SUPERSCRIPTS.indexOf(c);
  return v;
}

interface Block {
  lines: Line[];
}

/**
 * A word broken at the end of a line ("ex-⏎amine", "resolu-⏎tion"), as PDF text keeps it, made whole
 * again: the hyphen and the line break go when a lower-case letter stands on both sides — but not
 * before a joining word ("long-⏎and short-term" keeps its suspended hyphen).
 */
function joinBrokenWords(mt: MappedText, table: LanguageTable): MappedText {
  if (!/-[ \t]*\n/.test(mt.text)) return mt; // most texts break no word at a line end: skip the slower scan
  const ranges: [number, number][] = [];
  const re = /(?<=\p{Ll})-[ \t]*\n[ \t]*(?=\p{Ll})/gu;
  for (let m = re.exec(mt.text); m; m = re.exec(mt.text)) {
    const next = /^\p{L}+/u.exec(mt.text.slice(m.index + m[0].length))?.[0] ?? '';
    if (table.listJoiners.includes(next)) continue;
    // "self-⏎determination": a real hyphen, only the line break goes
    const before = /\p{L}+$/u.exec(mt.text.slice(Math.max(0, m.index - 20), m.index))?.[0].toLowerCase() ?? '';
    ranges.push(table.hyphenatedPrefixes.includes(before) ? [m.index + 1, m.index + m[0].length] : [m.index, m.index + m[0].length]);
  }
  return deleteRanges(mt, ranges);
}

function concat(a: MappedText, b: MappedText, sep: string): MappedText {
  const out = new MappedTextBuilder(a.text.length + sep.length + b.text.length);
  out.copyMapped(a, 0, a.text.length);
  out.synthetic(sep, a.map[a.text.length - 1] ?? 0);
  out.copyMapped(b, 0, b.text.length);
  return out.build();
}

/** Takes explicit markers (superscripts, [^n]) out of a text. */
function takeExplicitMarkers(mt: MappedText): { text: MappedText; markers: Marker[] } {
  const re = /\[\^(\d{1,3})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/g;
  const ranges: [number, number][] = [];
  const found: { n: number; s: number; e: number }[] = [];
  for (let m = re.exec(mt.text); m; m = re.exec(mt.text)) {
    const n = m[1] ? Number(m[1]) : superscriptValue(m[0]);
    found.push({ n, s: m.index, e: m.index + m[0].length });
    ranges.push([m.index, m.index + m[0].length]);
  }
  if (!found.length) return { text: mt, markers: [] };
  const text = deleteRanges(mt, ranges);
  let removed = 0;
  const markers: Marker[] = found.map((f) => {
    const at = f.s - removed;
    removed += f.e - f.s;
    return { footnote: f.n, at, span: [mt.map[f.s]!, mt.map[f.e - 1]! + 1] };
  });
  return { text, markers };
}


/** Finds plain-digit markers (PDF text) for the footnotes defined, in order, across the paragraphs. */
function takePlainMarkers(paragraphs: { text: MappedText; markers: Marker[] }[], numbers: number[], guards: LanguageTable['footnoteMarkers']): void {
  const abbreviation = new RegExp(`^(?:${guards.abbreviations}|[A-Z]{1,5})\\.?$`, 'i');
  const abbreviationBeforeStop = new RegExp(`^(?:${guards.abbreviations})$`, 'i');
  let para = 0;
  let pos = 0;
  const found = new Map<number, { n: number; s: number; e: number }[]>();
  for (const n of numbers) {
    // not inside a number ("2.5", "1/5"); after a full stop only when a word ends there ("annexes.5")
    const re = new RegExp(`(?<![\\d/\\-–])(?<![\\d.]\\.)${n}(?![\\d/])`, 'g');
    let hit: { p: number; s: number; e: number } | null = null;
    for (let p = para; p < paragraphs.length && !hit; p++) {
      const text = paragraphs[p]!.text.text;
      re.lastIndex = p === para ? pos : 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index;
        const e = s + m[0].length;
        const prev = text[s - 1] ?? '';
        const next = text[e] ?? '';
        if (next && !/[\s,;.:)\]]/.test(next)) continue;
        if (!prev) continue;
        if (/\s/.test(prev)) {
          const before = text.slice(Math.max(0, s - 40), s);
          if (guards.notAfter.test(before)) continue;
          if (!/[\p{L}\d,;.:)’”"]\s+$/u.test(before)) continue;
          if (/(?:^|\s)\d{1,2}\s+$/.test(before)) continue;
          // "… economy. 5. We recall", "shared commitments 3. We gather": a paragraph number where the
          // paragraphs ran together, not a marker (UN style sets a marker after the full stop, not before it)
          if (/^\.\s+[A-Z]/.test(text.slice(e, e + 4))) continue;
        } else if (/[\p{L}]/u.test(prev)) {
          const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, s - 20), s))?.[1] ?? '';
          if (abbreviation.test(word) && !/^[a-z]{4,}$/i.test(word)) continue;
          if (/[A-Z]/.test(word) && word === word.toUpperCase()) continue;
        } else if (/[,;:)’”"]/.test(prev)) {
          // glued to punctuation: "2020,3", "mandate;7"
        } else if (prev === '.') {
          const word = /([\p{L}]+)\.$/u.exec(text.slice(Math.max(0, s - 20), s))?.[1] ?? '';
          if (abbreviationBeforeStop.test(word) || word.length < 2) continue;
        } else continue;
        if (guards.notBefore.test(text.slice(e, e + 20))) continue;
        hit = { p, s, e };
        break;
      }
    }
    // Last resort: a marker glued to a year ("Declarations of 20172 and 2021,3", "2014–20243"), where
    // the text extraction lost the superscript; only where the marker was found nowhere else.
    if (!hit) {
      const glued = new RegExp(`(?<![\\d/])(?:19|20)\\d\\d(${n})(?=[\\s,;.:)]|$)`, 'g');
      for (let p = para; p < paragraphs.length && !hit; p++) {
        glued.lastIndex = p === para ? pos : 0;
        const m = glued.exec(paragraphs[p]!.text.text);
        if (m) hit = { p, s: m.index + m[0].length - m[1]!.length, e: m.index + m[0].length };
      }
    }
    if (!hit) continue;
    const list = found.get(hit.p) ?? [];
    list.push({ n, s: hit.s, e: hit.e });
    found.set(hit.p, list);
    para = hit.p;
    pos = hit.e;
  }
  for (const [p, list] of found) {
    const par = paragraphs[p]!;
    const mt = par.text;
    // also swallow one space before a spaced marker
    const ranges: [number, number][] = list.map((f) => [mt.text[f.s - 1] === ' ' && /[\s,;.:)]|$/.test(mt.text[f.e] ?? '') && (mt.text[f.e] ?? ' ') === ' ' ? f.s - 1 : f.s, f.e]);
    const text = deleteRanges(mt, ranges);
    let removed = 0;
    const markers = list.map((f, i) => {
      const [s, e] = ranges[i]!;
      const at = s - removed;
      removed += e - s;
      return { footnote: f.n, at, span: [mt.map[f.s]!, mt.map[f.e - 1]! + 1] as [number, number] };
    });
    // earlier explicit markers keep their positions only if none were removed before them (rare mix) — recompute
    par.markers = [...par.markers, ...markers].sort((a, b) => a.at - b.at);
    par.text = text;
  }
}

export interface SegmentOptions {
  /** Fragments: no header, no preambular numbering. */
  fragment?: boolean;
}

export function segment(clean: CleanText, opts: SegmentOptions = {}): Segmented {
  const lang = language(clean.language);
  const numbering = lang.table.paragraphs;
  const original = clean.source.text;
  const warnings: string[] = [];
  const lines = clean.lines;
  let opening = -1;
  if (!opts.fragment) {
    for (let i = 0; i < lines.length && i < 400; i++) {
      if (lang.table.openingPattern.test(lines[i]!.text)) {
        opening = i;
        break;
      }
    }
  }
  // Without an opening line ("The General Assembly,"), the header runs to where the markup says the
  // body starts, or else to the first line that opens with a citing verb.
  let headerEnd = opening;
  const markedBody = clean.source.structure?.body;
  if (opening < 0 && !opts.fragment && markedBody !== undefined) {
    headerEnd = lines.findIndex((l) => l.start >= markedBody);
    if (headerEnd < 0) headerEnd = lines.length;
  } else if (opening < 0 && !opts.fragment) {
    headerEnd = 0;
    for (let i = 0; i < lines.length && i < 40; i++) {
      if (lang.verbAt(lines[i]!.text.trim()) && /^\s*\S/.test(lines[i]!.text) && (i === 0 || BLANK.test(lines[i - 1]!.text))) {
        headerEnd = i;
        break;
      }
    }
  }
  const headerLines = opts.fragment ? [] : lines.slice(0, Math.max(0, headerEnd));
  const bodyLines = opening >= 0 ? lines.slice(opening + 1) : lines.slice(Math.max(0, headerEnd));

  // ---- body lines → blocks and footnotes
  const blocks: Block[] = [];
  const footnoteLines = new Map<number, Line[]>();
  const footerLines: Line[] = [];
  let current: Block | null = null;
  let fnMode = false;
  let currentFn: number | null = null;
  let currentFnMarkdown = false;
  let lastBlank = true;
  let afterFooter = false;
  const meetingRe = lang.table.header.meeting;
  for (const line of bodyLines) {
    const t = line.text;
    if (BLANK.test(t)) {
      if (currentFn !== null && !currentFnMarkdown) currentFn = null;
      current = null;
      lastBlank = true;
      continue;
    }
    if (SEPARATOR.test(t)) {
      fnMode = true;
      currentFn = null;
      current = null;
      lastBlank = true;
      continue;
    }
    if (MD_RULE.test(t)) {
      current = null;
      lastBlank = true;
      continue;
    }
    let m = MD_FOOTNOTE_DEF.exec(t);
    const sup = m ? null : SUP_FOOTNOTE_DEF.exec(t);
    const pdf = m || sup || !fnMode ? null : PDF_FOOTNOTE_DEF.exec(t);
    if (m || sup || (pdf && (lastBlank || currentFn === null || Number(pdf[1]) === currentFn + 1))) {
      const n = m ? Number(m[1]) : sup ? superscriptValue(sup[1]!) : Number(pdf![1]);
      const len = (m ?? sup ?? pdf)![0].length;
      if (!footnoteLines.has(n)) {
        footnoteLines.set(n, [{ start: line.start + len, end: line.end, text: t.slice(len) }]);
        currentFn = n;
        currentFnMarkdown = !!m;
        current = null;
        lastBlank = false;
        continue;
      }
    }
    if (currentFn !== null && (!lastBlank || (currentFnMarkdown && /^(?:\s{2,}|\t)/.test(t)))) {
      footnoteLines.get(currentFn)!.push(line);
      lastBlank = false;
      continue;
    }
    currentFn = null;
    if (fnMode && lastBlank) fnMode = false;
    else if (fnMode) {
      lastBlank = false;
      continue;
    }
    if (t.trim().length < 60 && meetingRe.test(t)) {
      footerLines.push(line);
      afterFooter = true;
      current = null;
      lastBlank = false;
      continue;
    }
    if (t.trim().length < 40 && /^\s*(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/.test(t)) {
      footerLines.push(line);
      current = null;
      lastBlank = false;
      continue;
    }
    if (afterFooter && /^\s*(?:Adopted|通过)/.test(t)) {
      footerLines.push(line);
      continue;
    }
    if (!current || (lastBlank && current.lines.length)) {
      current = { lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
    lastBlank = false;
  }

  // ---- blocks → paragraphs (join blocks split by page breaks)
  const raw: { text: MappedText; markers: Marker[] }[] = [];
  for (const b of blocks) {
    const cleaned = joinBrokenWords(inlineClean(linesText(original, b.lines)), lang.table);
    const { text, markers } = takeExplicitMarkers(cleaned);
    const collapsed = collapseWithMarkers(text, markers);
    if (!collapsed.text.text) continue;
    const prev = raw[raw.length - 1];
    const startsNumbered = numbering.operative.test(collapsed.text.text) || numbering.sub.test(collapsed.text.text);
    const prevOpen = prev && !numbering.terminal.test(withoutTrailingDigits(prev.text.text)) && !numbering.terminal.test(prev.text.text);
    const startsLower = numbering.continuation.test(collapsed.text.text);
    if (prev && !clean.source.paragraphsExplicit && !startsNumbered && (prevOpen || startsLower)) {
      const shift = prev.text.text.length + 1;
      const sep = language(clean.language).table.wordSeparator;
      const joined = concat(prev.text, collapsed.text, sep);
      prev.markers.push(...collapsed.markers.map((mk) => ({ ...mk, at: mk.at + shift - (sep ? 0 : 1) })));
      prev.text = joined;
      continue;
    }
    raw.push(collapsed);
  }

  // ---- footnotes
  const footnotes = new Map<number, Footnote>();
  for (const [n, ls] of footnoteLines) {
    const cleaned = collapseWhitespace(inlineClean(linesText(original, ls)));
    footnotes.set(n, { number: n, text: cleaned });
  }
  // Footnotes whose marker is not explicit (PDF text, or Markdown footnotes with plain-digit markers)
  if (footnotes.size) {
    const explicit = new Set(raw.flatMap((r) => r.markers.map((mk) => mk.footnote)));
    const plain = [...footnotes.keys()].filter((n) => !explicit.has(n)).sort((a, b) => a - b);
    if (plain.length) takePlainMarkers(raw, plain, lang.table.footnoteMarkers);
  }

  // ---- numbering
  const paragraphs: Paragraph[] = [];
  let pp = 0;
  let lastOp: string | null = null;
  let seenOp = false;
  // Where the reader knows the structure (AKN's <mainBody>), the markup says what is operative —
  // also the unnumbered paragraphs of a decision or a presidential statement — and what follows it is not.
  const operative = clean.source.structure?.operative ?? null;
  for (const r of raw) {
    let text = r.text;
    let markers = r.markers;
    const at = text.map[0] ?? 0;
    if (operative && at >= operative[0]) seenOp = true;
    const afterOperative = !!operative && at >= operative[1];
    const strip = (len: number) => {
      text = { text: text.text.slice(len), map: text.map.subarray(len) };
      markers = markers.map((mk) => ({ ...mk, at: Math.max(0, mk.at - len) }));
    };
    const op = numbering.operative.exec(text.text);
    const sub = op ? null : numbering.sub.exec(text.text);
    let id: string | null = null;
    let kind: Paragraph['kind'] = 'other';
    if (op) {
      strip(op[0].length);
      const sub2 = numbering.sub.exec(text.text);
      id = `OP${asciiDigits(op[1]!)}`;
      lastOp = id;
      seenOp = true;
      kind = 'operative';
      if (sub2) {
        strip(sub2[0].length);
        id = `${id}(${sub2[1]})`;
      }
    } else if (sub) {
      strip(sub[0].length);
      kind = seenOp ? 'operative' : 'preambular';
      id = seenOp && lastOp ? `${lastOp}(${sub[1]})` : opts.fragment ? null : `PP${pp}(${sub[1]})`;
    } else if (!seenOp && !opts.fragment) {
      pp++;
      id = `PP${pp}`;
      kind = 'preambular';
    } else if (operative && !afterOperative) {
      kind = 'operative';
    }
    paragraphs.push({ id, kind, text, markers });
  }

  const header = opts.fragment
    ? parseHeader(clean, [], [], null)
    : parseHeader(clean, headerLines, footerLines, opening >= 0 ? lines[opening]! : null);
  for (const n of footnotes.keys()) {
    if (!paragraphs.some((p) => p.markers.some((mk) => mk.footnote === n))) warnings.push(`footnote ${n}: marker not found in the text`);
  }
  return { clean, header, paragraphs, footnotes, warnings };
}

/**
 * A text without the white space and digits at its end (a footnote or page number after the last
 * word). Walked from the end: an expression anchored there is tried at every space of the text.
 */
function withoutTrailingDigits(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE_OR_DIGIT.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const SPACE_OR_DIGIT = /[\s\d]/;

/** Collapses white space and moves marker positions accordingly. */
function collapseWithMarkers(text: MappedText, markers: Marker[]): { text: MappedText; markers: Marker[] } {
  const collapsed = collapseWhitespace(text);
  if (!markers.length) return { text: collapsed, markers };
  // Map each marker's original offset to the first collapsed char at or after it.
  const out = markers.map((mk) => {
    const orig = mk.span[0];
    let lo = 0;
    let hi = collapsed.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (collapsed.map[mid]! < orig) lo = mid + 1;
      else hi = mid;
    }
    return { ...mk, at: lo };
  });
  return { text: collapsed, markers: out };
}
