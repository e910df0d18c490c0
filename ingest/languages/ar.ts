// Arabic: how UN resolutions are written in Arabic, as data. Words take prefixes (و "and", ب "by",
// ل "to", ال "the") and "its" is a suffix of the keyword (قرارها, قراره); the body follows the
// keyword ("قرار مجلس الأمن 1325 (2000)"); verbs are feminine for the Assembly and masculine for
// the Councils (تشير / يشير); months are named twice ("آذار/مارس"); sessions in parentheses are
// written "د-35"; digits may be Arabic-Indic (read as ASCII by find, offsets unchanged).
import type { LanguageTable } from './types.ts';
import { isoDate, toRoman } from '../numbers.ts';

/** Each month as the UN writes it: the Levantine name, a slash, the Egyptian name. */
const MONTHS: [string, string][] = [
  ['كانون الثاني', 'يناير'], ['شباط', 'فبراير'], ['آذار', 'مارس'], ['نيسان', 'أبريل'], ['أيار', 'مايو'], ['حزيران', 'يونيه'],
  ['تموز', 'يوليه'], ['آب', 'أغسطس'], ['أيلول', 'سبتمبر'], ['تشرين الأول', 'أكتوبر'], ['تشرين الثاني', 'نوفمبر'], ['كانون الأول', 'ديسمبر'],
];
const monthSource = MONTHS.map(([l, e]) => `${l.replace(/ /g, String.raw`\s+`)}\\s*/\\s*${e}|${e}`).join('|');
const DATE = String.raw`\d{1,2}\s+(?:${monthSource})\s+\d{4}`;

