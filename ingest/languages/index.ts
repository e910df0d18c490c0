// Language registry: detection, and the language tables compiled once into
// the matchers the pipeline stages use.
import { EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES, type OfficialLanguage } from '../vocabulary.ts';
import { ExtractError } from '../errors.ts';
import type { Body, Language, Relation } from '../models.ts';
import { INSTRUMENTS } from '../data/instruments.ts';
import type { LanguageTable } from './types.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { ru } from './ru.ts';
import { ar } from './ar.ts';

export type { LanguageTable } from './types.ts';

const TABLES: Record<Language, LanguageTable> = { en, zh, fr, es, ru, ar };

export interface VerbMatch {
  verb: string;
  qualifier: string | null;
  relation: Relation;
  /** End of the verb phrase (incl. qualifiers) relative to the searched text. */
  end: number;
}

export interface InstrumentPattern {
  key: string;
  kinds: string[];
  short: boolean;
  re: RegExp;
  /**
   * The words of the name, upper-cased, longest first: a text whose upper-cased form lacks one
   * of them cannot match `re` (a case-insensitive match compares characters by their upper
   * case), so the regular expression runs only on the few texts that could name the instrument.
   */
  words: string[];
}

/**
 * The runs of letters and digits in a name, upper-cased, longest first (the likeliest to be
 * missing); short words ("of", "the") are in nearly every text, so looking for them only costs.
 */
const wordsOf = (name: string) => {
  const words = [...new Set((name.match(/[\p{L}\p{N}]+/gu) ?? [name]).map((w) => w.toUpperCase()))].sort((a, b) => b.length - a.length);
  return words.filter((w, i) => i === 0 || w.length >= 4);
};

export interface CompiledLanguage {
  table: LanguageTable;
  /** Matches the verb phrase at the very start of `text`. */
  verbAt(text: string): VerbMatch | null;
  /** Where a new clause starts inside a paragraph; the first group is its verb (with qualifiers). */
  clauseBoundary: RegExp;
  /**
   * A capitalized subject mid-line ("… of the We welcome …") opens a sentence: `boundary` applies to a paragraph
   * where `present` finds the subject at all (a cheap test that spares the boundary's scan of every space).
   */
  capitalizedSubject: { present: RegExp; boundary: RegExp } | null;
  /**
   * In a first-person paragraph ("We … welcome X, reaffirm Y and evince Z") coordinated verbs are bare
   * forms, which elsewhere are too common to start a clause: these boundaries apply where `firstPerson` matches.
   */
  firstPerson: RegExp | null;
  firstPersonBoundary: RegExp | null;
  bodyByName: Map<string, Body>;
  /** The body a name in the text stands for ("Human Rights Council", "人权理事会"), as the table names it; null for none. */
  bodyOfName(name: string | undefined): Body | null;
  bodyNames: string;
  date: string;
  instruments: InstrumentPattern[];
  /**
   * Finds the first word of some instrument's name in a text, in any case: a name's pattern holds
   * its words as written and matches case-insensitively at most, so a text without one matches none.
   */
  instrumentGate: RegExp;
  /** Text ending with another organization's body, just before a resolution or decision keyword (or a Chinese cue). */
  foreignBefore: RegExp;
  /** The joiner that opens the next item of a list after a comma ("and ", "as well as ", "以及"). */
  listItemLead: RegExp;
  /** The article an instrument's name may open with ("the "), at the start of a text; null for none. */
  articleLead: RegExp | null;
  /** Text right after a number that gives it to another organization's body ("of the Conference of the Parties"). */
  foreignAfter: RegExp | null;
  /** What separates the symbols of a list ("A/75/L.81 and Add.1", "A/75/L.81 et A/75/L.81/Add.1"): commas and the list's joining words. */
  symbolListSeparator: RegExp;
  /** The names of other organizations' bodies, as regex alternatives. */
  foreignNames: string;
  /** The script's commas (global, for scanning), commas and white space that open a quote, and what ends a sentence. */
  commaPattern: RegExp;
  leadingPunctuation: RegExp;
  sentenceStop: RegExp;
}

