// UN document symbols: one canonical form per kind of document, a parser for
// whatever spelling a user types, and what a symbol tells by itself.
//
// Canonical forms (what every node key in the graph looks like):
//   GA resolution, from the 31st session   A/RES/61/177, with a part A/RES/49/222 A,
//                                          special / emergency special session A/RES/S-8/1, A/RES/ES-10/2
//   GA resolution, 1946–1975               A/RES/217 A (III), A/RES/1514 (XV), A/RES/3201 (S-VI)
//   GA decision                            A/DEC/65/530   (decisions have no symbol of their own;
//                                          this is the Digital Library's catalogue form)
//   Human Rights Council                   A/HRC/RES/36/6, A/HRC/RES/S-29/1, A/HRC/DEC/25/116
//   Security Council                       S/RES/1325 (2000)
//   ECOSOC                                 E/RES/2019/1, old E/RES/1503 (XLVIII), decisions E/DEC/2019/201
//   Commission on Human Rights             E/CN.4/RES/1993/51, old E/CN.4/RES/20 (XXXVI), E/CN.4/DEC/1993/105
//   any other document                     its symbol with upper-case series and the modifiers spelt
//                                          Add.n / Corr.n / Rev.n / Amend.n, no spaces, no trailing "*":
//                                          A/76/462/Add.2, A/HRC/WGEID/98/1/Corr.1, CED/C/7, A/CONF.157/24 (Part I)
// A resolution's parts (A, B …) are separate resolutions and separate nodes.
import type { Body } from './models.ts';
import { EXTRACTED_LANGUAGES } from './vocabulary.ts';
import { languageTable, phrase } from './languages/index.ts';

export const CANONICAL_FORMS = {
  GA: ['A/RES/61/177', 'A/RES/49/222 A', 'A/RES/217 A (III)', 'A/RES/ES-10/2', 'A/DEC/65/530'],
  HRC: ['A/HRC/RES/36/6', 'A/HRC/RES/S-29/1', 'A/HRC/DEC/25/116'],
  SC: ['S/RES/1325 (2000)'],
  ECOSOC: ['E/RES/2019/1', 'E/RES/1503 (XLVIII)', 'E/DEC/2019/201'],
  CHR: ['E/CN.4/RES/1993/51', 'E/CN.4/RES/20 (XXXVI)', 'E/CN.4/DEC/1993/105'],
  document: ['A/76/462/Add.2', 'A/HRC/WGEID/98/1/Corr.1', 'CED/C/7'],
} as const;

/** A resolution/decision number taken apart. */
export interface ResolutionNumber {
  style: 'session' | 'year' | 'old';
  /** "61", "S-8", "ES-10" (style session); the year (style year); the roman session or year (style old). */
  session: string;
  number: number;
  /** Parts ("A", "B") — empty when none. */
  parts: string[];
  /** For style old: the parenthesised value is a year (Security Council). */
  yearInParens: boolean;
}

const ROMAN = /^(?:(?:S|ES)-)?M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Expands "A and B", "A to D", "A-C" into letters. */
export function expandParts(written: string | undefined): string[] {
  if (!written) return [];
  const letters = written.replace(/\s+/g, ' ').trim();
  const range = /^([A-Z])\s*(?:to|-|–|至)\s*([A-Z])$/.exec(letters);
  if (range) {
    const out: string[] = [];
    for (let c = range[1]!.charCodeAt(0); c <= range[2]!.charCodeAt(0) && out.length < 26; c++) out.push(String.fromCharCode(c));
    return out;
  }
  return letters.split(/\s*(?:,|and|和|及|、)\s*|\s+/).filter((p) => /^[A-Z]{1,2}$/.test(p));
}

