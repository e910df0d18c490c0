// French: how UN resolutions are written in French, as data. The body is named after the numbers
// ("la résolution 1980/67 du Conseil économique et social"), adjectives agree with the organ
// (Consciente for the Assembly, Conscient for a Council), and days may be "1er".
import type { LanguageTable } from './types.ts';
import { isoDate } from '../numbers.ts';
import { ROMANCE_PARAGRAPHS } from './shared.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAY = String.raw`(?:1er|\d{1,2})`;

/** "20 décembre 2006", "1er juillet 2020" → ISO 8601. */
function frenchDate(text: string): string | null {
  const m = new RegExp(String.raw`(?<![\d])(1er|\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})`, 'i').exec(text);
  return m ? isoDate(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, m[1] === '1er' ? 1 : Number(m[1])) : null;
}

const CARDINALS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS: Record<number, string> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante' };

/** The French cardinal of 1–99 ("soixante-dix-sept", "quatre-vingt-un", "vingt et un"). */
function cardinal(n: number): string {
  if (n <= 16) return CARDINALS[n]!;
  if (n < 20) return `dix-${CARDINALS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    return `${base}${tens === 7 && unit === 1 ? ' et ' : '-'}${cardinal(10 + unit)}`;
  }
  const base = tens === 8 ? 'quatre-vingt' : TENS[tens]!;
  if (unit === 0) return tens === 8 ? 'quatre-vingts' : base;
  return `${base}${unit === 1 && tens !== 8 ? ' et ' : '-'}${CARDINALS[unit]}`;
}

/** The ordinal of a cardinal: the last word takes "-ième" (cinq → cinquième, neuf → neuvième, onze → onzième). */
function ordinalOf(n: number): string {
  if (n === 1) return 'premier';
  const c = cardinal(n).replace(/quatre-vingts$/, 'quatre-vingt');
  return c.replace(/cinq$/, 'cinqu').replace(/neuf$/, 'neuv').replace(/e$/, '') + 'ième';
}

const ORDINALS = new Map<string, number>();
for (let n = 1; n < 100; n++) ORDINALS.set(ordinalOf(n), n);
ORDINALS.set('première', 1);

/** "Soixante-quinzième" → 75; spaces and hyphens as printed. */
function frenchOrdinal(written: string): number | null {
  return ORDINALS.get(written.toLowerCase().replace(/\s+/g, ' ').replace(/-et-/g, ' et ')) ?? null;
}

const FR_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿŒœ';
const AP = "['’]";

export const fr: LanguageTable = {
  code: 'fr',
  numberFirst: null,
  keywordFirst: {
    keywords: 'résolutions?|décisions?',
    isDecision: /^d/i,
    plurals: 'résolutions|décisions',
    itsSuffix: null,
    bodyBetween: { lead: String.raw`\s+(?:du|de\s+la|de\s+l${AP})\s*`, close: String.raw`\s*,?` },
    beforeNumber: String.raw`\s+`,
    wordStart: `(?<![\\w${FR_LETTER}])`,
    wordEnd: `(?![\\w${FR_LETTER}])`,
    wordChar: `\\w${FR_LETTER}`,
    bodyArticle: String.raw`(?:(?:le|la|du|de\s+la)\s+|l${AP}\s*)?`,
    bodyPossessive: '',
    inIts: String.raw`dans\s+(?:sa|ses|leur|leurs)`,
    commas: '[,;]',
    joinerSpace: String.raw`\s+`,
    listJoiners: ['et', String.raw`ainsi\s+que`],
    dateLead: String.raw`(?:du|en\s+date\s+du|adoptées?\s+le|datées?\s+du)`,
    titleLead: String.raw`(?:intitulées?|sur)`,
    titleQuotes: { open: '«“"', close: '»”"' },
    topicLead: String.raw`(?:sur|concernant|relatives?\s+(?:à|aux?))`,
    rangeJoiners: '–|-|et|à',
    contextOf: String.raw`(?:adoptées?\s+par\s+(?:le\s+|la\s+|l${AP}\s*)|du\s+|de\s+la\s+|de\s+l${AP}\s*)`,
    bodyBeforeKeyword: false,
    bodyAfter: String.raw`\s*,?\s*(?:du\s+|de\s+la\s+|de\s+l${AP}\s*|des\s+)`,
    instrumentAdoptedIn: String.raw`(?:(?:telle?s?\s+qu${AP}(?:elle|il)s?\s+(?:a|ont)\s+été\s+)?(?:adoptée?s?|proclamée?s?)\s+par\s+l${AP}Assemblée\s+générale\s+dans\s+sa\s+résolution)`,
  },
  numberForms: {
    letter: '[A-Z]',
    oldJoiners: 'et|à|-|–',
    newJoiner: String.raw`\s(?:et|à)\s[A-Z]`,
    sessions: '',
    words: [
      [/ et /g, ' and '],
      [/ à /g, ' to '],
    ],
  },
  commissionShort: ['Commission'],
  alphabetic: true,
  verbs: [
    { forms: ['rappelant', 'rappelle', 'rappellent', 'rappelons', 'se référant à'], relation: 'RECALLS' },
    { forms: ['réaffirmant', 'réaffirme', 'réaffirment', 'réaffirmons'], relation: 'REAFFIRMS' },
    {
      forms: ['se félicitant', 'se félicite', 'se félicitent', 'accueillant avec satisfaction', 'accueille avec satisfaction', 'accueillant favorablement', 'accueille favorablement', 'saluant', 'salue', 'se réjouissant', 'se réjouit'],
      relation: 'WELCOMES',
    },
    { forms: ['prenant note', 'prend note', 'prennent note', 'prenant acte', 'prend acte', 'notant', 'note'], relation: 'TAKES_NOTE' },
    {
      forms: [
        'reconnaissant', 'reconnaît', 'reconnait', 'conscient', 'consciente', 'consciente', 'ayant à l’esprit', "ayant à l'esprit", 'gardant à l’esprit', "gardant à l'esprit",
        'tenant compte', 'tient compte', 'guidé par', 'guidée par', 'ayant examiné', 'ayant pris connaissance', 'ayant reçu', 'considérant', 'considère', 'constatant', 'constate',
        'soulignant', 'souligne', 'insistant', 'insiste', 'réitérant', 'réitère', 'exprimant', 'exprime', 'profondément préoccupé', 'profondément préoccupée',
        'vivement préoccupé', 'vivement préoccupée', 'gravement préoccupé', 'gravement préoccupée', 'préoccupé', 'préoccupée', 'alarmé', 'alarmée', 'convaincu', 'convaincue',
        'résolu', 'résolue', 'déterminé', 'déterminée', 'affirmant', 'affirme', 'décide', 'décidant', 'prie', 'priant', 'demande', 'demandant', 'invite', 'invitant',
        'exhorte', 'exhortant', 'engage', 'engageant', 'encourage', 'encourageant', 'approuve', 'approuvant', 'fait sienne', 'faisant sienne', 'adopte', 'condamne', 'condamnant',
        'exige', 'exigeant', 'autorise', 'appuie', 'appuyant', 'félicite', 'agissant en vertu', 'proclame', 'déclare', 'confirme', 'confirmant', 'met l’accent', "met l'accent",
        'mettant l’accent', "mettant l'accent", 'déplore', 'déplorant', 'regrette', 'regrettant', 'observant', 'observe', 'sachant', 'estimant', 'estime', 'insistant sur',
        'conformément à', 'en application de', 'ayant adopté', 'sait gré', 'remercie', 'se déclare', 'se dit', 'soucieux', 'soucieuse',
      ],
      relation: 'CITES',
    },
  ],
  // participles and third-person forms start a clause after a comma ("…, et salue les efforts"); adjectives do not
  startsClause: (form) => (/(?:ant|e|ent|aît|ait)$/.test(form) || form.includes(' ')) && !/^(?:conscient|préoccupé|profondément|vivement|gravement|convaincu|résolu|déterminé|alarmé|guidé|conformément|en application|soucieu)/.test(form),
  // "la Convention sur les armes chimiques" is another instrument's name, not a short form
  shortFormNotBefore: 'sur|relative|relatif|relatives|pour|contre|de|des|du|concernant',
  subjectsBefore: [],
  qualifiersBefore: [],
  qualifiersAfter: [
    'également', 'aussi', 'en outre', 'de plus', 'de nouveau', 'à nouveau', 'encore', 'par ailleurs', 'en particulier', 'notamment', 'avec satisfaction',
    'avec intérêt', 'avec préoccupation', 'avec une profonde préoccupation', 'avec une vive préoccupation', 'avec une grande préoccupation', 'avec regret',
    'avec appréciation', 'avec gratitude', 'avec approbation', 'avec inquiétude', 'avec une vive inquiétude',
  ],
  mannerBefore: [],
  wrapper: null,
  clauseJoiners: ['et', 'et aussi', 'et en outre', 'à cet égard', 'et à cet égard', 'et, à cet égard,'],
  bodies: [
    { body: 'HRC', names: ['Conseil des droits de l’homme', "Conseil des droits de l'homme"] },
    { body: 'SC', names: ['Conseil de sécurité'] },
    { body: 'ECOSOC', names: ['Conseil économique et social'] },
    { body: 'CHR', names: ['Commission des droits de l’homme', "Commission des droits de l'homme"] },
    { body: 'StatCom', names: ['Commission de statistique'] },
    { body: 'CSocD', names: ['Commission du développement social'] },
    { body: 'CSW', names: ['Commission de la condition de la femme'] },
    { body: 'CND', names: ['Commission des stupéfiants'] },
    { body: 'CPD', names: ['Commission de la population et du développement'] },
    { body: 'CCPCJ', names: ['Commission pour la prévention du crime et la justice pénale'] },
    { body: 'CSD', names: ['Commission du développement durable'] },
    { body: 'GA', names: ['Assemblée générale'] },
  ],
  // other organizations, and the UN's regional commissions, whose numbers look like the Assembly's ("résolution 689 (XXXV) de la Commission économique pour l'Amérique latine")
  foreignBodies: [
    'Assemblée mondiale de la Santé', 'Assemblée des Nations Unies pour l’environnement', "Assemblée des Nations Unies pour l'environnement", 'Conférence générale',
    'Conseil exécutif', 'Conseil d’administration', "Conseil d'administration", 'Conseil des gouverneurs', 'Conférence des Parties', 'Réunion des Parties',
    'Conférence des États parties', 'Assemblée des États parties', 'Commission économique pour l’Amérique latine', "Commission économique pour l'Amérique latine",
    'Commission économique pour l’Afrique', "Commission économique pour l'Afrique", 'Commission économique pour l’Europe', "Commission économique pour l'Europe",
    'Commission économique et sociale pour l’Asie', "Commission économique et sociale pour l'Asie", 'Sous-Commission', 'OMS', 'OIT', 'UNESCO', 'FAO', 'AIEA',
    'UNICEF', 'OACI', 'OMI', 'PNUE', 'Union africaine', 'Conseil de l’Union européenne', "Conseil de l'Union européenne",
  ],
  foreignBeforeOnly: [],
  foreignNameTail: '',
  foreignAfterLead: String.raw`^\s*,?\s*(?:(?:adoptées?|prises?)\s+par\s+)?(?:du\s+|de\s+la\s+|de\s+l${AP}\s*|des\s+|par\s+(?:la|le)\s+|par\s+l${AP}\s*)`,
  listJoiners: ['et', 'ainsi que'],
  article: null,
  unlistedVerb: null,
  councilShort: ['Conseil'],
  assemblyShort: ['Assemblée'],
  resolutionWords: ['résolutions', 'résolution'],
  decisionWords: ['décisions', 'décision'],
  listLeads: ['notamment', 'en particulier', 'y compris', 'dont', 'entre autres', 'la dernière en date étant', 'la plus récente étant'],
  numberLocators: ['par\\.', 'paragraphes?', 'sect\\.', 'sections?', 'chap\\.', 'chapitres?', 'annexes?', 'partie'],
  its: ['sa', 'ses', 'leur', 'leurs'],
  months: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])),
  datePattern: `${DAY}\\s+(?:${MONTHS.join('|')})\\s+\\d{4}`,
  openingPattern: /^\s*(?:L['’]\s*|Le\s+)(Assemblée\s+générale|Conseil\s+des\s+droits\s+de\s+l['’]homme|Conseil\s+de\s+sécurité|Conseil\s+économique\s+et\s+social|Commission\s+des\s+droits\s+de\s+l['’]homme)\s*,?\s*$/i,
  draftOpening: /\bprojets?\s+de\s+(?:résolutions?|décisions?)\s[^:;]{0,300}?:\s*(?:(?:[^:;]{0,200}?\s)?(?:L['’]\s*|Le\s+)(Assemblée\s+générale|Conseil\s+économique\s+et\s+social|Conseil\s+des\s+droits\s+de\s+l['’]homme)\s*,|$)/i,
  ordinal: frenchOrdinal,
  chapterNumeral: (written) => written,
  dateOf: frenchDate,
  paragraphs: ROMANCE_PARAGRAPHS,
  wordSeparator: ' ',
  header: {
    adoptedBy: new RegExp(
      String.raw`(?<kind>Résolution|Décision)\s+adoptée\s+par\s+(?:l['’]\s*|le\s+)(?<body>Assemblée générale|Conseil des droits de l['’]homme|Conseil de sécurité|Conseil économique et social|Commission des droits de l['’]homme)(?:\s+(?:à sa \S+ séance,?\s*)?le\s+(?<date>${DAY}\s+\S+\s+\d{4}))?`,
      'i',
    ),
    basedOnParagraph: /,?\s*par\.\s*(\d+)/,
    councilAdoption: new RegExp(String.raw`[Aa]doptée\s+par\s+le\s+Conseil\s+de\s+sécurité\s+à\s+sa\s+(?<meeting>\d+)e\s+séance\s*,?\s*(?:tenue\s+)?le\s+(?<date>${DAY}\s+\S+\s+\d{4})`),
    councilTitles: [new RegExp(String.raw`^\s*Résolution\s+(?<number>\d{1,4})\s*\((?<year>\d{4})\)(?:\s*du\s+(?<date>${DAY}\s+\S+\s+\d{4}))?`, 'i')],
    session: /(?<![\wÀ-ÿ-])([A-Za-zÀ-ÿ]+(?:[- ]et[- ][a-zà-ÿ]+|-[a-zà-ÿ]+)*)\s+session(\s+extraordinaire(?:\s+d['’]urgence)?)?(?![\wÀ-ÿ])/,
    agendaItem: /\bPoints?\s+(\d+(?:\s*\(?[a-z]\))?)\s+de\s+l['’]ordre\s+du\s+jour/i,
    basedOn: /\[\s*(?:sur\s+(?:la\s+)?(?:rapport|recommandation)[^\]]*?|sans\s+renvoi\s+à\s+une\s+grande\s+commission)\s*\(([^)\]]+)\)\s*\]/i,
    meeting: /\b(\d{1,4})e\s+séance(\s+plénière)?/i,
    titleLine: /^\s*((?:(?:S|ES)-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z])?)\.\s+(\S.*)$/,
  },
  officialRecords: /\bDocuments\s+officiels\b|\bSupplément\s+n[o°º]|\bRésolutions\s+et\s+décisions\s+(?:de|du)\b/i,
  compilation: /\bRésolutions\s+et\s+décisions\s+(?:de|du)\b/i,
  ibid: /^\s*(?:Voir\s+)?Ibid\b/i,
  treatySeries: /\bRecueil\s+des\s+Traités\s*,\s*vols?\.\s*(\d{1,5})\s*,\s*n[o°º]\s*(\d{1,6})/i,
  locator: /\bchap\.\s*([IVXLC]+)(?:\s*,\s*sect\.\s*([A-Z]))?/,
  adoptionCue: /\b(?:par|dans|aux\s+termes\s+de)\s+(?:laquelle|lesquelles)\s+(?:elle|il|l['’]Assemblée(?:\s+générale)?|le\s+Conseil)\s+(?:\S+\s+){0,2}?(?:a|avait|ont)\s+(?:adopté|proclamé|approuvé|fait\s+sienne?s?)(?![\wÀ-ÿ])/gi,
  instrumentModifierBefore: /(?:États\s+parties|parties?|signataires?|application|ratification|adhésion|protocoles?\s+facultatifs?|dispositions?|articles?\s+[\w\s,]{1,30}?)\s+(?:à|au|aux|de|du|des)\s+(?:la\s+|l['’]\s*)?$/i,
  instrumentModifierAfter: null,
  hyphenatedPrefixes: ['auto', 'non', 'co', 'anti', 'sous', 'post', 'pré', 'socio', 'extra', 'inter'],
  footnoteMarkers: {
    notAfter: /(?:^|[^\p{L}])(?:résolutions?|décisions?|paragraphes?|par\.|alinéas?|articles?|art\.|n[o°º]s?|vol\.|chap\.|chapitres?|sect\.|sections?|annexes?|pages?|p\.|pp\.|règles?|principes?|objectifs?|cibles?|points?|sessions?|séances?|parties?|protocoles?|phases?|add\.|corr\.|rev\.|et|à|ou|de|du|des|le|la|les|un|une|en|sur|par|entre|environ|plus|moins|que)\s*$/iu,
    notBefore: /^\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|pour\s+cent|%|ans?\b|mois\b|jours?\b|semaines?\b|heures?\b|fois\b|millions?|milliards?|États\b|pays\b|membres\b|personnes?\b|[-–/]\d|\(|[A-Za-z]{1,3}\/)/,
    abbreviations: 'add|corr|rev|amend|no|nos|vol|chap|par|art|sect|p|pp|l|pv|sr|res',
  },
  // French sets a space before ";" and ":" — the classes are the same, the space is skipped where they are used
  punctuation: { commas: ',;', stops: ';.' },
  participle: /^[a-zà-ÿ]+ant$/,
  selfReference: /\bla\s+présente\s+résolution\b/i,
  relativeClause: /\b(?:par|dans|aux\s+termes\s+de)\s+(?:laquelle|lequel|lesquelles|lesquels)\b/i,
};
