// Part of stage 3 — the header: the document's own symbol (title line,
// front matter, printed symbol, file name — in that order of trust), body,
// kind, session, adoption date, title, agenda item, the report it was
// adopted on, and the meeting.
import { basename } from 'node:path';
import { language, type CompiledLanguage } from './languages/index.ts';
import { collapseWhitespace, inlineClean, linesText } from './offsets.ts';
import type { CleanText, Header, Line } from './models.ts';
import { canonicalResolutionSymbols, normalizeDocumentSymbol, parseResolutionNumber, describeSymbol } from './symbols.ts';
import { isoDateIn } from './numbers.ts';

function joinLines(clean: CleanText, lines: Line[]): string {
  return collapseWhitespace(inlineClean(linesText(clean.source.text, lines))).text;
}

/** Symbol from a file name: A-RES-76-158.txt, A_RES_80_11.md, S_RES_0666_1990_EN_GOLD.txt, A_HRC_RES_36_6.txt. */
export function symbolFromFileName(file: string): string | null {
  const name = basename(file).replace(/\.[a-z]+$/i, '');
  let m = /^S[_-]RES[_-](\d{1,4})[_-]\(?(\d{4})\)?/i.exec(name);
  if (m) return `S/RES/${Number(m[1])} (${m[2]})`;
  m = /^(A[_-]HRC|A|E)[_-]RES[_-]((?:S|ES)-?\d{1,2}|\d{1,4})[_-](\d{1,4})(?:[_-]?([A-Z]))?(?:[_-](?:EN|ZH|FR|ES|RU|AR))?(?:[_-].*)?$/i.exec(name);
  if (m) {
    const prefix = m[1]!.toUpperCase().replace(/[_-]/g, '/');
    return normalizeDocumentSymbol(`${prefix}/RES/${m[2]!.toUpperCase()}/${m[3]}${m[4] ? ` ${m[4].toUpperCase()}` : ''}`);
  }
  return null;
}