/** Parses a resolution number as written ("61/177", "49/222 A and B", "217 A (III)", "1325(2000)", "2019/1", "S-8/1"). */
export function parseResolutionNumber(written: string): ResolutionNumber | null {
  const s = written.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  let m = /^((?:S|ES)-\d{1,2}|\d{1,4})\s?\/\s?(\d{1,4})(?:\s?([A-Z](?:\s?(?:and|to|-|–|,|和|至)\s?[A-Z])*))?$/.exec(s);
  if (m) {
    const first = m[1]!;
    const isYear = /^\d{4}$/.test(first);
    if (isYear && (Number(first) < 1946 || Number(first) > 2100)) return null;
    if (!isYear && /^\d+$/.test(first) && (Number(first) < 1 || Number(first) > 120)) return null;
    return { style: isYear ? 'year' : 'session', session: first, number: Number(m[2]), parts: expandParts(m[3]), yearInParens: false };
  }
  m = /^(\d{1,4})\s?([A-Z](?:\s?(?:and|to|-|–|,|和|至)\s?[A-Z])*)?\s?\(\s?((?:S|ES)-[IVXL]+|[IVXL]+|\d{4})\s?\)$/.exec(s);
  if (m) {
    const paren = m[3]!;
    const yearInParens = /^\d{4}$/.test(paren);
    if (!yearInParens && !ROMAN.test(paren)) return null;
    if (yearInParens && (Number(paren) < 1946 || Number(paren) > 2100)) return null;
    return { style: 'old', session: paren, number: Number(m[1]), parts: expandParts(m[2]), yearInParens };
  }
  return null;
}

/**
 * The bodies whose resolutions and decisions citegraph names, as data: the symbol series of
 * each, how it numbers them, and the numbers its decisions take (a decision cited without its
 * body is the adopting body's only within that range: "decision 15/4" of a Conference of the
 * Parties is not a General Assembly decision).
 */
export const BODY_SERIES: Record<
  Body,
  { prefix: string; numbering: readonly ResolutionNumber['style'][]; decisions?: readonly [number, number]; firstNumberedSession?: number; guessed?: true }
> = {
  // `guessed`: the bodies a bare number a user types ("36/6") may stand for.
  // `firstNumberedSession`: the Assembly numbered "session/number" from its 31st session (1976) only,
  // so "resolution 7/5" is never an Assembly resolution (it is a Conference of States Parties' or the Council's)
  GA: { prefix: 'A', numbering: ['session', 'old'], decisions: [400, 699], firstNumberedSession: 31, guessed: true },
  HRC: { prefix: 'A/HRC', numbering: ['session'], decisions: [100, 199], guessed: true },
  SC: { prefix: 'S', numbering: ['old'], guessed: true },
  ECOSOC: { prefix: 'E', numbering: ['year', 'old'], guessed: true },
  CHR: { prefix: 'E/CN.4', numbering: ['year', 'old'], guessed: true },
  StatCom: { prefix: 'E/CN.3', numbering: ['session', 'year'] },
  CSocD: { prefix: 'E/CN.5', numbering: ['session', 'year'] },
  CSW: { prefix: 'E/CN.6', numbering: ['session', 'year'] },
  CND: { prefix: 'E/CN.7', numbering: ['session', 'year'] },
  CPD: { prefix: 'E/CN.9', numbering: ['session', 'year'] },
  CCPCJ: { prefix: 'E/CN.15', numbering: ['session', 'year'] },
  CSD: { prefix: 'E/CN.17', numbering: ['session', 'year'] },
};

/** "A/HRC" → HRC, "E/CN.6" → CSW. */
const BODY_OF_PREFIX = new Map(Object.entries(BODY_SERIES).map(([body, { prefix }]) => [prefix, body as Body]));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The resolution and decision series: A/RES/, A/HRC/DEC/, E/CN.6/RES/ … (longest prefix first). */
const RESOLUTION_SYMBOL = new RegExp(`^(${[...BODY_OF_PREFIX.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\/(RES|DEC)\\/(.+)$`, 'i');

/** Is this canonical symbol a resolution or decision (of any body citegraph names)? */
export const isResolutionSymbol = (symbol: string) => RESOLUTION_SYMBOL.test(symbol);

/** A body's decision in any form: a resolution, a numbered decision, or a presidential statement of the Security Council. */
export const isDecisionDocument = (symbol: string) => isResolutionSymbol(symbol) || /^S\/PRST\//i.test(symbol);