/** A text as a regex source that matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length;

/** A phrase as a regex source: literal, and in alphabetic scripts any white space between its words. */
export function phrase(s: string, alphabetic: boolean): string {
  return alphabetic ? escape(s).replace(/ /g, '\\s+') : escape(s);
}

function compile(t: LanguageTable): CompiledLanguage {
  const relationOf = new Map<string, Relation>();
  for (const v of t.verbs) for (const f of v.forms) relationOf.set(f.toLowerCase(), v.relation);
  const verbAlts = [...relationOf.keys()].sort(byLengthDesc).map((f) => phrase(f, t.alphabetic)).join('|');
  const qb = t.qualifiersBefore.slice().sort(byLengthDesc).map((q) => phrase(q, t.alphabetic)).join('|');
  const qa = t.qualifiersAfter.slice().sort(byLengthDesc).map((q) => phrase(q, t.alphabetic)).join('|');
  const subj = t.subjectsBefore.length ? t.subjectsBefore.slice().sort(byLengthDesc).map((q) => phrase(q, t.alphabetic)).join('|') : '(?!)';
  const manner = t.mannerBefore.slice().sort(byLengthDesc).map((m) => escape(m)).join('|');
  // the edge of a word: \b where the letters are ASCII, a look-around over the script's letters elsewhere, none in Chinese
  const wb = t.keywordFirst?.wordEnd ?? '';
  const ws0 = t.keywordFirst?.wordStart ?? '';
  const ws = t.alphabetic ? '\\s+' : '\\s*';

  let verbAt: CompiledLanguage['verbAt'];
  if (t.alphabetic) {
    const re = new RegExp(`^(?:(?:${subj})${ws})?((?:(?:${qb})${ws})*)(${verbAlts})${wb}((?:\\s*,?\\s*(?:${qa})${wb})*)`, 'i');
    verbAt = (text) => {
      const m = re.exec(text);
      if (!m) return null;
      const verb = m[2]!.replace(/\s+/g, ' ');
      const qual = `${m[1]!} ${m[3]!}`.replace(/[,\s]+/g, ' ').trim().toLowerCase();
      return { verb, qualifier: qual || null, relation: relationOf.get(verb.toLowerCase()) ?? 'CITES', end: m[0].length };
    };
  } else {
    const wrapper = t.wrapper ? escape(t.wrapper) : '(?!)';
    const re = new RegExp(`^(?:${subj})?((?:${qb})*)\\s*(?:(${wrapper})(${manner})(注意到)|(${manner})?(${verbAlts}))`);
    verbAt = (text) => {
      const m = re.exec(text);
      if (!m) return null;
      const verb = m[2] ? `${m[2]}${m[4]}` : m[6]!;
      const qual = `${m[1] ?? ''}${m[3] ?? m[5] ?? ''}`;
      return { verb, qualifier: qual || null, relation: relationOf.get(verb) ?? 'CITES', end: m[0].length };
    };
  }

  // Clause boundaries: only finite/participial verb forms start a new clause.
  const boundaryVerbs = [...relationOf.keys()].filter(t.startsClause);
  const bAlts = boundaryVerbs.sort(byLengthDesc).map((f) => phrase(f, t.alphabetic)).join('|');
  const joiners = t.clauseJoiners.slice().sort(byLengthDesc).map((j) => phrase(j, t.alphabetic)).join('|');
  const clauseBoundary = t.alphabetic
    ? // a comma or semicolon before a coordinated verb, or the end of a sentence before the next one's ("… meeting. Recalls …",
      // "… countries. 5. We recall …" where a declaration's paragraphs ran together; the full stop is matched before
      // what precedes it is looked at, which spares a look-behind at every character)
      new RegExp(`(?:${t.keywordFirst?.commas ?? '[,;]'}\\s+|\\.(?<=[a-z)\\d]\\.)\\s+(?:\\d{1,3}\\.\\s+)?(?=[A-Z])|\\s+(?=${t.listJoiners[0]}\\s))(?:(?:${joiners}),?\\s+)?((?:${subj})\\s+(?:(?:${qb})\\s+)*(?:${verbAlts})${wb}|(?:(?:${qb})\\s+)*(?:${bAlts})${wb})`, 'gi')
    : new RegExp(`[，；,;]\\s*(?:(?:${joiners})\\s*)?(?:${subj})?((?:${qb})*(?:${wrapper(t)})?(?:${manner})?(?:${bAlts}))`, 'g');

  // A capitalized subject mid-line opens a sentence even where its full stop was lost ("… of the We welcome …"):
  // case matters here, so this one is matched without the i flag.
  const capitalized = t.subjectsBefore.map((w) => phrase(w.charAt(0).toUpperCase() + w.slice(1), true)).join('|');
  const capitalizedSubject = t.alphabetic && capitalized
    ? {
        present: new RegExp(`\\b(?:${capitalized})\\b`),
        boundary: new RegExp(`(?<=\\S)\\s+((?:${capitalized})\\s+(?:(?:${qb.toLowerCase()})\\s+)*(?:${verbAlts.toLowerCase()})\\b)`, 'g'),
      }
    : null;
  const firstPerson = t.alphabetic && t.subjectsBefore.length ? new RegExp(`^\\s*(?:${subj})\\b`, 'i') : null;
  const firstPersonBoundary = firstPerson
    ? new RegExp(`[,;]\\s+(?:(?:${joiners}),?\\s+)?((?:(?:${qb.toLowerCase()})\\s+)*(?:${verbAlts.toLowerCase()})\\b)`, 'g')
    : null;

  const bodyByName = new Map<string, Body>();
  for (const b of t.bodies) for (const n of b.names) bodyByName.set(t.alphabetic ? n.toLowerCase() : n, b.body);
  const bodyNames = [...bodyByName.keys()].sort(byLengthDesc).map((n) => phrase(n, t.alphabetic)).join('|');

  const instruments: InstrumentPattern[] = [];
  const shortKinds = new Map<string, string[]>();
  for (const ins of INSTRUMENTS) {
    const named = ins[t.code];
    if (!named) continue; // not yet named in this language
    const names = [named.name, ...named.variants];
    for (const n of names) {
      const src = t.alphabetic ? `${ws0}${t.article ? `(?:${escape(t.article)}\\s+)?` : ''}${phrase(n, true)}${wb}` : escape(n);
      instruments.push({ key: ins.key, kinds: [ins.kind], short: false, re: new RegExp(src, t.alphabetic ? 'gi' : 'g'), words: wordsOf(n) });
    }
    for (const s of ins.shortForms[t.code] ?? []) {
      const kinds = shortKinds.get(s) ?? [];
      if (!kinds.includes(ins.kind)) kinds.push(ins.kind);
      shortKinds.set(s, kinds);
    }
  }
  for (const [s, kinds] of shortKinds) {
    // Short forms are case-sensitive in English ("the Convention", not "a convention"), and not the start of another name.
    const src = t.alphabetic ? `${ws0}${phrase(s, true).replace(/^the/, '[Tt]he')}${wb}${t.shortFormNotBefore ? `(?![\\s-]+(?:${t.shortFormNotBefore})${wb})` : ''}` : escape(s);
    instruments.push({ key: `short:${s}`, kinds, short: true, re: new RegExp(src, 'g'), words: wordsOf(s) });
  }
  const instrumentGate = new RegExp([...new Set(instruments.map((p) => p.words[0]!))].sort(byLengthDesc).map(escape).join('|') || '(?!)', 'i');
  const alternatives = (names: string[]) => names.slice().sort(byLengthDesc).map((f) => phrase(f, t.alphabetic)).join('|');
  const foreign = alternatives(t.foreignBodies);
  const foreignOrGeneric = alternatives([...t.foreignBodies, ...t.foreignBeforeOnly]);
  // "… of the Conference of the States Parties to the Convention, including resolutions 7/8": the list is the other
  // body's — a named one only ("the Black Sea Economic Cooperation Organization, including resolution 73/13" is the Assembly's)
  const leads = t.listLeads.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|');
  const leadTail = leads ? `(?:,?\\s+(?:${leads}))?` : '';
  const foreignBefore = t.alphabetic
    ? new RegExp(`${ws0}(?:(?:${foreignOrGeneric})${t.keywordFirst?.bodyPossessive ?? ''}(?:${t.foreignNameTail})?|(?:${foreign})(?:${t.foreignNameTail})?${leadTail})\\s+$`)
    : new RegExp(`(?:${foreignOrGeneric})$`);
  const foreignAfter = t.foreignAfterLead ? new RegExp(`${t.foreignAfterLead}(?:${foreign})${wb}`) : null;
  // after a comma, the next item of a list: "…, and the Convention …"
  const listJoiners = t.listJoiners.map((j) => phrase(j, t.alphabetic) + (t.alphabetic ? '\\s+' : '')).join('|');
  const listItemLead = new RegExp(`^\\s*(?:${listJoiners || '(?!)'})?\\s*`, 'i');
  const articleLead = t.article ? new RegExp(`^${escape(t.article)}\\s`, 'i') : null;
  const bodyOfName = (name: string | undefined) => (name ? bodyByName.get(t.alphabetic ? name.toLowerCase().replace(/\s+/g, ' ') : name) ?? null : null);
  const edge = (w: string) => (t.alphabetic ? `${ws0}${phrase(w, true)}${wb}` : escape(w));
  const symbolListSeparator = new RegExp(`\\s*(?:,|、|${t.listJoiners.map(edge).join('|')})\\s*`);
  const punctuation = { commas: escape(t.punctuation.commas), stops: escape(t.punctuation.stops) };
  const commaPattern = new RegExp(`[${punctuation.commas}]`, 'g');
  const leadingPunctuation = new RegExp(`^[\\s${punctuation.commas}]+`);
  const sentenceStop = new RegExp(`[${punctuation.stops}]`);
  return { table: t, symbolListSeparator, foreignNames: foreign, commaPattern, leadingPunctuation, sentenceStop, verbAt, clauseBoundary, capitalizedSubject, firstPerson, firstPersonBoundary, bodyByName, bodyOfName, listItemLead, articleLead, bodyNames, date: t.datePattern, instruments, instrumentGate, foreignBefore, foreignAfter };
}

