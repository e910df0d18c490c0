// English: how UN resolutions are written in English, as data.
import type { LanguageTable } from './types.ts';
import { isoDate } from '../numbers.ts';
import { EN_ZH_PUNCTUATION, LATIN_FOOTNOTE_MARKERS } from './shared.ts';

const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** "Seventy-sixth" → 76, "first" → 1; null if not an ordinal word. */
function englishOrdinal(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  const i = ORD_UNITS.indexOf(w);
  if (i > 0) return i;
  const t = ORD_TENS.indexOf(w);
  if (t > 1) return t * 10;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m) {
    const tens = TENS.indexOf(m[1]!);
    const unit = ORD_UNITS.indexOf(m[2]!);
    if (tens > 1 && unit > 0 && unit < 10) return tens * 10 + unit;
  }
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "8 December 2022" → 2022-12-08. */
function englishDate(text: string): string | null {
  const e = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i.exec(text);
  return e ? isoDate(Number(e[3]), MONTHS.indexOf(e[2]!.toLowerCase()) + 1, Number(e[1])) : null;
}

export const en: LanguageTable = {
  code: 'en',
  numberFirst: null,
  keywordFirst: {
    keywords: 'resolutions?|decisions?',
    isDecision: /^d/i,
    plurals: 'resolutions|decisions',
    itsSuffix: null,
    bodyBetween: { lead: String.raw`\s+(?:of|by)\s+the\s+`, close: String.raw`\s*,` },
    beforeNumber: String.raw`\s+`,
    wordStart: String.raw`\b`,
    wordEnd: String.raw`\b`,
    wordChar: String.raw`\w`,
    bodyArticle: String.raw`(?:the\s+)?`,
    bodyPossessive: "(?:'s|’s)?",
    inIts: String.raw`in\s+(?:its|their)`,
    commas: '[,;]',
    joinerSpace: String.raw`\s+`,
    listJoiners: ['and', String.raw`as\s+well\s+as`],
    dateLead: String.raw`(?:of|dated|adopted\s+on)`,
    titleLead: '(?:entitled|on)',
    titleQuotes: { open: '“"', close: '”"' },
    topicLead: String.raw`(?:on|concerning|relating\s+to)`,
    rangeJoiners: '–|-|and|to',
    contextOf: String.raw`(?:adopted\s+by|of)\s+the\s+`,
    bodyBeforeKeyword: true,
    bodyAfter: null,
    instrumentAdoptedIn: String.raw`(?:as\s+)?(?:adopted|proclaimed)\s+by\s+(?:the\s+)?(?:General\s+)?Assembly\s+in\s+(?:its\s+)?resolution`,
  },
  numberForms: { letter: '[A-Z]', oldJoiners: 'and|to|-|–', newJoiner: String.raw`\s(?:and|to)\s[A-Z]`, sessions: '', words: [] },
  commissionShort: ['Commission'],
  alphabetic: true,
  verbs: [
    { forms: ['recalling', 'recalls', 'recall', 'referring to'], relation: 'RECALLS' },
    { forms: ['reaffirming', 'reaffirms', 'reaffirm'], relation: 'REAFFIRMS' },
    { forms: ['welcoming', 'welcomes', 'welcome'], relation: 'WELCOMES' },
    { forms: ['taking note', 'takes note', 'take note', 'noting', 'notes', 'note'], relation: 'TAKES_NOTE' },
    {
      forms: [
        'recognizing', 'recognizes', 'recognising', 'recognises', 'acknowledging', 'acknowledges', 'bearing in mind', 'bears in mind',
        'guided by', 'mindful', 'having considered', 'having examined', 'having received', 'having heard', 'having regard to',
        'having adopted', 'having accepted', 'taking into account', 'takes into account', 'taking into consideration', 'considering', 'considers',
        'emphasizing', 'emphasizes', 'stressing', 'stresses', 'underlining', 'underlines', 'underscoring', 'underscores',
        'reiterating', 'reiterates', 'expressing', 'expresses', 'deeply concerned', 'gravely concerned', 'seriously concerned',
        'concerned', 'alarmed', 'convinced', 'determined', 'affirming', 'affirms', 'decides', 'deciding', 'requests', 'requesting',
        'calls upon', 'calls on', 'calls for', 'calling upon', 'calling on', 'calling for', 'invites', 'inviting', 'urges', 'urging',
        'encourages', 'encouraging', 'endorses', 'endorsing', 'approves', 'approving', 'adopts', 'appeals', 'condemns', 'condemning',
        'demands', 'demanding', 'authorizes', 'supports', 'supporting', 'commends', 'commending', 'acting under', 'resolves',
        'declares', 'proclaims', 'confirms', 'confirming', 'emphasises', 'highlights', 'highlighting', 'acknowledges', 'appreciates',
        'expressing concern', 'expresses concern', 'expresses its appreciation', 'further decides', 'reiterates its call',
        'deplores', 'deploring', 'regrets', 'regretting', 'observing', 'observes', 'aware', 'conscious', 'believing', 'affirms',
        'pursuant to', 'in accordance with',
        // first-person forms of declarations annexed to resolutions ("We uphold …", "We commit …")
        'recognize', 'acknowledge', 'stress', 'emphasize', 'underscore', 'underline', 'reiterate', 'commit', 'uphold', 'call',
        'invite', 'urge', 'encourage', 'decide', 'declare', 'express', 'support', 'affirm', 'resolve', 'pledge', 'endorse',
        'adopt', 'request', 'highlight', 'acknowledge', 'gather', 'renew',
      ],
      relation: 'CITES',
    },
  ],
  startsClause: (form) => (/(?:s|ing)$/.test(form) || form.includes(' ')) && !/^(?:concerned|aware|mindful|conscious|convinced|determined|alarmed|pursuant|in accordance)/.test(form) && !form.endsWith(' concerned'),
  shortFormNotBefore: 'on|for|against|relating|relative|of|to|concerning',
  subjectsBefore: ['we'],
  qualifiersBefore: ['continues to', 'also', 'further', 'once again', 'again', 'strongly', 'firmly', 'fully', 'moreover'],
  qualifiersAfter: [
    'with appreciation', 'with deep appreciation', 'with satisfaction', 'with interest', 'with concern', 'with deep concern',
    'with grave concern', 'with serious concern', 'with regret', 'with approval', 'also', 'further', 'once again', 'again',
    'in particular', 'furthermore',
  ],
  mannerBefore: [],
  wrapper: null,
  clauseJoiners: ['and', 'and also', 'and further', 'and in this regard', 'and, in this regard,', 'in this regard', 'and in this context'],
  bodies: [
    { body: 'HRC', names: ['Human Rights Council'] },
    { body: 'SC', names: ['Security Council'] },
    { body: 'ECOSOC', names: ['Economic and Social Council'] },
    { body: 'CHR', names: ['Commission on Human Rights'] },
    { body: 'StatCom', names: ['Statistical Commission'] },
    { body: 'CSocD', names: ['Commission for Social Development'] },
    { body: 'CSW', names: ['Commission on the Status of Women'] },
    { body: 'CND', names: ['Commission on Narcotic Drugs'] },
    { body: 'CPD', names: ['Commission on Population and Development'] },
    { body: 'CCPCJ', names: ['Commission on Crime Prevention and Criminal Justice', 'Crime Commission'] },
    { body: 'CSD', names: ['Commission on Sustainable Development'] },
    { body: 'GA', names: ['General Assembly'] },
  ],
  /**
   * Bodies outside the UN organs whose resolutions and decisions share the UN's number shapes
   * ("World Health Assembly resolution 69.2", "Environment Assembly resolution 5/6", "Conference of
   * the Parties decision 15/4"): a number they issue is not a UN resolution. Named before the number
   * or after it ("decision 14/17 of the Conference of the Parties").
   */
  foreignBodies: [
    'World Health Assembly', 'Health Assembly', 'Environment Assembly', 'UN-Habitat Assembly', 'Habitat Assembly',
    'General Conference', 'Executive Board', 'Governing Council', 'Governing Body', 'Board of Governors', 'Board',
    'Conference of the Parties', 'Meeting of the Parties', 'Conference of States Parties', 'Conference of the States Parties', 'Assembly of States Parties',
    'COP', 'CMP', 'CMA', 'UNEP', 'WHO', 'ILO', 'UNESCO', 'FAO', 'IAEA', 'UNICEF', 'ICAO', 'IMO',
    'Sub-Commission', 'Subcommission', 'Assembly of the African Union', 'Council of the European Union',
    // the regional commissions number their resolutions like the old Assembly ("689 (XXXV)"); we name none of them
    'Economic Commission for Latin America and the Caribbean', 'Economic Commission for Latin America', 'Economic Commission for Africa',
    'Economic Commission for Europe', 'Economic and Social Commission for Asia and the Pacific', 'Economic and Social Commission for Western Asia',
  ],
  foreignBeforeOnly: ['Board', 'Parties', 'Organization', 'Programme', 'Fund', 'Conference', 'Committee'],
  // "to the United Nations Convention against Corruption": capitalized words and the small words of a
  // treaty's name, never a comma, "and", or the name of a UN organ
  foreignAfterLead: String.raw`^\s*,?\s*(?:adopted\s+|taken\s+)?(?:of|by|at)\s+the\s+(?:[\w-]+\s+){0,4}?`,
  listJoiners: ['and', 'as well as'],
  article: 'the',
  unlistedVerb: { opening: /^([A-Z][a-z]+(?:\s+(?:upon|on|by|in mind|note of|note))?)\b/, inflected: /(?:ing|s|ed)\b/ },
  foreignNameTail: String.raw`\s+(?:to|of)\s+the(?:\s+(?:(?!General\b|Security\b|Economic\b|Human\s+Rights\s+Council\b)[A-Z][\w-]*|against|on|of|the|for|in)){1,12}`,
  councilShort: ['Council'],
  assemblyShort: ['Assembly'],
  resolutionWords: ['resolutions', 'resolution'],
  decisionWords: ['decisions', 'decision'],
  listLeads: ['especially', 'including', 'in particular', 'notably', 'namely', 'inter alia', 'most recently', 'the latest being'],
  numberLocators: ['paras?\\.', 'paragraphs?', 'sect\\.', 'sections?', 'chap\\.', 'chapters?', 'annex(?:es)?', 'part'],
  its: ['its', 'their'],
  months: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])),
  datePattern: `\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+\\d{4}`,
  openingPattern: /^\s*The\s+(General\s+Assembly|Human\s+Rights\s+Council|Security\s+Council|Economic\s+and\s+Social\s+Council|Commission\s+on\s+Human\s+Rights)\s*,?\s*$/i,
  draftOpening: /\bdraft\s+(?:resolutions?|decisions?)\b[^:;]{0,300}?:\s*(?:(?:[^:;]{0,200}?\s)?The\s+(General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)\s*,|$)/i,
  ordinal: englishOrdinal,
  chapterNumeral: (written) => written,
  dateOf: englishDate,
  paragraphs: {
    operative: /^(\d{1,3})\s*\.\s*(?=\S)/,
    sub: /^\(\s*([a-z]{1,2}|[ivxl]{1,6})\s*\)\s*(?=\S)/,
    terminal: /[,;.:，；。：]$/,
    continuation: /^[a-z]/,
  },
  wordSeparator: ' ',
  header: {
    adoptedBy: /(?<kind>Resolution|Decision)\s+adopted\s+by\s+the\s+(?<body>General Assembly|Human Rights Council|Security Council|Economic and Social Council|Commission on Human Rights)(?:\s+(?:at its [\w-]+ meeting,?\s*)?on\s+(?<date>\d{1,2}\s+\w+\s+\d{4}))?/i,
    basedOnParagraph: /,?\s*paras?\.\s*(\d+)/,
    councilAdoption: /(?:Adopted|adopted)\s+by\s+the\s+Security\s+Council\s+at\s+_?its\s+(?<meeting>\d+)(?:st|nd|rd|th)_?\s+meeting\s*,?\s*(?:held\s+)?on\s+(?<date>\d{1,2}\s+\w+\s+\d{4})/,
    councilTitles: [
      /^\s*Resolution\s+(?<number>\d{1,4})\s*\((?<year>\d{4})\)(?:\s*of\s+(?<date>\d{1,2}\s+\w+\s+\d{4}))?/i,
      /^\s*(?<number>\d{1,4})\s*\((?<year>\d{4})\)\s*\.\s*Resolution\b(?:\s+of\s+(?<date>\d{1,2}\s+\w+\s+\d{4}))?/i,
    ],
    session: /\b([A-Z][a-z]+(?:-[a-z]+)?)\s+(special\s+|emergency special\s+)?session\b/,
    agendaItem: /\bAgenda items?\s+(\d+(?:\s*\([a-z]\))?)/i,
    basedOn: /\[\s*(?:on the (?:report|recommendation) of[^\]]*?|without reference to a Main Committee)\s*\(([^)\]]+)\)\s*\]/i,
    meeting: /\b(\d{1,4})(?:st|nd|rd|th)\s+(plenary\s+)?meeting\b/i,
    titleLine: /^\s*((?:(?:S|ES)-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z])?)\.\s+(\S.*)$/,
  },
  officialRecords: /\bOfficial\s+Records\b|\bSupplement\s+No\b|\bResolutions\s+and\s+Decisions\s+of\s+the\b/i,
  compilation: /\bResolutions\s+and\s+Decisions\s+of\s+the\b/i,
  ibid: /^\s*(?:See\s+)?Ibid\b/i,
  treatySeries: /\bTreaty\s+Series\s*,\s*vols?\.\s*(\d{1,5})\s*,\s*No\.\s*(\d{1,6})/i,
  locator: /\bchap\.\s*([IVXLC]+)(?:\s*,\s*sect\.\s*([A-Z]))?/,
  adoptionCue: /\b(?:by|in|through)\s+which\s+(?:it|the\s+(?:General\s+)?Assembly|the\s+(?:Human\s+Rights\s+)?Council)\s+(?:\w+\s+){0,2}?(?:adopted|proclaimed|approved|endorsed)\b/gi,
  instrumentModifierBefore:
    /\b(?:part(?:y|ies)|signator(?:y|ies)|status|articles?\s+[\w\s,]{1,30}?|provisions?|adoption|anniversary|ratification|ratif(?:y|ying)|accession|impact|information|awareness|understanding|related|protocols?|amendments?|reservations?|conference|meeting|implementation|preamble|review)\s+(?:of|to|on|about|under|for)\s+(?:the\s+)?$/i,
  instrumentModifierAfter: null,
  footnoteMarkers: LATIN_FOOTNOTE_MARKERS,
  hyphenatedPrefixes: ['self', 'non', 'co', 'anti', 'well', 'cross', 'long', 'short', 'multi', 'semi', 'counter', 'cease', 'follow', 'peace', 'socio', 'post', 'pre', 'mid', 'sub', 'para'],
  punctuation: EN_ZH_PUNCTUATION,
  participle: /^[a-z]\w*ing$/,
  selfReference: /\bthe\s+present\s+resolution\b/i,
  relativeClause: /\b(?:in|by|through|under|with)\s+which\b|\bwhereby\b/i,
};