/** Which bodies can have issued a number of this shape. */
export function bodiesForNumber(n: ResolutionNumber): Body[] {
  // "1325 (2000)": a year in brackets is the Security Council's alone
  if (n.style === 'old' && n.yearInParens) return ['SC'];
  const session = n.style === 'session' && /^\d+$/.test(n.session) ? Number(n.session) : null;
  return (Object.keys(BODY_SERIES) as Body[]).filter(
    (b) => b !== 'SC' && BODY_SERIES[b].numbering.includes(n.style) && (session === null || session >= (BODY_SERIES[b].firstNumberedSession ?? 1)),
  );
}

/** Whether a decision number falls in the range a body numbers its decisions in. */
export function isDecisionOf(body: Body, n: ResolutionNumber): boolean {
  const range = BODY_SERIES[body].decisions;
  return !!range && n.number >= range[0] && n.number <= range[1];
}

/** Canonical symbols (one per part) of a resolution or decision number issued by a body; [] if impossible. */
export function canonicalResolutionSymbols(body: Body, kind: 'resolution' | 'decision', n: ResolutionNumber): string[] {
  if (!bodiesForNumber(n).includes(body)) return [];
  if (body === 'SC' && kind === 'decision') return [];
  const prefix = `${BODY_SERIES[body].prefix}/${kind === 'resolution' ? 'RES' : 'DEC'}/`;
  const parts = n.parts.length ? n.parts : [null];
  return parts.map((p) =>
    n.style === 'old'
      ? `${prefix}${n.number}${p ? ` ${p}` : ''} (${n.session})`
      : `${prefix}${n.session}/${n.number}${p ? ` ${p}` : ''}`,
  );
}

// ---------------------------------------------------------------- document symbols

/** Top-level series we accept as the start of a document symbol (precision: unknown series are not symbols). */
export const SERIES = [
  'A', 'S', 'E', 'T', 'ST', 'SG', 'DP', 'TD', 'UNEP', 'HRI', 'CED', 'CCPR', 'CAT', 'CRC', 'CEDAW', 'CERD', 'CMW', 'CRPD',
  'E/CN.4', 'FCCC', 'CTOC', 'CAC', 'CCW', 'APLC', 'BWC', 'NPT', 'SPLOS', 'ISBA', 'ITLOS', 'PBC', 'JIU', 'UNW', 'ICEF',
  'ECE', 'ESCAP', 'ECLAC', 'ECA', 'ESCWA', 'UNHCR', 'IDB', 'TRADE', 'OPCW', 'ATT',
  // secretariats whose symbols follow the UN's shape (CBD/COP/15/17, HSP/HA.2/2)
  'CBD', 'HSP',
] as const;

const MODIFIER = /^(add|corr|rev|amend|summary|suppl)\.?(\d*)$/i;

/**
 * Normalises a document symbol as written ("a/76/462/add.2", "A/RES/61/177", "S/RES/1325(2000)")
 * to its canonical form; resolution symbols come out in the resolution canonical form. Null if not a symbol.
 */
