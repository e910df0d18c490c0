// Spanish: how UN resolutions are written in Spanish, as data. The body is named after the numbers
// ("la resolución 1980/67 del Consejo Económico y Social, de 25 de julio de 1980"), dates read
// "15 de octubre de 1999", and adjectives agree with the organ (Preocupada / Preocupado).
import type { LanguageTable } from './types.ts';
import { isoDate } from '../numbers.ts';
import { ROMANCE_PARAGRAPHS } from './shared.ts';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const DAY = String.raw`(?:1[º°o]|\d{1,2})`;

/** "20 de diciembre de 2006" → ISO 8601 (older texts write "setiembre"). */
function spanishDate(text: string): string | null {
  const m = new RegExp(String.raw`(?<!\d)(1[º°o]|\d{1,2})\s+de\s+(${MONTHS.join('|')}|setiembre)\s+de\s+(\d{4})`, 'i').exec(text);
  if (!m) return null;
  const month = m[2]!.toLowerCase() === 'setiembre' ? 9 : MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return isoDate(Number(m[3]), month, /^1\D/.test(m[1]!) ? 1 : Number(m[1]));
}

const UNITS = ['', 'primer', 'segund', 'tercer', 'cuart', 'quint', 'sext', 'séptim', 'octav', 'noven'];
const TENS = ['', 'décim', 'vigésim', 'trigésim', 'cuadragésim', 'quincuagésim', 'sexagésim', 'septuagésim', 'octogésim', 'nonagésim'];

/** "septuagésimo quinto" → 75, "décimo" → 10, "undécimo" → 11 (either gender, "primer" and "tercer" too). */
function spanishOrdinal(written: string): number | null {
  const words = written.toLowerCase().replace(/decimo/g, 'décimo').split(/\s+/).map((w) => w.replace(/(?:o|a|os|as)$/, ''));
  const special: Record<string, number> = { undécim: 11, duodécim: 12 };
  let n = 0;
  for (const w of words) {
    const compound = /^décim(\S+)$/.exec(w); // "decimotercero"
    if (special[w]) n += special[w]!;
    else if (TENS.indexOf(w) > 0) n += TENS.indexOf(w) * 10;
    else if (UNITS.indexOf(w) > 0) n += UNITS.indexOf(w);
    else if (compound && UNITS.indexOf(compound[1]!) > 0) n += 10 + UNITS.indexOf(compound[1]!);
    else return null;
  }
  return n || null;
}

const ES_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';

