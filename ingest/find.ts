// Stage 4 — find: every mention of a document in a paragraph or footnote —
// resolution/decision numbers with the body cue written next to them,
// document symbols (with abbreviated lists "A/61/443/Add.2 and Corr.1"),
// instruments by name or short form — plus the cues later stages need:
// body contexts ("resolutions adopted by the Human Rights Council") and
// adoption clauses ("by which it adopted", 其中通过了).
import { escape, perLanguage, type CompiledLanguage } from './languages/index.ts';
import type { KeywordFirstGrammar, NumberFirstGrammar, NumberForms } from './languages/types.ts';
import type { Body, FoundDocument, FoundText, InstrumentMention, NumberMention, Segmented } from './models.ts';

export type { FoundText } from './models.ts';
import { SERIES, normalizeDocumentSymbol } from './symbols.ts';
import { asciiDigits } from './numbers.ts';

/** The pattern of a resolution number in a language: old style "217 A (III)", "1325 (2000)"; new style "61/177", "ES-10/2", "49/222 A and B". */
function numberPattern(f: NumberForms): string {
  const sessions = f.sessions ? `|${f.sessions}` : '';
  const old = String.raw`\d{1,4}\s?(?:${f.letter}(?:\s?(?:${f.oldJoiners})\s?${f.letter})?\s?)?\(\s?(?:(?:S|ES)-[IVXL]+|[IVXL]+|\d{4}${sessions})\s?\)`;
  const recent = String.raw`(?:(?:ES|S)-\d{1,2}|\d{1,4})\s?\/\s?\d{1,4}(?:\s?${f.letter}(?:${f.newJoiner})?(?![A-Za-z\/]))?`;
  return `(?:${old}|${recent})(?![\\d\\/])`;
}

/** The patterns of a keyword-first grammar, from its table. */
function build(lang: CompiledLanguage, g: KeywordFirstGrammar) {
  const t = lang.table;
  const NUM = numberPattern(t.numberForms);
  const date = lang.date;
  const bodies = lang.bodyNames;
  const shortBodies = [...t.assemblyShort, ...t.councilShort].join('|');
  const [B, W] = [g.wordStart, g.wordChar];
  const its = t.its.join('|') || '(?!)';
  // "resolutions 2139 (2014)", "its resolutions, especially 2139 (2014)", "the most recent resolution of the Assembly, 77/191"
  const leads = t.listLeads.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|') || '(?!)';
  const keyword = new RegExp(String.raw`${B}(${g.keywords})(?:\s*,?\s*(?:${leads})\s*,?|${g.bodyBetween.lead}(${bodies}|${shortBodies})${g.bodyBetween.close})?${g.beforeNumber}(?:\(\s?)?(?=${NUM})`, 'gi');
  const num = new RegExp(NUM, 'y');
  // "56/64 B, sect. X", "69/117, para. 8": a locator inside a list does not end it
  const locator = t.numberLocators.length ? String.raw`(?:\s*,\s*(?:${t.numberLocators.join('|')})\s*[\dIVXLCA-Z][\w.]*(?:\s*(?:${g.rangeJoiners})\s*[\w.]+)?)*` : '';
  const after = g.listJoiners;
  // "5/1, on institution-building of the Council, and 5/2", "72/241 of 20 December 2017 on a world against
  // violence, 72/284 …": a topic between two numbers of a list (it ends where the next number starts, and
  // never runs over another number or "resolution", which would swallow a mention)
  const topic = String.raw`(?:\s*,?\s*${g.topicLead}\s+(?:(?!(?:${g.keywords})${g.wordEnd}|\d+\s?\/\s?\d)[^;()${g.titleQuotes.open}${g.titleQuotes.close}]){1,200}?(?=(?:\s*,\s*(?:${after[0]}\s+)?|\s+${after[0]}\s+)(?:(?:${g.keywords})\s+)?${NUM}))?`;
  const trailer = new RegExp(String.raw`${locator}(?:\s*,?\s*${g.dateLead}\s+${date})?${locator}(?:\s*,?\s*${g.titleLead}\s+[${g.titleQuotes.open}][^${g.titleQuotes.close}]{0,300}[${g.titleQuotes.close}])?${topic}`, 'iy');
  const separator = new RegExp(String.raw`\s*(?:${g.commas}\s*(?:${after.map((j) => `${j}${g.joinerSpace}`).join('|')})?|${after.map((j) => String.raw`\s+${j}${g.joinerSpace}`).join('|')})(?:(${g.keywords})\s+)?(?=${NUM})`, 'iy');
  const cueBody = new RegExp(String.raw`(?:^|[^${W}])${g.bodyArticle}(${bodies}|${shortBodies}${t.commissionShort.map((c) => `|${c}`).join('')})${g.bodyPossessive}\s+$`, 'i');
  const cueIts = new RegExp(String.raw`${B}(?:${its})\s+(?:[${W}-]+\s+){0,3}$`, 'i');
  const cueItsBody = new RegExp(String.raw`(${bodies}|${shortBodies})\s*,?\s+${g.inIts}\s+(?:[${W}-]+\s+){0,3}$`, 'i');
  const contexts = [
    new RegExp(String.raw`${B}(?:${g.keywords})\s+${g.contextOf}(${bodies})`, 'gi'),
    ...(g.bodyBeforeKeyword ? [new RegExp(String.raw`${B}(${bodies})\s+(?:[${W}-]+\s+){0,2}?(?:${g.plurals})${g.wordEnd}(?!\s+\d)`, 'gi')] : []),
    new RegExp(String.raw`${B}(${its})\s+(?:[${W}-]+\s+){0,4}?(?:${g.plurals})${g.wordEnd}(?!\s+\d)`, 'gi'),
  ];
  const bodyAfter = g.bodyAfter ? new RegExp(String.raw`^${g.bodyAfter}(${bodies})`, 'i') : null;
  const adoptedBy = new RegExp(String.raw`^\s*,?\s*${g.instrumentAdoptedIn}\s+(?=${NUM})`, 'i');
  const itsWords = new Set(t.its.map((w) => w.toLowerCase()));
  return { keyword, num, trailer, separator, cueBody, cueIts, cueItsBody, contexts, bodyAfter, adoptedBy, itsWords };
}

