// The shape of a language table: everything the pipeline knows about how
// resolutions are written in one language. Adding a language is adding one
// such table (and its tests) — no new control flow.
import type { Body, Language, Relation } from '../models.ts';

export interface VerbEntry {
  /** Surface forms, lower-case for alphabetic scripts ("recalling", "recalls", "bearing in mind"). */
  forms: string[];
  relation: Relation;
}

/**
 * A language that writes the number before the keyword ("第70/213和70/219号决议"): how lists of numbers
 * are written, what may stand between them, and what closes them.
 */
export interface NumberFirstGrammar {
  /** Before a number that opens a list ("第"), and after each number ("号"). */
  prefix: string;
  suffix: string;
  /** Between the numbers of a list ("、", "和"); commas join them too. */
  joiners: string[];
  commas: string[];
  /** A topic between the numbers, or between the body and the first number: opened by one of these, closed by `topicClose` ("关于 … 的"). */
  topicOpeners: string[];
  topicClose: string;
  /** What may stand between the last number and the keyword ("中", "所"). */
  beforeKeyword: string[];
  /** The possessive that means the adopting body ("其"), and "in its" ("在其"). */
  its: string;
  inIts: string;
  /** "…号决议通过的《…》": the instrument after these words is one the resolution adopted; `adoptedLead` ("中") may come first. */
  adopted: string;
  adoptedLead: string;
  titleOpen: string;
  /** Punctuation a body cue does not reach across. */
  stops: string;
}

/**
 * A language that writes the keyword before the number ("resolution 61/177", "résolution 61/177",
 * "резолюция 61/177", "القرار 61/177"): regular-expression sources for the words around a list of numbers.
 */
export interface KeywordFirstGrammar {
  /** The keywords, any inflection ("resolutions?|decisions?"), and which of them are decisions. */
  keywords: string;
  isDecision: RegExp;
  /** Plural keywords, for a body context ("resolutions of the Council") without numbers. */
  plurals: string;
  /** "its" written into the keyword itself (Arabic قرارها): tested on the matched keyword; null for none. */
  itsSuffix: RegExp | null;
  /** A body named between the keyword and the number ("resolution of the Assembly, 77/191", "قرار مجلس الأمن 1325"): what comes before the name and after it. */
  bodyBetween: { lead: string; close: string };
  /** Between the keyword (or the body) and the first number. */
  beforeNumber: string;
  /** A word or letter class: what the edge of a word is ('\\b' where the language's letters are ASCII). */
  wordStart: string;
  wordEnd: string;
  wordChar: string;
  /** Before a body name ("the "), and a possessive after it ("'s"). */
  bodyArticle: string;
  bodyPossessive: string;
  /** "in its" after a body's name ("the Council, in its resolution"). */
  inIts: string;
  /** The commas and semicolons of the script ("[,;]", Arabic "،" and "؛" too), and the space a joining word takes after it (Arabic "و" may be written onto the number). */
  commas: string;
  joinerSpace: string;
  /** Between items of a list: after a comma ("and ", "as well as "), or alone (" and "). */
  listJoiners: string[];
  /** What may follow a number before a date ("of", "dated"); the lead of a title in quotation marks ("entitled"), and the marks. */
  dateLead: string;
  titleLead: string;
  titleQuotes: { open: string; close: string };
  /** A topic between two numbers of a list ("5/1, on institution-building …, and 5/2"). */
  topicLead: string;
  /** Between numbers of a range of locators ("paras. 3 and 4"). */
  rangeJoiners: string;
  /** "resolutions adopted by the Human Rights Council": the words between the keyword and the body. */
  contextOf: string;
  /** Whether a body's name may stand before plural keywords as a context ("Council resolutions"). */
  bodyBeforeKeyword: boolean;
  /** A body named after the numbers ("la résolution 1325 (2000) du Conseil de sécurité"): what comes before the name; null where bodies are named before. */
  bodyAfter: string | null;
  /** After an instrument's name: "as adopted by the General Assembly in its resolution …" (a regex source, '(?!)' for none). */
  instrumentAdoptedIn: string;
}