function wrapper(t: LanguageTable): string {
  return t.wrapper ? escape(t.wrapper) : '(?!)';
}

/** A language's table as written (no patterns compiled). */
export const languageTable = (code: Language): LanguageTable => TABLES[code];

const compiled = new Map<Language, CompiledLanguage>();

/** The compiled knowledge of a language (compiled on first use, then cached). */
export function language(code: Language): CompiledLanguage {
  let c = compiled.get(code);
  if (!c) {
    c = compile(TABLES[code]);
    compiled.set(code, c);
  }
  return c;
}

/** A stage's own patterns for a language, made from its compiled knowledge on first use, then cached. */
export function perLanguage<T>(make: (lang: CompiledLanguage) => T): (lang: CompiledLanguage) => T {
  const made = new Map<Language, T>();
  return (lang) => {
    if (!made.has(lang.table.code)) made.set(lang.table.code, make(lang));
    return made.get(lang.table.code)!;
  };
}

export const SUPPORTED: readonly Language[] = EXTRACTED_LANGUAGES;
/** A language the detector tells: one of the six, or 'other' for prose in none of them (German, Japanese …). */
export type DetectedLanguage = OfficialLanguage | 'other';

/** The commonest words of the Latin-script languages, and the languages each is common in ("de", "la", "que" count for French and Spanish both). */
const COMMON_WORDS = (() => {
  const lists = {
    en: ['the', 'of', 'and', 'to', 'its', 'that', 'with', 'on', 'for', 'by', 'is', 'are', 'be', 'which', 'this', 'has', 'have', 'as', 'at', 'from', 'all', 'it', 'shall', 'was', 'were', 'their', 'resolution', 'council', 'also', 'further'],
    fr: ['à', 'ne', 'pas', 'plus', 'le', 'la', 'les', 'des', 'et', 'du', 'de', 'sa', 'ses', 'aux', 'au', 'une', 'dans', 'sur', 'par', 'pour', 'qui', 'que', 'qu', 'est', 'son', 'ces', 'ce', 'il', 'elle', 'sont', 'résolution', 'conseil', 'assemblée', 'générale', 'sécurité', 'été', 'également', 'l', 'd'],
    es: ['el', 'los', 'las', 'del', 'de', 'la', 'y', 'su', 'sus', 'una', 'con', 'por', 'en', 'al', 'es', 'lo', 'se', 'como', 'son', 'que', 'resolución', 'consejo', 'asamblea', 'seguridad', 'sobre', 'este', 'esta'],
  } as const;
  const map = new Map<string, (keyof typeof lists)[]>();
  for (const [lang, words] of Object.entries(lists) as [keyof typeof lists, readonly string[]][]) for (const w of words) map.set(w, [...(map.get(w) ?? []), lang]);
  return map;
})();