/** The patterns of a number-first grammar, from its table. */
function buildNumberFirst(lang: CompiledLanguage, g: NumberFirstGrammar) {
  const alt = (xs: readonly string[]) => xs.map(escape).join('|');
  const [prefix, suffix] = [escape(g.prefix), escape(g.suffix)];
  const keywords = alt([...lang.table.resolutionWords, ...lang.table.decisionWords]);
  const stops = escape(g.stops);
  const date = lang.date;
  const NUM = numberPattern(lang.table.numberForms);
  // what a topic may hold: no stop, and neither the prefix of another number nor a keyword
  const topic = String.raw`(?:${alt(g.topicOpeners)})(?:(?!${prefix}|${keywords})[^${stops}]){0,150}?${escape(g.topicClose)}`;
  return {
    number: new RegExp(String.raw`(?:${prefix}\s*)?(?<![\d/.])(${NUM})\s*${suffix}?`, 'g'),
    continues: new RegExp(String.raw`^\s*${suffix}?\s*(?:${alt(g.joiners)})\s*$`),
    join: new RegExp(String.raw`^\s*${suffix}?\s*(?:${alt([...g.joiners, ...g.commas])})\s*(?:${date})?\s*(?:(?:${alt(g.topicOpeners)})[^${stops}${prefix}]{0,150}?${escape(g.topicClose)})?\s*(?:${date})?\s*$`),
    trailingPrefix: new RegExp(String.raw`${prefix}\s*$`),
    close: new RegExp(String.raw`^\s*${suffix}?\s*(?:(?:${alt(g.beforeKeyword)})?\s*)?(${keywords})`),
    cue: new RegExp(String.raw`(${lang.bodyNames}|${lang.table.councilShort.join('|')}|${escape(g.its)})\s*(${escape(g.inIts)})?\s*(?:${date})?\s*(?:${topic})?\s*(?:${date})?\s*$`),
    adopted: new RegExp(String.raw`^\s*(?:${escape(g.adoptedLead)})?${escape(g.adopted)}\s*(?=${escape(g.titleOpen)})`),
    // "拉丁美洲和加勒比经济委员会2014年5月9日第689(XXXV)号决议": another organization's, its date between
    foreignDated: new RegExp(String.raw`(?:${lang.foreignNames})\s*(?:${date})?\s*$`),
    context: new RegExp(String.raw`(${lang.bodyNames}|${escape(g.its)})(?:(?!${prefix}|${keywords})[^${stops}]){0,30}?(?:${keywords})`, 'g'),
  };
}