export function parseHeader(clean: CleanText, headerLines: Line[], footerLines: Line[], openingLine: Line | null): Header {
  const lang = language(clean.language);
  const h = lang.table.header;
  const header: Header = {
    symbol: null,
    symbolSource: null,
    body: null,
    kind: null,
    session: null,
    date: null,
    title: null,
    agendaItem: null,
    basedOn: [],
    meeting: null,
  };
  const fm = clean.frontMatter;
  const text = joinLines(clean, headerLines);
  const footer = joinLines(clean, footerLines);

  // body and kind: the opening line ("The General Assembly,"), the adoption line, the Council's meeting line
  if (openingLine) header.body = lang.bodyOfName(lang.table.openingPattern.exec(openingLine.text)?.[1]);
  const adopted = h.adoptedBy.exec(text)?.groups;
  let adoptedDate: string | null = null;
  if (adopted) {
    header.kind = lang.table.decisionWords.includes(adopted.kind!.toLowerCase()) ? 'decision' : 'resolution';
    header.body ??= lang.bodyOfName(adopted.body);
    if (adopted.date) adoptedDate = lang.table.dateOf(adopted.date);
  }
  const council = h.councilAdoption.exec(text)?.groups;
  if (council) {
    header.body ??= 'SC';
    header.kind ??= 'resolution';
    header.meeting = { number: Number(council.meeting), kind: 'meeting' };
    adoptedDate ??= lang.table.dateOf(council.date!);
  }

  // symbol, in order of trust
  const firstLines = headerLines.slice(0, 60);
  const titleIdx = firstLines.findIndex((l) => h.titleLine.test(inlineClean({ text: l.text, map: new Int32Array(l.text.length + 1) }).text));
  if (titleIdx >= 0) {
    const line = headerLines[titleIdx]!.text.replace(/\*\*/g, '');
    const m = h.titleLine.exec(line)!;
    const n = parseResolutionNumber(m[1]!);
    const body = header.body ?? (fm.symbol ? describeSymbol(normalizeDocumentSymbol(fm.symbol) ?? '').body : null) ?? 'GA';
    const sym = n ? canonicalResolutionSymbols(body, header.kind ?? 'resolution', n)[0] : undefined;
    if (sym) {
      header.symbol = sym;
      header.symbolSource = 'title';
    }
    let title = m[2]!.trim();
    for (let i = titleIdx + 1; i < headerLines.length && !/^\s*$/.test(headerLines[i]!.text); i++) title += lang.table.wordSeparator + headerLines[i]!.text.trim();
    header.title = title.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim() || null;
  }
  const councilTitle = h.councilTitles.map((re) => re.exec(text)?.groups).find(Boolean);
  if (!header.symbol && councilTitle && (header.body === 'SC' || header.body === null)) {
    header.symbol = `S/RES/${Number(councilTitle.number)} (${councilTitle.year})`;
    header.symbolSource = 'title';
    header.body = 'SC';
    header.kind ??= 'resolution';
    if (councilTitle.date) adoptedDate ??= lang.table.dateOf(councilTitle.date);
  }
  if (!header.symbol && fm.symbol) {
    const s = normalizeDocumentSymbol(fm.symbol);
    if (s) {
      header.symbol = s;
      header.symbolSource = 'front-matter';
    }
  }
  if (!header.symbol) {
    const printed = /(?:^|\s)((?:A\/HRC|A|S|E)\/RES\/[A-Z0-9\-/ ().]+?)(?=\s|$)/.exec(text);
    const s = printed ? normalizeDocumentSymbol(printed[1]!.trim()) : null;
    if (s) {
      header.symbol = s;
      header.symbolSource = 'printed';
    }
  }
  if (!header.symbol && clean.source.file) {
    const s = symbolFromFileName(clean.source.file);
    if (s) {
      header.symbol = s;
      header.symbolSource = 'file-name';
    }
  }
  if (header.symbol) {
    const info = describeSymbol(header.symbol);
    header.body ??= info.body;
    if (info.kind !== 'document') header.kind ??= info.kind;
    if (info.session && /^\d+$/.test(info.session) && (header.body === 'GA' || header.body === 'HRC')) header.session = Number(info.session);
  }

  // session
  const sessionLine = h.session.exec(text);
  const sessionNumber = sessionLine ? lang.table.ordinal(sessionLine[1]!) : null;
  if (sessionNumber && !sessionLine![2]) header.session = sessionNumber;
  if (header.body === 'SC' || header.body === 'ECOSOC') header.session = null;

  // agenda item, based on, meeting, date
  const ai = h.agendaItem.exec(text);
  // "74 (b)", "74 b)" (French and Spanish open no parenthesis) → "74 (b)"
  if (ai) header.agendaItem = ai[1]!.replace(/\s+/g, '').replace(/\(?(\p{L})\)$/u, ' ($1)');
  const bo = h.basedOn.exec(text);
  if (bo) {
    const inner = bo[1]!;
    const para = h.basedOnParagraph.exec(inner);
    const paragraph = para ? Number(para[1]) : null;
    const symPart = para ? inner.slice(0, para.index) : inner;
    for (const s of expandSymbolList(symPart, lang)) header.basedOn.push({ symbol: s, paragraph });
  }
  const mt = h.meeting.exec(footer) ?? (header.meeting ? null : h.meeting.exec(text));
  if (mt) header.meeting = { number: Number(mt[1]), kind: mt[2] ? 'plenary' : 'meeting' };
  // front matter is the project's own format: its date is ISO or in English words
  header.date = adoptedDate ?? lang.table.dateOf(footer) ?? isoDateIn(footer) ?? (fm.date ? isoDateIn(fm.date) ?? language('en').table.dateOf(fm.date) : null);
  return header;
}

/** "A/61/L.45 and Add.1" → [A/61/L.45, A/61/L.45/Add.1]; "A/65/53 and A/65/53/Corr.1" → both. */
export function expandSymbolList(text: string, lang: CompiledLanguage): string[] {
  const out: string[] = [];
  let base: string | null = null;
  for (const piece of text.split(lang.symbolListSeparator)) {
    const p = piece.trim();
    if (!p) continue;
    if (/^(?:Add|Corr|Rev|Amend)\.\s*\d+$/i.test(p) && base) {
      const s = normalizeDocumentSymbol(`${base}/${p.replace(/\s+/g, '')}`);
      if (s) out.push(s);
      continue;
    }
    const s = normalizeDocumentSymbol(p);
    if (s) {
      out.push(s);
      base = s.replace(/\/(?:Add|Corr|Rev|Amend)\.\d+$/, '');
    }
  }
  return out;
}