/** Tells the language of a text from its script and its commonest words; null when there is nothing to tell. */
export function detectLanguage(text: string): DetectedLanguage | null {
  // the script and the common words of a language show within a few pages; reading a whole report was a fifth of extraction's time
  const sample = text.length > 12_000 ? text.slice(0, 12_000) : text;
  // a text in no script but the Latin one (most are) has nothing to count: one expression tells so
  if (!OTHER_SCRIPTS.test(sample)) return LATIN_LETTER.test(sample) ? latinLanguage(sample) : null;
  let cjk = 0;
  let latin = 0;
  let cyr = 0;
  let arab = 0;
  let kana = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x600 && c <= 0x6ff) arab++;
  }
  const total = cjk + latin + cyr + arab + kana;
  if (total === 0) return null;
  // Japanese writes kana between its ideographs; Chinese never does
  if (kana * 10 > total) return 'other';
  // Chinese texts carry Latin symbols and names: compare ideographs with letters of lower-case words only.
  if (cjk > 0) {
    const lowerWords = sample.match(/\b[a-z][a-z]+\b/g) ?? [];
    const prose = lowerWords.reduce((n, w) => n + w.length, 0);
    if (cjk * 2 >= prose) return 'zh';
  }
  if (arab > latin && arab >= cyr) return 'ar';
  if (cyr > latin) return 'ru';
  return latinLanguage(sample);
}