/** Each language's patterns of numbers, by its grammar: keyword first ("resolution 61/177") or number first ("第61/177号决议"). */
const keywordFirstPatterns = perLanguage((lang) => (lang.table.keywordFirst ? build(lang, lang.table.keywordFirst) : null));
const numberFirstPatterns = perLanguage((lang) => (lang.table.numberFirst ? buildNumberFirst(lang, lang.table.numberFirst) : null));

function bodyFromName(lang: CompiledLanguage, name: string): Body | 'council' | null {
  const b = lang.bodyOfName(name);
  if (b) return b;
  const t = lang.table;
  const is = (names: string[]) => names.some((c) => c.toLowerCase() === name.toLowerCase());
  if (is(t.councilShort)) return 'council';
  if (is(t.assemblyShort)) return 'GA';
  if (is(t.commissionShort)) return 'CHR';
  return null;
}

/** The numbers already normalised, a language: the same few thousand recur through a corpus (a fortieth of a small text's time was spent normalising them again). */
const normalisedNumbers = perLanguage(() => new Map<string, string>());
/** Beyond this many, the memo starts again: memory stays bounded however varied the corpus. */
const NORMALISED_NUMBERS_KEPT = 20_000;

/** A number as written ("61 / 177", "2200 A(XXI)", "41/6J", "3411 A和B (XXX)") in its canonical English form. */
function normaliseNumber(s: string, lang: CompiledLanguage): string {
  const memo = normalisedNumbers(lang);
  let n = memo.get(s);
  if (n === undefined) {
    if (memo.size >= NORMALISED_NUMBERS_KEPT) memo.clear();
    memo.set(s, (n = normalisedNumber(s, lang)));
  }
  return n;
}