export const es: LanguageTable = {
  code: 'es',
  numberFirst: null,
  keywordFirst: {
    keywords: 'resoluci(?:ón|ones)|decisi(?:ón|ones)',
    isDecision: /^d/i,
    plurals: 'resoluciones|decisiones',
    itsSuffix: null,
    bodyBetween: { lead: String.raw`\s+(?:del|de\s+la)\s+`, close: String.raw`\s*,?` },
    beforeNumber: String.raw`\s+`,
    wordStart: `(?<![\\w${ES_LETTER}])`,
    wordEnd: `(?![\\w${ES_LETTER}])`,
    wordChar: `\\w${ES_LETTER}`,
    bodyArticle: String.raw`(?:(?:el|la|del|de\s+la)\s+)?`,
    bodyPossessive: '',
    inIts: String.raw`en\s+(?:su|sus)`,
    commas: '[,;]',
    joinerSpace: String.raw`\s+`,
    listJoiners: ['y', 'e', String.raw`así\s+como`],
    dateLead: String.raw`(?:de|del|de\s+fecha|aprobadas?\s+el)`,
    titleLead: String.raw`(?:titulad[oa]s?|sobre)`,
    titleQuotes: { open: '«“"', close: '»”"' },
    topicLead: String.raw`(?:sobre|relativ[oa]s?\s+(?:a|al)|referentes?\s+(?:a|al))`,
    rangeJoiners: '–|-|y|a',
    contextOf: String.raw`(?:aprobadas?\s+por\s+(?:el|la)\s+|del\s+|de\s+la\s+)`,
    bodyBeforeKeyword: false,
    bodyAfter: String.raw`\s*,?\s*(?:del\s+|de\s+la\s+)`,
    instrumentAdoptedIn: String.raw`(?:(?:aprobad[oa]s?|proclamad[oa]s?)\s+por\s+la\s+Asamblea\s+General\s+en\s+su\s+resolución)`,
  },
  numberForms: {
    letter: '[A-Z]',
    oldJoiners: 'y|a|-|–',
    newJoiner: String.raw`\s(?:y|a)\s[A-Z]`,
    sessions: '',
    words: [
      [/ y /g, ' and '],
      [/ a /g, ' to '],
    ],
  },
  commissionShort: ['Comisión'],
  alphabetic: true,
  verbs: [
    { forms: ['recordando', 'recuerda', 'recuerdan', 'recordamos'], relation: 'RECALLS' },
    { forms: ['reafirmando', 'reafirma', 'reafirman', 'reafirmamos'], relation: 'REAFFIRMS' },
    {
      forms: ['acogiendo con beneplácito', 'acoge con beneplácito', 'acogiendo con satisfacción', 'acoge con satisfacción', 'acogiendo favorablemente', 'acoge favorablemente', 'celebrando', 'celebra', 'acogemos con beneplácito'],
      relation: 'WELCOMES',
    },
    { forms: ['tomando nota', 'toma nota', 'toman nota', 'tomamos nota', 'observando', 'observa'], relation: 'TAKES_NOTE' },
    {
      forms: [
        'reconociendo', 'reconoce', 'teniendo presente', 'teniendo en cuenta', 'tiene en cuenta', 'guiada por', 'guiado por', 'habiendo examinado', 'habiendo considerado',
        'habiendo recibido', 'considerando', 'considera', 'destacando', 'destaca', 'subrayando', 'subraya', 'poniendo de relieve', 'pone de relieve', 'recalcando', 'recalca',
        'reiterando', 'reitera', 'expresando', 'expresa', 'profundamente preocupada', 'profundamente preocupado', 'gravemente preocupada', 'gravemente preocupado', 'preocupada',
        'preocupado', 'alarmada', 'alarmado', 'convencida', 'convencido', 'decidida', 'decidido', 'consciente', 'conscientes', 'afirmando', 'afirma', 'decide', 'decidiendo',
        'solicita', 'solicitando', 'pide', 'pidiendo', 'exhorta', 'exhortando', 'insta', 'instando', 'alienta', 'alentando', 'invita', 'invitando', 'hace suya', 'haciendo suya',
        'hace suyo', 'aprueba', 'aprobando', 'condena', 'condenando', 'exige', 'exigiendo', 'autoriza', 'apoya', 'apoyando', 'encomia', 'actuando en virtud', 'proclama',
        'declara', 'confirma', 'confirmando', 'deplora', 'deplorando', 'lamenta', 'lamentando', 'insistiendo', 'de conformidad con', 'en cumplimiento de', 'agradece', 'felicita',
      ],
      relation: 'CITES',
    },
  ],
  // gerunds and third-person forms start a clause after a comma ("…, y acoge con beneplácito"); adjectives do not
  startsClause: (form) => (/(?:ando|endo|a|e)$/.test(form) || form.includes(' ')) && !/^(?:preocupad|profundamente|gravemente|alarmad|convencid|decidid|guiad|consciente|de conformidad|en cumplimiento)/.test(form),
  // "la Convention sur les armes chimiques" is another instrument's name, not a short form
  shortFormNotBefore: 'sobre|relativa|relativo|para|contra|de|del',
  subjectsBefore: [],
  qualifiersBefore: [],
  qualifiersAfter: [
    'también', 'además', 'asimismo', 'nuevamente', 'una vez más', 'en particular', 'con aprecio', 'con satisfacción', 'con interés', 'con preocupación',
    'con profunda preocupación', 'con grave preocupación', 'con honda preocupación', 'con pesar', 'con reconocimiento', 'con gratitud',
  ],
  mannerBefore: [],
  wrapper: null,
  clauseJoiners: ['y', 'y también', 'y además', 'a este respecto', 'y a este respecto', 'y, a este respecto,', 'en este sentido'],
  bodies: [
    { body: 'HRC', names: ['Consejo de Derechos Humanos'] },
    { body: 'SC', names: ['Consejo de Seguridad'] },
    { body: 'ECOSOC', names: ['Consejo Económico y Social'] },
    { body: 'CHR', names: ['Comisión de Derechos Humanos'] },
    { body: 'StatCom', names: ['Comisión de Estadística'] },
    { body: 'CSocD', names: ['Comisión de Desarrollo Social'] },
    { body: 'CSW', names: ['Comisión de la Condición Jurídica y Social de la Mujer'] },
    { body: 'CND', names: ['Comisión de Estupefacientes'] },
    { body: 'CPD', names: ['Comisión de Población y Desarrollo'] },
    { body: 'CCPCJ', names: ['Comisión de Prevención del Delito y Justicia Penal'] },
    { body: 'CSD', names: ['Comisión sobre el Desarrollo Sostenible'] },
    { body: 'GA', names: ['Asamblea General'] },
  ],
  foreignBodies: [
    'Asamblea Mundial de la Salud', 'Asamblea de las Naciones Unidas sobre el Medio Ambiente', 'Conferencia General', 'Junta Ejecutiva', 'Consejo de Administración',
    'Junta de Gobernadores', 'Conferencia de las Partes', 'Reunión de las Partes', 'Conferencia de los Estados Partes', 'Asamblea de los Estados Partes',
    'Comisión Económica para América Latina y el Caribe', 'Comisión Económica para América Latina', 'Comisión Económica para África', 'Comisión Económica para Europa',
    'Comisión Económica y Social para Asia y el Pacífico', 'Comisión Económica y Social para Asia Occidental', 'Subcomisión', 'OMS', 'OIT', 'UNESCO', 'FAO', 'OIEA',
    'UNICEF', 'OACI', 'OMI', 'PNUMA', 'Unión Africana', 'Consejo de la Unión Europea',
  ],
  foreignBeforeOnly: [],
  foreignNameTail: '',
  foreignAfterLead: String.raw`^\s*,?\s*(?:(?:aprobadas?|adoptadas?)\s+por\s+)?(?:del\s+|de\s+la\s+|de\s+los\s+|por\s+(?:la|el)\s+)`,
  listJoiners: ['y', 'así como'],
  article: null,
  unlistedVerb: null,
  councilShort: ['Consejo'],
  assemblyShort: ['Asamblea'],
  resolutionWords: ['resoluciones', 'resolución'],
  decisionWords: ['decisiones', 'decisión'],
  listLeads: ['en particular', 'especialmente', 'incluida', 'incluidas', 'entre ellas', 'entre otras', 'la más reciente de las cuales es'],
  numberLocators: ['párr\\.', 'párrafos?', 'secc\\.', 'secciones?', 'cap\\.', 'capítulos?', 'anexos?', 'parte'],
  its: ['su', 'sus'],
  months: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])),
  datePattern: `${DAY}\\s+de\\s+(?:${MONTHS.join('|')}|setiembre)\\s+de\\s+\\d{4}`,
  openingPattern: /^\s*(?:La|El)\s+(Asamblea\s+General|Consejo\s+de\s+Derechos\s+Humanos|Consejo\s+de\s+Seguridad|Consejo\s+Económico\s+y\s+Social|Comisión\s+de\s+Derechos\s+Humanos)\s*,?\s*$/i,
  draftOpening: /\bproyectos?\s+de\s+(?:resolución|resoluciones|decisión|decisiones)\s[^:;]{0,300}?:\s*(?:(?:[^:;]{0,200}?\s)?(?:La|El)\s+(Asamblea\s+General|Consejo\s+Económico\s+y\s+Social|Consejo\s+de\s+Derechos\s+Humanos)\s*,|$)/i,
  ordinal: spanishOrdinal,
  chapterNumeral: (written) => written,
  dateOf: spanishDate,
  paragraphs: ROMANCE_PARAGRAPHS,
  wordSeparator: ' ',
  header: {
    adoptedBy: new RegExp(
      String.raw`(?<kind>Resolución|Decisión)\s+aprobada\s+por\s+(?:la|el)\s+(?<body>Asamblea General|Consejo de Derechos Humanos|Consejo de Seguridad|Consejo Económico y Social|Comisión de Derechos Humanos)(?:\s+(?:en su \S+ sesión,?\s*)?el\s+(?<date>${DAY}\s+de\s+\S+\s+de\s+\d{4}))?`,
      'i',
    ),
    basedOnParagraph: /,?\s*párr\.\s*(\d+)/,
    councilAdoption: new RegExp(String.raw`[Aa]probada\s+por\s+el\s+Consejo\s+de\s+Seguridad\s+en\s+su\s+(?<meeting>\d+)[ªa]\s+sesión\s*,?\s*(?:celebrada\s+)?el\s+(?<date>${DAY}\s+de\s+\S+\s+de\s+\d{4})`),
    councilTitles: [new RegExp(String.raw`^\s*Resolución\s+(?<number>\d{1,4})\s*\((?<year>\d{4})\)(?:\s*,?\s*de\s+(?<date>${DAY}\s+de\s+\S+\s+de\s+\d{4}))?`, 'i')],
    session: /(?<![\wÀ-ÿ])([A-Za-zÀ-ÿ]+(?:\s+[a-zà-ÿ]+)?)\s+período\s+(extraordinario\s+(?:de\s+emergencia\s+)?)?de\s+sesiones/,
    agendaItem: /\bTemas?\s+(\d+(?:\s*\(?[a-z]\))?)\s+del\s+programa/i,
    basedOn: /\[\s*(?:sobre\s+la\s+base\s+del\s+informe[^\]]*?|sin\s+remisión\s+previa\s+a\s+una\s+Comisión\s+Principal)\s*\(([^)\]]+)\)\s*\]/i,
    meeting: /\b(\d{1,4})[ªa]\s+sesión(\s+plenaria)?/i,
    titleLine: /^\s*((?:(?:S|ES)-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z])?)\.\s+(\S.*)$/,
  },
  officialRecords: /\bDocumentos\s+Oficiales\b|\bSuplemento\s+núm\b|\bResoluciones\s+y\s+decisiones\s+(?:de|del)\b/i,
  compilation: /\bResoluciones\s+y\s+decisiones\s+(?:de|del)\b/i,
  ibid: /^\s*(?:Véase\s+)?Ibid\b/i,
  treatySeries: /\bTreaty\s+Series\s*,\s*vols?\.\s*(\d{1,5})\s*,\s*núm\.\s*(\d{1,6})/i,
  locator: /\bcap\.\s*([IVXLC]+)(?:\s*,\s*secc\.\s*([A-Z]))?/,
  adoptionCue: /\b(?:en|por|mediante)\s+(?:la|el)\s+(?:que|cual)\s+(?:\S+\s+){0,3}?(?:aprobó|proclamó|hizo\s+suy[oa])(?![\wÀ-ÿ])/gi,
  instrumentModifierBefore: /(?:Estados\s+partes|partes?|signatarios?|aplicación|ratificación|adhesión|protocolos?\s+facultativos?|disposiciones?|artículos?\s+[\w\s,]{1,30}?)\s+(?:en|a|al|de|del)\s+(?:la\s+|el\s+)?$/i,
  instrumentModifierAfter: null,
  hyphenatedPrefixes: [],
  footnoteMarkers: {
    notAfter: /(?:^|[^\p{L}])(?:resoluci(?:ón|ones)|decisi(?:ón|ones)|párrafos?|párr\.|artículos?|art\.|núm\.|vol\.|cap\.|capítulos?|secc\.|secciones?|anexos?|páginas?|p\.|pp\.|reglas?|principios?|objetivos?|metas?|temas?|períodos?|sesiones?|partes?|protocolos?|fases?|add\.|corr\.|rev\.|y|e|a|o|u|de|del|el|la|los|las|un|una|en|sobre|por|entre|unos|unas|más|menos|que)\s*$/iu,
    notBefore: /^\s*(?:de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|por\s+ciento|%|años?\b|meses\b|mes\b|días?\b|semanas?\b|horas?\b|veces\b|millones?|Estados\b|países\b|miembros\b|personas?\b|[-–/]\d|\(|[A-Za-z]{1,3}\/)/,
    abbreviations: 'add|corr|rev|amend|núm|vol|cap|párr|art|secc|p|pp|l|pv|sr|res',
  },
  punctuation: { commas: ',;', stops: ';.' },
  participle: /^[a-zá-úñ]+(?:ando|iendo|endo)$/,
  selfReference: /\bla\s+presente\s+resolución/i,
  relativeClause: /\b(?:en|por|mediante)\s+(?:la|el)\s+(?:que|cual)\b/i,
};