/** How resolution numbers are written, besides the digits: the parts' letters ("2200 A (XXI)", Arabic "2200 ألف (د-21)") and what joins them, and other sessions in parentheses. */
export interface NumberForms {
  /** A part's letter (a regex source). */
  letter: string;
  /** What joins two letters in an old-style number ("A and B", "A to D"), and in a new-style one, with its spacing and the second letter ("\\s(?:and|to)\\s[A-Z]"). */
  oldJoiners: string;
  newJoiner: string;
  /** Sessions in parentheses other than Roman numerals and years (a regex source; '' for none). */
  sessions: string;
  /** How the number's words become the canonical English form ("和" → " and ", "ألف" → "A", "د-35" → "XXXV"). */
  words: [RegExp, string | ((match: string, ...groups: string[]) => string)][];
}

export interface LanguageTable {
  code: Language;
  /** The number-first grammar of numbers and keywords; null where the keyword comes first ("resolution 61/177"). */
  numberFirst: NumberFirstGrammar | null;
  /** The keyword-first grammar; null where the number comes first. */
  keywordFirst: KeywordFirstGrammar | null;
  numberForms: NumberForms;
  /** Short names that mean the Commission on Human Rights in older texts ("the Commission"). */
  commissionShort: string[];
  /** Case-insensitive matching and word boundaries apply (alphabetic scripts). */
  alphabetic: boolean;
  /** Paragraph- and clause-opening verbs with the relation they make. Unknown verbs make CITES. */
  verbs: VerbEntry[];
  /** Subjects that may open a clause in declarations and outcome documents ("We welcome", 我们欢迎): the verb after them counts. */
  subjectsBefore: string[];
  /** Qualifiers that may stand before the verb ("Also", 又, 还). */
  qualifiersBefore: string[];
  /** Qualifiers that may stand after the verb ("also", "with appreciation", "further"). */
  qualifiersAfter: string[];
  /** Chinese: manner adverbs between the qualifier and the verb (赞赏地), and the 表示 wrapper. */
  mannerBefore: string[];
  wrapper: string | null;
  /** Which verb forms start a new clause inside a paragraph (finite and participial forms, not "concerned" or "pursuant to"). */
  startsClause(form: string): boolean;
  /** Words after a short form that make it the start of another name ("the Convention on …"): a regex source, '' for none. */
  shortFormNotBefore: string;
  /** Words that may join a new coordinated clause before its verb (", and calls upon", "，并鼓励"). */
  clauseJoiners: string[];
  /** Names of issuing bodies as they appear in citations. */
  bodies: { body: Body; names: string[] }[];
  /** Bodies of other organizations whose numbers look like UN resolutions: what they issue is not cited as one. */
  foreignBodies: string[];
  /** Generic words among them ("Board", "Programme") that name another body only right before the keyword ("Executive Board decision"), not after a number ("59/113 of the World Programme …"). */
  foreignBeforeOnly: string[];
  /** What may follow such a body's name before the keyword ("… Conference of the Parties to the United Nations Convention against Corruption resolution 8/12"): a regex source, '' for none. */
  foreignNameTail: string;
  /** What joins a number to such a body named after it ("7/8 adopted by the Conference …"): a regex source, '' where the language does not name bodies after numbers. */
  foreignAfterLead: string;
  /** Words that join the items of a list ("and", "as well as", "以及"), and the article an instrument's name may open with ("the"). */
  listJoiners: string[];
  article: string | null;
  /** A paragraph opening with a verb the table does not list ("Commends …"): its pattern (group 1: the verb) and the endings that make it a verb; null where verbs cannot be told by form. */
  unlistedVerb: { opening: RegExp; inflected: RegExp } | null;
  /** Ambiguous short names that mean "the Council" / "the Assembly". */
  councilShort: string[];
  assemblyShort: string[];
  /** Words for resolution / decision. */
  resolutionWords: string[];
  decisionWords: string[];
  /** Words between "resolutions" and the numbers they introduce ("its resolutions, especially 2139 (2014), …"). */
  listLeads: string[];
  /** Locators that may follow a number in a list before the next one ("69/117, para. 8, 70/116"), as regular-expression sources. */
  numberLocators: string[];
  /** "its" (the body named just before, else the adopting body). */
  its: string[];
  months: Record<string, number>;
  /** Date regular expression source (no capture groups needed). */
  datePattern: string;
  /** Opening line of the body: "The General Assembly," / 大会，. */
  openingPattern: RegExp;
  /**
   * A draft of another body's text recommended for adoption ("Recommends to the General Assembly the
   * adoption of the following draft resolution: The General Assembly, Reaffirming its resolution 70/1 …"):
   * from there on "its resolution" is that body's. Group 1 is the body's name when the opening follows
   * in the same paragraph; without it, the next paragraph is the opening line.
   */
  draftOpening: RegExp;
  /** Header phrases. */
  /** A number written in words, as a session's ordinal is ("Seventy-seventh", "七十七") → 77; null if none. */
  ordinal(written: string): number | null;
  /** A chapter number in the Roman numerals of the UN's English locators ("三" → "III"). */
  chapterNumeral(written: string): string;
  /** The first date written in this language's forms, as ISO 8601; null if none. */
  dateOf(text: string): string | null;
  /**
   * How paragraphs are numbered and ended: an operative number ("1."), a sub-paragraph's ("(a)"), the
   * punctuation that ends a paragraph (a line without it runs on into the next), and a line that
   * continues a sentence (starting in lower case).
   */
  paragraphs: { operative: RegExp; sub: RegExp; terminal: RegExp; continuation: RegExp };
  /** What separates words when lines of a title are joined (' ', or '' in Chinese). */
  wordSeparator: string;
  header: {
    /** "Resolution adopted by the General Assembly on 8 December 2022": named groups `kind` (a resolution or decision word), `body`, `date`. */
    adoptedBy: RegExp;
    /** The paragraph of a report a resolution was adopted on ("A/77/400, para. 12", "A/77/400，第12段"): group 1 the number; the symbols are before it. */
    basedOnParagraph: RegExp;
    /** The Security Council's adoption line: named groups `meeting` and `date`. */
    councilAdoption: RegExp;
    /** Security Council title lines ("Resolution 2334 (2016)"): named groups `number`, `year`, and `date` where the line gives it. */
    councilTitles: RegExp[];
    session: RegExp;
    agendaItem: RegExp;
    basedOn: RegExp;
    meeting: RegExp;
    titleLine: RegExp;
  };
  /** Footnote kinds. */
  officialRecords: RegExp;
  /** Volumes that compile a body's resolutions and decisions: a decision the footnote names before one is published in it. */
  compilation: RegExp;
  ibid: RegExp;
  treatySeries: RegExp;
  locator: RegExp;
  /** "by which it adopted" / 其中通过了 — instruments after it are adopted by the preceding resolution. */
  adoptionCue: RegExp;
  /** Text just before an instrument name that makes it a modifier, not the thing cited ("States parties to the"). */
  instrumentModifierBefore: RegExp | null;
  /** Text just after an instrument name that makes it a modifier (《公约》缔约国). */
  instrumentModifierAfter: RegExp | null;
  /**
   * Footnote markers that PDF text sets as plain digits ("2020,3", "the Convention 4 and"): what
   * makes a number not a marker — a word right before it ("resolution 5", "para. 3", "and 4"), what
   * follows it ("5 December", "3 per cent"), and the abbreviations a glued number belongs to
   * ("Add.2", "para.5"), as a regex source of alternatives.
   */
  footnoteMarkers: { notAfter: RegExp; notBefore: RegExp; abbreviations: string };
  /** Words before which a hyphen at the end of a line is a real one ("self-⏎determination"), not a broken word's ("ex-⏎amine"). */
  hyphenatedPrefixes: string[];
  /** The script's commas and semicolons (the comma of a list first), and what ends a sentence (character classes' contents: ",;，；"). */
  punctuation: { commas: string; stops: string };
  /** A participle that may continue a relative clause ("…, in which the Assembly endorsed X, reaffirming Y"); null where none does. */
  participle: RegExp | null;
  /** Phrases that say "the present text" rather than a cited document. */
  selfReference: RegExp;
  /**
   * A relative clause ("…, in which the Assembly endorsed the Declaration, reaffirming …"): a participle
   * after it, with no "and" before, belongs to the relative clause and does not start a clause of its own.
   */
  relativeClause: RegExp | null;
}