function normalisedNumber(s: string, lang: CompiledLanguage): string {
  let n = s
    .replace(/\s+/g, ' ')
    .replace(/\s?\/\s?/, '/')
    .replace(/(\d)\s?\(\s?/, '$1 (')
    .replace(/\s?\)$/, ')')
    .replace(/(\d)([A-Z])\b/, '$1 $2')
    .replace(/([A-Z])\(/, '$1 (');
  for (const [from, to] of lang.table.numberForms.words) n = n.replace(from, to as string);
  return n.replace(/\s+/g, ' ').trim();
}

export function findNumbers(text: string, lang: CompiledLanguage, out: FoundText): void {
  const g = lang.table.keywordFirst;
  if (g) {
    const re = keywordFirstPatterns(lang)!;
    let chain = 0;
    let consumed = 0;
    re.keyword.lastIndex = 0;
    for (let k = re.keyword.exec(text); k; k = re.keyword.exec(text)) {
      if (k.index < consumed) continue;
      const before = text.slice(Math.max(0, k.index - 120), k.index);
      if (lang.foreignBefore.test(before)) {
        consumed = k.index + k[0].length;
        continue;
      }
      const ib = re.cueItsBody.exec(before);
      const b = re.cueBody.exec(before);
      // the body named after the keyword ("resolution of the Assembly, 77/191") first, then before it
      const cue: NumberMention['bodyCue'] = k[2]
        ? bodyFromName(lang, k[2])
        : g.itsSuffix?.test(k[1]!) || (!ib && re.cueIts.test(before)) ? 'its' : ib ? bodyFromName(lang, ib[1]!) : b ? bodyFromName(lang, b[1]!) : null;
      let kind: 'resolution' | 'decision' = g.isDecision.test(k[1]!) ? 'decision' : 'resolution';
      let pos = k.index + k[0].length;
      chain++;
      const chainStart = out.numbers.length;
      for (;;) {
        re.num.lastIndex = pos;
        const n = re.num.exec(text);
        if (!n) break;
        out.numbers.push({ type: 'number', docKind: kind, number: normaliseNumber(n[0], lang), start: n.index, end: n.index + n[0].length, bodyCue: cue, chain });
        pos = n.index + n[0].length;
        re.trailer.lastIndex = pos;
        const tr = re.trailer.exec(text);
        if (tr) pos += tr[0].length;
        re.separator.lastIndex = pos;
        const sep = re.separator.exec(text);
        if (!sep) break;
        if (sep[1]) kind = g.isDecision.test(sep[1]) ? 'decision' : 'resolution';
        pos += sep[0].length;
      }
      const rest = text.slice(pos, pos + 200);
      // "decision 14/17 of the Conference of the Parties": the list is another organization's
      if (lang.foreignAfter?.test(rest)) out.numbers.length = chainStart;
      else if (re.bodyAfter && !cue) {
        // "la résolution 1325 (2000) du Conseil de sécurité": the body named after the numbers
        const after = re.bodyAfter.exec(rest);
        const body = after ? bodyFromName(lang, after[1]!) : null;
        if (body) for (let i = chainStart; i < out.numbers.length; i++) out.numbers[i]!.bodyCue = body;
      }
      consumed = pos;
      re.keyword.lastIndex = Math.max(re.keyword.lastIndex, pos);
    }
    // a body named in the text ("its resolutions") tells whose the bare numbers after it are: asked for only where there are numbers
    if (!out.numbers.length) return;
    for (const c of re.contexts) {
      c.lastIndex = 0;
      for (let m = c.exec(text); m; m = c.exec(text)) {
        const v = re.itsWords.has(m[1]!.toLowerCase()) ? 'its' : bodyFromName(lang, m[1]!);
        if (v) out.bodyContexts.push({ at: m.index + m[0].length, body: v });
      }
    }
    return;
  }
  // number-first: "第 NUM 号" items joined by "、"/"和" with dates and topics between, closed by "决议"/"决定"
  const nf = lang.table.numberFirst;
  if (!nf) return;
  const re = numberFirstPatterns(lang)!;
  const tokens: { start: number; end: number; num: string; close: number }[] = [];
  re.number.lastIndex = 0;
  for (let m = re.number.exec(text); m; m = re.number.exec(text)) {
    const numStart = m.index + m[0].indexOf(m[1]!);
    const before = text[m.index - 1] ?? '';
    if (/[A-Za-z/]/.test(before)) continue;
    if (!m[0].startsWith(nf.prefix)) {
      // a bare number continues a list only: "第70/213和70/219号决议"
      const prev = tokens[tokens.length - 1];
      if (!prev || !re.continues.test(text.slice(prev.end, m.index))) continue;
    }
    tokens.push({ start: numStart, end: numStart + m[1]!.length, num: m[1]!, close: m.index + m[0].length });
  }
  let chain = 0;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j + 1 < tokens.length && re.join.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start).replace(re.trailingPrefix, ''))) j++;
    const after = text.slice(tokens[j]!.end, tokens[j]!.end + 12);
    const close = re.close.exec(after);
    if (close) {
      chain++;
      const before = text.slice(Math.max(0, tokens[i]!.start - 200), tokens[i]!.start).replace(re.trailingPrefix, '');
      const cm = re.cue.exec(before);
      let cue: NumberMention['bodyCue'] = null;
      if (cm) cue = cm[1] === nf.its ? 'its' : bodyFromName(lang, cm[1]!);
      if (cm ? lang.foreignBefore.test(before.slice(0, cm.index)) : re.foreignDated.test(before)) {
        i = j + 1;
        continue;
      }
      const kind = lang.table.decisionWords.includes(close[1]!) ? 'decision' : 'resolution';
      for (let k = i; k <= j; k++) {
        const tk = tokens[k]!;
        out.numbers.push({ type: 'number', docKind: kind, number: normaliseNumber(tk.num, lang), start: tk.start, end: tk.end, bodyCue: cue, chain });
      }
      // "第61/106号决议通过的《…》": adoption written the other way round
      const rest = text.slice(tokens[j]!.end + close[0].length, tokens[j]!.end + close[0].length + 8);
      const ad = re.adopted.exec(rest);
      if (ad) out.adoptedBy.push({ instrumentStart: tokens[j]!.end + close[0].length + ad[0].length, numberStart: tokens[j]!.start });
    }
    i = j + 1;
  }
  if (!out.numbers.length) return;
  re.context.lastIndex = 0;
  for (let m = re.context.exec(text); m; m = re.context.exec(text)) {
    const v = m[1] === nf.its ? 'its' : bodyFromName(lang, m[1]!);
    if (v) out.bodyContexts.push({ at: m.index + m[0].length, body: v });
  }
}