/** The scripts detectLanguage counts besides the Latin one (its ranges below), and a Latin letter. */
const OTHER_SCRIPTS = /[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/** English, French, Spanish or another language, of a text written mostly in Latin letters. */
function latinLanguage(sample: string): DetectedLanguage {
  // a page of French, Spanish or German prose has accented letters: without them a long text is English (counting words costs a tenth of extraction)
  const page = sample.slice(0, 6000);
  if (page.length > 600 && !/[à-ÿ]/.test(page)) return 'en';
  // (Latin letters with those of French and Spanish: a Unicode property class was three times slower)
  const words = page.toLowerCase().match(/[a-zß-öø-ÿ]+/g) ?? [];
  const score = { en: 0, fr: 0, es: 0 };
  for (const w of words) for (const l of COMMON_WORDS.get(w) ?? []) score[l]++;
  // letters only one of them writes ("è", "ç" / "ñ", "ó") tell apart a sentence of shared words ("de", "que")
  score.fr += page.match(/[èêàçûôœ]/g)?.length ?? 0;
  score.es += page.match(/[ñóíáú¿¡]/g)?.length ?? 0;
  // another Latin-script language only on clear evidence (English fragments carry "para.", "a", names in other languages)
  const other = score.fr >= score.es ? 'fr' : 'es';
  if (score[other] >= 2 && score[other] > score.en) return other;
  // prose of a dozen words with hardly one common word of the three is in another language (German, Italian …)
  if (words.length >= 12 && score.en + score[other] < words.length * 0.08) return 'other';
  return 'en';
}

/** Resolves the language to use: the one given, else the detected one; throws for languages not supported yet. */
export function chooseLanguage(text: string, given?: string | null, fallback: Language = 'en'): Language {
  const lang = given ?? detectLanguage(text) ?? fallback;
  if (lang === 'other' || !(OFFICIAL_LANGUAGES as readonly string[]).includes(lang)) {
    throw new ExtractError('unsupported-language', `not in one of the six official UN languages (${OFFICIAL_LANGUAGES.join(', ')})${lang === 'other' ? '' : `: ${lang}`}`);
  }
  if (!(SUPPORTED as readonly string[]).includes(lang)) throw new ExtractError('unsupported-language', `not supported yet: ${lang}`);
  return lang as Language;
}