export function normalizeDocumentSymbol(raw: string): string | null {
  let s = raw.replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-').replace(/[\s\u00a0\u202f]+/g, ' ').trim().replace(/\*+$/, '').replace(/[.,;:]+$/, '');
  // a modifier cut off at a line end ("…/10/Add.", "S/RES/2250(2015)/Corr") says nothing: drop it
  // before reading the rest, which may then be a resolution symbol in its own canonical form
  if (s.split('/').length > 2) s = s.replace(/\/\s*(?:add|corr|rev|amend)\.?$/i, '');
  // A part, volume or budget section in brackets — "(Part I)", "(Parts I and II)", "(Vol. II)",
  // "(Sect. 29G)" — is part of the symbol, before any modifier: A/75/6 (Sect. 3)/Add.9.
  let partSuffix = '';
  const part = PARENTHETICAL.exec(s);
  if (part) {
    partSuffix = ` (${canonicalParenthetical(part[1]!)})`;
    s = s.slice(0, part.index) + s.slice(part.index + part[0].length);
  }
  // Resolution symbols: A/RES/…, A/HRC/RES/…, S/RES/…, E/RES/…, E/CN.4/RES/… (and DEC)
  const res = RESOLUTION_SYMBOL.exec(s);
  if (res) {
    const body = BODY_OF_PREFIX.get(res[1]!.toUpperCase()) ?? null;
    const n = parseResolutionNumber(res[3]!.replace(/^(\d+)\s?\(/, '$1 (').replace(/(\d)([A-Z])$/, '$1 $2').toUpperCase().replace(/ AND /g, ' and ').replace(/ TO /g, ' to '));
    if (body && n) {
      const out = canonicalResolutionSymbols(body, res[2]!.toUpperCase() === 'RES' ? 'resolution' : 'decision', n);
      if (out.length === 1) return out[0]!;
    }
  }
  const comps = s.split('/').map((c) => c.trim());
  if (comps.length < 2 || comps.some((c) => c === '' || /\s/.test(c))) return null;
  const first = comps[0]!.toUpperCase();
  if (!(SERIES as readonly string[]).includes(first)) return null;
  if (!/\d/.test(s)) return null;
  const out = comps.map((c, i) => {
    if (i === 0) return first;
    const mod = MODIFIER.exec(c);
    if (mod && i > 1) {
      const name = mod[1]!.toLowerCase();
      return name.charAt(0).toUpperCase() + name.slice(1) + (name === 'summary' ? '' : '.') + mod[2];
    }
    return /^[a-z]/.test(c) && !/^[a-z]\.\d/i.test(c) ? c.toUpperCase() : c.replace(/^([a-z]+)(?=[.\d-]|$)/i, (x) => x.toUpperCase());
  });
  if (!partSuffix) return out.join('/').replace(/\.$/, '');
  // the bracket follows the base symbol, before the modifiers
  const firstModifier = out.findIndex((c, i) => i > 1 && /^(?:Add|Corr|Rev|Amend|Summary|Suppl)\b/.test(c));
  const base = firstModifier < 0 ? out : out.slice(0, firstModifier);
  const mods = firstModifier < 0 ? [] : out.slice(firstModifier);
  return [base.join('/') + partSuffix, ...mods].join('/').replace(/\.$/, '');
}

const PARENTHETICAL = / ?\(((?:Parts?|Vol|Vols|Sect)\.?\s*[IVXLC\d]+[A-Z]?(?:\s*(?:and|–|-)\s*[IVXLC\d]+)?)\)/i;

/** "part i" → "Part I", "Vol.II" → "Vol. II", "Sect.29G" → "Sect. 29G", "Parts I and II" → "Parts I and II". */
function canonicalParenthetical(written: string): string {
  const m = /^(parts?|vols?|sect)\.?\s*(.+)$/i.exec(written.trim())!;
  const word = m[1]!.toLowerCase();
  const name = word === 'part' ? 'Part' : word === 'parts' ? 'Parts' : word === 'sect' ? 'Sect.' : word === 'vol' ? 'Vol.' : 'Vols.';
  const rest = m[2]!.replace(/\s*(and|–|-)\s*/gi, (_, j: string) => (j.toLowerCase() === 'and' ? ' and ' : '–')).toUpperCase().replace(/ AND /, ' and ');
  return `${name} ${rest}`;
}

// ---------------------------------------------------------------- what a symbol tells by itself

export interface SymbolInfo {
  symbol: string;
  body: Body | null;
  kind: 'resolution' | 'decision' | 'document';
  session: string | null;
  year: number | null;
  number: number | null;
  part: string | null;
  /** For an Add./Corr./Rev./Amend.: the document it belongs to. */
  base: string | null;
  modifier: string | null;
}

/** What a canonical symbol says by itself: issuing body, kind, session or year, number, base document. */
export function describeSymbol(symbol: string): SymbolInfo {
  const info: SymbolInfo = { symbol, body: null, kind: 'document', session: null, year: null, number: null, part: null, base: null, modifier: null };
  const res = RESOLUTION_SYMBOL.exec(symbol);
  if (res) {
    const n = parseResolutionNumber(res[3]!);
    if (n) {
      info.body = BODY_OF_PREFIX.get(res[1]!) ?? null;
      info.kind = res[2] === 'RES' ? 'resolution' : 'decision';
      info.number = n.number;
      info.part = n.parts[0] ?? null;
      if (n.yearInParens || n.style === 'year') info.year = Number(n.session);
      else info.session = n.session;
      return info;
    }
  }
  const comps = symbol.replace(/ \(Part [IVX]+\)$/, '').split('/');
  const last = comps[comps.length - 1] ?? '';
  if (comps.length > 2 && /^(Add|Corr|Rev|Amend)\.\d+$/.test(last)) {
    info.modifier = last;
    info.base = comps.slice(0, -1).join('/');
  }
  const first = comps[0];
  // the longest series the symbol starts with: E/CN.6/2016/22 is the Commission on the Status of Women's
  info.body = BODY_OF_PREFIX.get(comps.slice(0, 2).join('/')) ?? BODY_OF_PREFIX.get(first ?? '') ?? null;
  const sessionComp = comps.find((c, i) => i > 0 && /^\d{1,4}$/.test(c));
  if (sessionComp) {
    const v = Number(sessionComp);
    if (v >= 1946) info.year = v;
    else if (first === 'A') info.session = sessionComp;
  }
  return info;
}

// ---------------------------------------------------------------- user input

/** The highest Human Rights Council session a bare "n/m" may plausibly belong to. */
const MAX_HRC_SESSION = 62; // the Council holds three sessions a year: session 60 ran in 2025 — raise this as it goes on

/**
 * Parses anything a user may type for a document — "61/177", "A/RES/61/177", "a/res/61/177",
 * "第61/177号", "HRC 36/6", "S/RES/1325(2000)", "1325 (2000)", "decision 65/530", "A/76/462/Add.2" —
 * into candidate canonical symbols, most likely first.
 */
/**
 * What a user may type before a number in any language the extractor reads: a body's name
 * ("Conseil de sécurité 1325", "Совет Безопасности 1325") and a keyword ("résolution 61/177",
 * "резолюция 1325", "القرار 60/251"), from the language tables (built on first use).
 */
let queryWords: { bodies: [RegExp, Body][]; keywords: { re: RegExp; decision: RegExp }[] } | null = null;
function languageQueryWords(): NonNullable<typeof queryWords> {
  if (queryWords) return queryWords;
  const bodies: [RegExp, Body][] = [];
  const keywords: { re: RegExp; decision: RegExp }[] = [];
  for (const code of EXTRACTED_LANGUAGES) {
    const t = languageTable(code);
    for (const b of t.bodies) for (const name of b.names) bodies.push([new RegExp(String.raw`^${phrase(name, t.alphabetic)}\s*`, 'i'), b.body]);
    if (t.keywordFirst) keywords.push({ re: new RegExp(String.raw`^(${t.keywordFirst.keywords})${t.keywordFirst.wordEnd}\s*`, 'i'), decision: t.keywordFirst.isDecision });
  }
  // the longest name first ("Conseil des droits de l'homme" before "Conseil")
  bodies.sort((a, b) => b[0].source.length - a[0].source.length);
  return (queryWords = { bodies, keywords });
}

/** A query as typed, in one form: full-width and dash variants folded, Markdown links reduced to their text. */
function foldQuery(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** Abbreviations users type before a number ("UNSCR 1325", "HRC 36/6"); the bodies' names come from the language tables. */
const QUERY_CUES: [RegExp, Body][] = [
  [/^(?:HRC\b|A\/HRC\b)\s*/i, 'HRC'],
  [/^GA\b\s*/i, 'GA'],
  [/^(?:UNSCR\b|SCR\b|S\/RES\/|SC\b)\s*/i, 'SC'],
  [/^ECOSOC\b\s*/i, 'ECOSOC'],
  [/^CHR\b\s*/i, 'CHR'],
];

/** The body and the kind a query names before its number ("Security Council resolution …", "résolution …"), and what is left. */
function readQueryCues(text: string): { body: Body | null; kind: 'resolution' | 'decision' | null; rest: string } {
  let s = text;
  let body: Body | null = null;
  let kind: 'resolution' | 'decision' | null = null;
  const words = languageQueryWords();
  for (const [re, b] of [...QUERY_CUES, ...words.bodies]) {
    if (re.test(s)) {
      body = b;
      s = s.replace(re, '');
      break;
    }
  }
  const kw = /^(resolutions?|res\.?|decisions?|dec\.?)(?![A-Za-zÀ-ÿ])\s*/i.exec(s);
  if (kw) {
    kind = /^d/i.test(kw[1]!) ? 'decision' : 'resolution';
    s = s.slice(kw[0].length);
  } else {
    for (const k of words.keywords) {
      const m = k.re.exec(s);
      if (m) {
        kind = k.decision.test(m[1]!) ? 'decision' : 'resolution';
        s = s.slice(m[0].length);
        break;
      }
    }
  }
  return { body, kind, rest: s };
}

/** The last number of the Assembly's old numbering (1946–1975); from 1976 its numbers carry the session ("31/1"). */
const LAST_OLD_ASSEMBLY_NUMBER = 3541;

/**
 * A resolution typed by its number alone, without the year or session that its symbol carries
 * ("1325", "resolution 1325", "UNSCR 1325", "Security Council resolution 1325", "S/RES/1325",
 * "résolution 1514"): the symbol prefixes it may stand for — the Council's ("S/RES/1325 (") and,
 * unless a body is named, the old Assembly's ("A/RES/1514 (").
 */
export function bareNumberPrefixes(input: string): string[] {
  const { body, kind, rest } = readQueryCues(foldQuery(input));
  const m = /^(\d{1,4})$/.exec(rest.trim());
  if (!m || kind === 'decision') return [];
  const n = Number(m[1]);
  const prefixes: string[] = [];
  if (!body || body === 'SC') prefixes.push(`S/RES/${n} (`);
  if ((!body || body === 'GA') && n <= LAST_OLD_ASSEMBLY_NUMBER) prefixes.push(`A/RES/${n} (`);
  if (body === 'ECOSOC') prefixes.push(`E/RES/${n} (`);
  return prefixes;
}

export function parseSymbolQuery(input: string): string[] {
  let s = foldQuery(input);
  const out: string[] = [];
  const add = (xs: string[]) => {
    for (const x of xs) if (!out.includes(x)) out.push(x);
  };
  const asDoc = normalizeDocumentSymbol(s.replace(/\s*\(\s*(\d{4})\s*\)/, ' ($1)'));
  if (asDoc && /\//.test(s) && /^[a-z]/i.test(s)) {
    add([asDoc]);
    return out;
  }
  const cues = readQueryCues(s);
  const body = cues.body;
  let kind = cues.kind;
  s = cues.rest;
  const zh = /^第\s*(.+?)\s*号\s*(决议|决定)?$/.exec(s);
  if (zh) {
    s = zh[1]!;
    if (zh[2]) kind = zh[2] === '决定' ? 'decision' : 'resolution';
  } else {
    const zhTail = /^(.+?)\s*号?\s*(决议|决定)$/.exec(s);
    if (zhTail) {
      s = zhTail[1]!;
      kind = zhTail[2] === '决定' ? 'decision' : 'resolution';
    }
  }
  const n = parseResolutionNumber(s.replace(/(\d)\(/, '$1 (').replace(/(\d)([A-Z])$/, '$1 $2'));
  if (!n) return out;
  const kinds: ('resolution' | 'decision')[] = kind ? [kind] : ['resolution'];
  let bodies = body ? [body] : bodiesForNumber(n).filter((b) => BODY_SERIES[b].guessed);
  if (!body && n.style === 'session' && /^\d+$/.test(n.session) && Number(n.session) > MAX_HRC_SESSION) bodies = bodies.filter((b) => b !== 'HRC');
  if (!body && n.style === 'year' && Number(n.session) > 2006) bodies = bodies.filter((b) => b !== 'CHR');
  for (const k of kinds) for (const b of bodies) add(canonicalResolutionSymbols(b, k, n));
  return out;
}