const SERIES_ALT = [...SERIES].sort((a, b) => b.length - a.length).map((s) => s.replace(/[./]/g, (c) => '\\' + c)).join('|');
const SYMBOL_PARENTHETICAL = String.raw`\s?\((?:\d{4}|[Pp]arts?\s+[IVX]+(?:\s+and\s+[IVX]+)?|Vols?\.\s?[IVX]+(?:\s?[–-]\s?[IVX]+)?|Sect\.\s?\d+[A-Z]?)\)(?:\/[A-Za-z0-9][A-Za-z0-9.\-]*)*`;
/** The hyphen between two symbols written as one ("A/79/552-S/2024/767"). */
const JOINED_SYMBOLS = new RegExp(String.raw`-(?=(?:${SERIES_ALT})\/)`);
const SYMBOL = new RegExp(String.raw`(?<![\w/.\-])(?:${SERIES_ALT})(?:\/[A-Za-z0-9][A-Za-z0-9.\-]*)+(?:${SYMBOL_PARENTHETICAL})?`, 'g');
/** The next item of an abbreviated list of symbols, joined by a comma or the language's "and" ("… and Corr.1", "…, 4 and 5", "…和Corr.1"). */
const abbreviated = perLanguage((lang) => {
  const joiners = lang.table.listJoiners.map((j) => escape(j).replace(/ /g, String.raw`\s+`)).join('|');
  const join = lang.table.alphabetic ? String.raw`[${escape(lang.table.punctuation.commas.slice(0, 1))}]\s*(?:(?:${joiners})\s+)?|\s+(?:${joiners})\s+` : String.raw`\s*(?:${joiners}|[、,，])\s*`;
  return new RegExp(String.raw`^(\s*(?:${join}))(?:(Add|Corr|Rev|Amend)\.\s?(\d+)|(\d+)(?!\s*\/))`);
});

export function findSymbols(text: string, lang: CompiledLanguage, out: FoundText): void {
  const ABBREV = abbreviated(lang);
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
    let raw = m[0];
    let start = m.index;
    // trailing sentence punctuation is not part of the symbol
    while (/[.\-]$/.test(raw)) raw = raw.slice(0, -1);
    // "A/79/552-S/2024/767": two symbols joined by a hyphen
    const parts = raw.split(JOINED_SYMBOLS);
    let end = start;
    let last: string | null = null;
    for (const p of parts) {
      const sym = normalizeDocumentSymbol(p);
      if (sym) {
        out.symbols.push({ type: 'symbol', symbol: sym, start, end: start + p.length });
        last = sym;
      }
      end = start + p.length;
      start = end + 1;
    }
    // abbreviated list: "A/61/443/Add.2 and Corr.1", "E/1993/23 and Corr.2, 4 and 5"
    if (last && parts.length === 1) {
      const base = last.replace(/\/(?:Add|Corr|Rev|Amend)\.\d+$/, '');
      let modifier = /\/(Add|Corr|Rev|Amend)\.\d+$/.exec(last)?.[1] ?? null;
      let pos = end;
      for (;;) {
        const a = ABBREV.exec(text.slice(pos, pos + 40));
        if (!a) break;
        if (a[2]) modifier = a[2];
        if (!modifier) break;
        const n = a[3] ?? a[4]!;
        const s = pos + a[1]!.length;
        const e = pos + a[0].length;
        const sym = normalizeDocumentSymbol(`${base}/${modifier}.${n}`);
        if (sym) out.symbols.push({ type: 'symbol', symbol: sym, start: s, end: e });
        pos = e;
      }
      SYMBOL.lastIndex = Math.max(SYMBOL.lastIndex, pos);
    }
  }
}