/** "15 آذار/مارس 2006" → 2006-03-15. */
function arabicDate(text: string): string | null {
  const m = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(${monthSource})\s+(\d{4})`).exec(text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  if (!m) return null;
  const month = MONTHS.findIndex(([, e]) => m[2]!.endsWith(e)) + 1;
  return isoDate(Number(m[3]), month, Number(m[1]));
}

const ORDINALS: Record<string, number> = {
  الأولى: 1, الحادية: 1, الثانية: 2, الثالثة: 3, الرابعة: 4, الخامسة: 5, السادسة: 6, السابعة: 7, الثامنة: 8, التاسعة: 9, العاشرة: 10,
  العشرون: 20, الثلاثون: 30, الأربعون: 40, الخمسون: 50, الستون: 60, السبعون: 70, الثمانون: 80, التسعون: 90,
  العشرين: 20, الثلاثين: 30, الأربعين: 40, الخمسين: 50, الستين: 60, السبعين: 70, الثمانين: 80, التسعين: 90, عشرة: 10,
};

/** "الخامسة والسبعين" → 75, "الحادية عشرة" → 11 (the words of a session's ordinal, feminine for دورة). */
function arabicOrdinal(written: string): number | null {
  let n = 0;
  for (const word of written.split(/\s+/)) {
    const w = word.replace(/^و/, '');
    if (!(w in ORDINALS)) return null;
    n += ORDINALS[w]!;
  }
  return n || null;
}

const AR_LETTER = '\\u0621-\\u064A\\u0660-\\u0669\\u066E-\\u06D3';
const PART_LETTERS: [string, string][] = [['ألف', 'A'], ['باء', 'B'], ['جيم', 'C'], ['دال', 'D'], ['هاء', 'E'], ['واو', 'F'], ['زاي', 'G'], ['حاء', 'H']];
/** Verb forms with and without the preambular "وإذ"/"إذ", feminine and masculine. */
const forms = (...stems: string[]) => stems.flatMap((s) => [`وإذ ${s}`, `إذ ${s}`, s]);

export const ar: LanguageTable = {
  code: 'ar',
  numberFirst: null,
  keywordFirst: {
    // و/ف, then ب/ل/ك, then ال (or the ل it becomes after ل), the noun (dual, plural), and "its" as a suffix
    keywords: '[وف]?[بلك]?(?:ال|ل)?(?:قرار|مقرر)(?:ات|ان|ين|ا)?(?:ها|ه|هما|هم)?',
    isDecision: /مقرر/,
    plurals: '[وف]?[بلك]?(?:ال|ل)?(?:قرارات|مقررات)(?:ها|ه)?',
    itsSuffix: /(?:ها|ه|هما|هم)$/,
    bodyBetween: { lead: String.raw`\s+`, close: String.raw`\s*،?` },
    beforeNumber: String.raw`\s+`,
    wordStart: `(?<![\\w${AR_LETTER}])`,
    wordEnd: `(?![\\w${AR_LETTER}])`,
    wordChar: `\\w${AR_LETTER}`,
    bodyArticle: '',
    bodyPossessive: '',
    inIts: '(?!)',
    commas: '[,;،؛]',
    joinerSpace: String.raw`\s*`,
    listJoiners: ['و'],
    dateLead: '(?:المؤرخ|المؤرخة|المؤرخين|المؤرختين|المؤرخات)',
    titleLead: '(?:المعنون|المعنونة|المعنونين|بشأن)',
    titleQuotes: { open: '«“"', close: '»”"' },
    topicLead: '(?:بشأن|المتعلق|المتعلقة|المتعلقين)',
    rangeJoiners: '–|-|و|إلى',
    contextOf: '',
    bodyBeforeKeyword: false,
    bodyAfter: String.raw`\s*،?\s*(?:الصادر(?:ة|ين)?\s+عن\s+|الذي\s+اتخذه\s+|التي\s+اتخذها\s+|الذي\s+اتخذته\s+|التي\s+اتخذتها\s+)`,
    instrumentAdoptedIn: String.raw`(?:،?\s*(?:الذي|التي)\s+اعتمدته(?:ا)?\s+الجمعية\s+العامة\s+(?:في|ب)قرارها)`,
  },
  numberForms: {
    letter: `(?:[A-Z]|${PART_LETTERS.map(([a]) => a).join('|')})(?![${AR_LETTER}])`,
    oldJoiners: 'و|إلى|-|–',
    newJoiner: String.raw`\s?(?:و|إلى)\s?(?:[A-Z]|${PART_LETTERS.map(([a]) => a).join('|')})`,
    // "(د-35)" session 35, "(دإ-10)" special session, "(دإط-10)" emergency special session
    sessions: String.raw`د(?:إ(?:ط)?)?\s?-\s?\d{1,2}`,
    words: [
      [/\(\s?د(إ(?:ط)?)?\s?-\s?(\d{1,2})\s?\)/, (_m: string, special: string | undefined, n: string) => `(${special ? (special.length > 1 ? 'ES-' : 'S-') : ''}${toRoman(Number(n))})`],
      ...PART_LETTERS.map(([a, l]) => [new RegExp(a, 'g'), l] as [RegExp, string]),
      [/\s?و\s?/g, ' and '],
      [/\s?إلى\s?/g, ' to '],
    ],
  },
  commissionShort: ['اللجنة', 'لجنة'],
  alphabetic: true,
  verbs: [
    { forms: forms('تشير', 'يشير', 'تذكر', 'يذكر'), relation: 'RECALLS' },
    { forms: forms('تؤكد من جديد', 'يؤكد من جديد', 'تعيد تأكيد', 'يعيد تأكيد', 'تؤكد مجددا', 'يؤكد مجددا'), relation: 'REAFFIRMS' },
    { forms: forms('ترحب', 'يرحب'), relation: 'WELCOMES' },
    { forms: forms('تحيط علما', 'يحيط علما', 'تلاحظ', 'يلاحظ'), relation: 'TAKES_NOTE' },
    {
      forms: [
        ...forms(
          'تسلم', 'يسلم', 'تسلّم', 'يسلّم', 'تقر', 'يقر', 'تدرك', 'يدرك', 'تضع في اعتبارها', 'يضع في اعتباره', 'تسترشد', 'يسترشد', 'تؤكد', 'يؤكد', 'تشدد', 'يشدد',
          'تعرب', 'يعرب', 'تكرر', 'يكرر', 'تأخذ في اعتبارها', 'يأخذ في اعتباره', 'يساورها', 'يساوره', 'تدين', 'يدين', 'تعلن', 'يعلن', 'تؤيد', 'يؤيد', 'تلاحظ مع التقدير',
        ),
        'تقرر', 'يقرر', 'تطلب', 'يطلب', 'تهيب', 'يهيب', 'تدعو', 'يدعو', 'تحث', 'يحث', 'تشجع', 'يشجع', 'تعتمد', 'يعتمد', 'تطالب', 'يطالب', 'تأذن', 'يأذن',
        'يوعز', 'توعز', 'توافق', 'يوافق', 'تثني', 'يثني', 'تعرب عن تقديرها', 'يعرب عن تقديره', 'عملا', 'إذ يتصرف',
      ],
      relation: 'CITES',
    },
  ],
  // after "،", "وإذ …" and a finite verb start a clause ("…، وإذ يرحب بالتعاون …")
  startsClause: (form) => /^(?:وإذ|إذ|ت|ي)/.test(form),
  shortFormNotBefore: 'بشأن|المتعلقة|المتعلق|لمنع|لمكافحة|ضد',
  subjectsBefore: [],
  qualifiersBefore: [],
  qualifiersAfter: ['أيضا', 'كذلك', 'مجددا', 'من جديد', 'مع التقدير', 'مع الارتياح', 'مع الاهتمام', 'مع القلق', 'بقلق', 'مع التقدير العميق', 'بارتياح', 'بتقدير'],
  mannerBefore: [],
  wrapper: null,
  clauseJoiners: ['و', 'وفي هذا الصدد'],
  bodies: [
    { body: 'HRC', names: ['مجلس حقوق الإنسان'] },
    { body: 'SC', names: ['مجلس الأمن'] },
    { body: 'ECOSOC', names: ['المجلس الاقتصادي والاجتماعي'] },
    { body: 'CHR', names: ['لجنة حقوق الإنسان'] },
    { body: 'StatCom', names: ['اللجنة الإحصائية'] },
    { body: 'CSocD', names: ['لجنة التنمية الاجتماعية'] },
    { body: 'CSW', names: ['لجنة وضع المرأة'] },
    { body: 'CND', names: ['لجنة المخدرات'] },
    { body: 'CPD', names: ['لجنة السكان والتنمية'] },
    { body: 'CCPCJ', names: ['لجنة منع الجريمة والعدالة الجنائية'] },
    { body: 'CSD', names: ['لجنة التنمية المستدامة'] },
    { body: 'GA', names: ['الجمعية العامة'] },
  ],
  foreignBodies: [
    'جمعية الصحة العالمية', 'المؤتمر العام', 'المجلس التنفيذي', 'مجلس الإدارة', 'مجلس المحافظين', 'مؤتمر الأطراف', 'اجتماع الأطراف', 'مؤتمر الدول الأطراف',
    'جمعية الدول الأطراف', 'اللجنة الاقتصادية لأمريكا اللاتينية', 'اللجنة الاقتصادية لأفريقيا', 'اللجنة الاقتصادية لأوروبا', 'اللجنة الاقتصادية والاجتماعية لآسيا',
    'اللجنة الاقتصادية والاجتماعية لغربي آسيا', 'اللجنة الفرعية', 'منظمة الصحة العالمية', 'منظمة العمل الدولية', 'اليونسكو', 'الفاو', 'الوكالة الدولية للطاقة الذرية',
    'اليونيسيف', 'الاتحاد الأفريقي', 'مجلس الاتحاد الأوروبي',
  ],
  foreignBeforeOnly: [],
  foreignNameTail: '',
  foreignAfterLead: String.raw`^\s*،?\s*(?:الصادر(?:ة|ين)?\s+عن\s+|الذي\s+اتخذه\s+|التي\s+اتخذها\s+|الذي\s+اتخذته\s+|التي\s+اتخذتها\s+)`,
  listJoiners: ['و'],
  article: null,
  unlistedVerb: null,
  councilShort: ['المجلس'],
  assemblyShort: ['الجمعية'],
  resolutionWords: ['القرارات', 'القرار', 'قرار', 'قرارات'],
  decisionWords: ['المقررات', 'المقرر', 'مقرر', 'مقررات'],
  listLeads: ['ولا سيما', 'لا سيما', 'بما فيها', 'بما في ذلك', 'وبخاصة', 'ومنها', 'وآخرها'],
  numberLocators: ['الفقرة', 'الفقرتين', 'الفقرات', 'الفرع', 'الفصل', 'المرفق', 'الجزء'],
  its: [],
  months: Object.fromEntries(MONTHS.flatMap(([l, e], i) => [[l, i + 1], [e, i + 1]])),
  datePattern: DATE,
  openingPattern: /^\s*(?:إن\s+)?(الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|المجلس\s+الاقتصادي\s+والاجتماعي|لجنة\s+حقوق\s+الإنسان)\s*[،,]?\s*$/,
  draftOpening: /مشاريع\s+(?:القرارات|المقررات)|مشروع\s+(?:القرار|المقرر)[^:؛]{0,300}?:\s*(?:(?:[^:؛]{0,200}?\s)?(?:إن\s+)?(الجمعية\s+العامة|المجلس\s+الاقتصادي\s+والاجتماعي|مجلس\s+حقوق\s+الإنسان)\s*[،,]|$)/,
  ordinal: arabicOrdinal,
  chapterNumeral: (written) => written,
  dateOf: arabicDate,
  paragraphs: {
    // "١ - يحيط علما …": Arabic-Indic or ASCII digits, then a dash
    operative: /^([0-9\u0660-\u0669]{1,3})\s*[-–.]\s*(?=\S)/,
    sub: /^\(\s*([\u0621-\u064A]{1,2}|[a-z]{1,2})\s*\)\s*(?=\S)/,
    terminal: /[,;.:،؛]$/,
    continuation: /(?!)/,
  },
  wordSeparator: ' ',
  header: {
    adoptedBy: new RegExp(String.raw`(?<kind>القرار|المقرر)\s+(?:الذي\s+)?(?:اتخذته|اتخذه)\s+(?<body>الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|المجلس\s+الاقتصادي\s+والاجتماعي)(?:\s+في\s+(?<date>${DATE}))?`),
    basedOnParagraph: /،?\s*الفقرة\s*(\d+)/,
    councilAdoption: new RegExp(String.raw`اتخذه\s+مجلس\s+الأمن\s+في\s+جلسته\s+(?<meeting>\d+)\s*،?\s*المعقودة\s+في\s+(?<date>${DATE})`),
    councilTitles: [/^\s*القرار\s+(?<number>\d{1,4})\s*\((?<year>\d{4})\)/],
    session: /الدورة\s+((?:ال[\u0621-\u064A]+)(?:\s+(?:و|)ال[\u0621-\u064A]+)?)(\s+الاستثنائية(?:\s+الطارئة)?)?/,
    agendaItem: /البند\s+(\d+(?:\s*\(?[\u0621-\u064A]\))?)\s+من\s+جدول\s+الأعمال/,
    basedOn: /\[\s*(?:بناء\s+على\s+تقرير[^\]]*?|دون\s+الإحالة\s+إلى\s+لجنة\s+رئيسية)\s*\(([^)\]]+)\)\s*\]/,
    // group 1 the number, group 2 "العامة" (plenary) where written
    meeting: /(?<=الجلسة\s+(?:العامة\s+)?)(\d{1,4})(?:(?<=(العامة)\s+\d{1,4}))?/,
    titleLine: /^\s*((?:(?:S|ES)-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z])?)\s*[.-]\s+(\S.*)$/,
  },
  officialRecords: /الوثائق\s+الرسمية|الملحق\s+رقم|القرارات\s+والمقررات/,
  compilation: /القرارات\s+والمقررات/,
  ibid: /^\s*(?:انظر\s+)?المرجع\s+نفسه/,
  treatySeries: /(?:Treaty\s+Series|مجموعة\s+المعاهدات)\s*،?\s*(?:vols?\.|المجلد)\s*(\d{1,5})\s*،?\s*(?:No\.|الرقم)\s*(\d{1,6})/,
  locator: /الفصل\s+([IVXLC]+|[\u0621-\u064A]+)(?:\s*،\s*الفرع\s+([A-Z\u0621-\u064A]))?/,
  adoptionCue: /(?:الذي|التي|الذين)\s+(?:اعتمدت|اعتمد|أصدرت|أعلنت|أقرت)(?:\s*(?:فيه|بموجبه|به))?/g,
  instrumentModifierBefore: /(?:الأطراف\s+في|الدول\s+الأطراف\s+في|التصديق\s+على|الانضمام\s+إلى|تنفيذ|أحكام|البروتوكول\s+الاختياري\s+ل|المادة\s+[\d\s،]{1,20})\s*$/,
  instrumentModifierAfter: null,
  hyphenatedPrefixes: [],
  footnoteMarkers: {
    notAfter: /(?:^|[^\p{L}])(?:[وبل]?(?:ال)?(?:قرار|قرارات|قراري|مقرر|مقررات|فقرة|فقرات|فقرتين|مادة|مواد|مادتين|رقم|مجلد|فصل|فرع|مرفق|صفحة|بند|دورة|جلسة|جزء|هدف|غاية)|و|في|من|إلى|على|عن|حوالي|نحو|بين)\s*$/u,
    notBefore: /^\s*(?:كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|يناير|فبراير|مارس|أبريل|مايو|يونيه|يوليه|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|في\s+المائة|%|سنة|سنوات|عاما|شهر|أشهر|يوم|أيام|أسبوع|ساعة|مرة|مليون|مليار|دولة|دول|بلدا|عضوا|شخص|[-–/]\d|\(|[A-Za-z]{1,3}\/)/,
    abbreviations: 'add|corr|rev|amend',
  },
  punctuation: { commas: ',;،؛', stops: ';.؛' },
  participle: null,
  selfReference: /هذا\s+القرار/,
  relativeClause: /(?:الذي|التي)\s+(?:\S+\s+){0,2}?(?:بموجبه|فيه|بموجبها|فيها)/,
};