export function findInstruments(text: string, lang: CompiledLanguage, out: FoundText): void {
  // most texts hold the first word of no name at all: one expression tells so, before any copy in upper case
  if (!lang.instrumentGate.test(text)) return;
  const full: InstrumentMention[] = [];
  const short: InstrumentMention[] = [];
  const upper = text.toUpperCase();
  // names share their words ("CONVENTION", "INTERNATIONAL"): each is looked for once a text
  const found = new Map<string, boolean>();
  const holds = (word: string) => {
    let has = found.get(word);
    if (has === undefined) found.set(word, (has = upper.includes(word)));
    return has;
  };
  for (const p of lang.instruments) {
    if (!p.words.every(holds)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      (p.short ? short : full).push({ type: 'instrument', key: p.short ? `${p.key}|${p.kinds.join(',')}` : p.key, short: p.short, start: m.index, end: m.index + m[0].length });
    }
  }
  full.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InstrumentMention[] = [];
  for (const f of full) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  for (const s of short) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  kept.sort((a, b) => a.start - b.start);
  out.instruments.push(...kept);
}

export function findCues(text: string, lang: CompiledLanguage, out: FoundText): void {
  // the cues and the quotation marks tell how an instrument is named: asked for only where one is
  if (!out.instruments.length) return;
  const re = lang.table.adoptionCue;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.adoptionCues.push({ start: m.index, end: m.index + m[0].length });
  if (lang.table.keywordFirst) {
    const r = keywordFirstPatterns(lang);
    if (r) {
      for (const ins of out.instruments) {
        const a = r.adoptedBy.exec(text.slice(ins.end, ins.end + 120));
        if (a) out.adoptedBy.push({ instrumentStart: ins.start, numberStart: ins.end + a[0].length });
      }
    }
  }
  const q = /[“"]([^”"]{1,400})[”"]/g;
  for (let m = q.exec(text); m; m = q.exec(text)) out.quotes.push([m.index, m.index + m[0].length]);
}

/** All mentions and cues in one text. */
export function find(text: string, lang: CompiledLanguage): FoundText {
  const out: FoundText = { numbers: [], symbols: [], instruments: [], bodyContexts: [], adoptionCues: [], adoptedBy: [], quotes: [] };
  // numbers in Arabic-Indic digits are read as ASCII ones, in a copy of the same length: offsets still point into the text
  text = asciiDigits(text);
  findNumbers(text, lang, out);
  findSymbols(text, lang, out);
  findInstruments(text, lang, out);
  findCues(text, lang, out);
  // a number inside a symbol ("A/RES/61/177") is the symbol's
  out.numbers = out.numbers.filter((n) => !out.symbols.some((s) => n.start < s.end && s.start < n.end));
  out.bodyContexts.sort((a, b) => a.at - b.at);
  return out;
}

/** Stage 4 over a document: what each paragraph and each footnote mentions. */
export function findDocument(segmented: Segmented, lang: CompiledLanguage): FoundDocument {
  const paragraphs = segmented.paragraphs.filter((p) => p.text.text).map((paragraph) => ({ paragraph, found: find(paragraph.text.text, lang) }));
  const footnotes = new Map([...segmented.footnotes].map(([n, f]) => [n, find(f.text.text, lang)] as const));
  return { segmented, paragraphs, footnotes };
}
