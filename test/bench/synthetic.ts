// A deterministic synthetic corpus of UN resolutions with realistic citation
// patterns, for the ingest (issue 4), API (issue 5) and UI (issue 6)
// benchmarks and for end-to-end tests of the extractor.
//
// What it models:
// - Resolutions of the General Assembly (A/RES/<s>/<n>, sessions 31–80, adopted
//   October–December of 1945 + s), the Human Rights Council (A/HRC/RES/<s>/<n>,
//   sessions 1–60, three a year from 2006: March, June, September) and the
//   Security Council (S/RES/<n> (<year>), numbered on from 394 in 1976).
// - Every resolution belongs to one of up to 50 themes. Each theme is founded
//   by a General Assembly resolution of the thirty-first session: the founder
//   of theme t is A/RES/31/<t+1> (adopted in October 1976). A later resolution
//   on the theme recalls the previous 1–3 resolutions on it, often reaffirms
//   the founder, and recalls a few more from the theme's recent history, so
//   ancestor/descendant chains run across sessions and bodies. Themes differ
//   in popularity (weights 0.9^t), which is what makes lineage seeds of a
//   chosen size possible (see lineageSeed).
// - Reports of the Secretary-General (A/<s>/<n>, sometimes with /Add.1 or
//   /Corr.1; A/HRC/<s>/<n> of the High Commissioner; S/<year>/<n>) welcomed or
//   taken note of through footnotes; Human Rights Council resolutions cited by
//   the Assembly with an Official Records footnote (a publication in
//   A/<s>/53 or A/<s>/53/Add.1); instruments of the gazetteer
//   (ingest/data/instruments.ts) cited or recalled, never before their adoption.
// - Relation mix, drawn per citation: RECALLS 45 %, REAFFIRMS 15 %,
//   TAKES_NOTE 15 %, WELCOMES 10 %, CITES 15 % (falls back to another kind of
//   target, not another relation, when a theme's history is still short).
//
// Everything streams: generateRecords keeps one year's schedule (metadata
// only) and a bounded history per theme, never the records it has yielded.
// Records are exactly ExtractRecord; their spans point at the words naming the
// target in renderText(record, 'en') (for 'zh' records into a notional text).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTRUMENTS, type Instrument } from '../../ingest/data/instruments.ts';
import type { Citation, ExtractRecord, Publication, Relation, Span } from '../../ingest/models.ts';

// ---------------------------------------------------------------- options and public API

export type SyntheticLanguage = 'en' | 'zh';

export interface GenerateOptions {
  /** Number of resolutions (each yields one record per language). */
  documents: number;
  /** PRNG seed; default 1. */
  seed?: number;
  /** Mean number of citations per document (instrument and document citations together); default 10. */
  citationsPerDocument?: number;
  /** Languages of the records of each document, in this order; default ['en']. */
  languages?: SyntheticLanguage[];
  /** Number of themes; default clamp(round(documents / 40), 1, 50). */
  themes?: number;
}

export interface RenderOptions {
  /** Footnote markers as plain digits like PDF text ("Secretary-General;6", "2017 2 and") or superscripts; default 'plain'. */
  markers?: 'plain' | 'superscript';
  /** Wrap paragraph lines at about this many characters (0: no wrapping); default 80. */
  wrap?: number;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_CITATIONS_PER_DOCUMENT = 10;
export const MAX_THEMES = 50;
/** Popularity of theme t is THEME_DECAY^t. */
export const THEME_DECAY = 0.9;
/** Target relation mix (shares of all citations). */
export const RELATION_MIX: Readonly<Record<Relation, number>> = { RECALLS: 0.45, REAFFIRMS: 0.15, TAKES_NOTE: 0.15, WELCOMES: 0.1, CITES: 0.15 };

/** Themes used for a corpus of this size (unless given). */
export function themeCount(documents: number, themes?: number): number {
  if (themes !== undefined) return Math.max(1, Math.min(MAX_THEMES, Math.floor(themes)));
  return Math.max(1, Math.min(MAX_THEMES, Math.round(documents / 40)));
}

/** Symbol of the founding resolution of theme t: A/RES/31/<t+1>. */
export function founderSymbol(theme: number): string {
  return `A/RES/31/${theme + 1}`;
}

/** File name a record is written to: A_RES_76_158.txt, A_HRC_RES_36_6.txt, S_RES_1325_2000.txt. */
export function fileNameFor(symbol: string): string {
  return `${symbol.replace(/[/ ]+/g, '_').replace(/[()]/g, '')}.txt`;
}

// ---------------------------------------------------------------- PRNG (mulberry32) and hashing

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

// ---------------------------------------------------------------- themes

type ThemeKind = 'hr' | 'sc' | 'ga';
type Committee = 'First' | 'Second' | 'Third' | 'Fourth' | 'Sixth' | null;

interface Theme {
  title: string;
  zh: string;
  /** Lower-case subject for running text ("on enforced disappearance"); never names an instrument. */
  topic: string;
  kind: ThemeKind;
  committee: Committee;
  agenda: string;
  agendaTitle: string;
  instruments: string[];
}

const T = (title: string, zh: string, topic: string, kind: ThemeKind, committee: Committee, agenda: string, agendaTitle: string, instruments: string[] = []): Theme => ({
  title, zh, topic, kind, committee, agenda, agendaTitle, instruments,
});
const HR_ITEM = 'Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms';

export const THEMES: readonly Theme[] = [
  T('Assistance to Palestine refugees', '援助巴勒斯坦难民', 'assistance to Palestine refugees', 'ga', 'Fourth', '50', 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', ['geneva-convention-iv']),
  T('International Convention for the Protection of All Persons from Enforced Disappearance', '保护所有人免遭强迫失踪国际公约', 'enforced or involuntary disappearances', 'hr', 'Third', '74 (b)', HR_ITEM, ['icpped', 'declaration-enforced-disappearance']),
  T('Transforming our world: implementation of the goals for sustainable development', '变革我们的世界：落实可持续发展目标', 'the implementation of the sustainable development goals', 'ga', 'Second', '18', 'Sustainable development', ['agenda-2030']),
  T('Protection of civilians in armed conflict', '武装冲突中保护平民', 'the protection of civilians in armed conflict', 'sc', null, '38', 'Protection of civilians', ['geneva-convention-iv']),
  T('Torture and other cruel, inhuman or degrading treatment or punishment', '酷刑和其他残忍、不人道或有辱人格的待遇或处罚', 'torture and other cruel, inhuman or degrading treatment', 'hr', 'Third', '74 (b)', HR_ITEM, ['cat']),
  T('Follow-up to the outcome of the Millennium Summit', '千年首脑会议成果的后续行动', 'the follow-up to the Millennium Summit', 'ga', null, '123', 'Follow-up to the outcome of the Millennium Summit', ['millennium-declaration']),
  T('Protection of global climate for present and future generations of humankind', '为今世后代保护全球气候', 'the protection of the global climate', 'ga', 'Second', '18 (d)', 'Sustainable development'),
  T('Rights of the child', '儿童权利', 'the rights of the child', 'hr', 'Third', '66 (a)', 'Promotion and protection of the rights of children', ['crc']),
  T('Oceans and the law of the sea', '海洋和海洋法', 'oceans and the law of the sea', 'ga', null, '76 (a)', 'Oceans and the law of the sea'),
  T('Intensification of efforts to eliminate all forms of violence against women and girls', '加紧努力消除一切形式的暴力侵害妇女和女童行为', 'violence against women and girls', 'hr', 'Third', '28', 'Advancement of women', ['cedaw']),
  T('Sustainable fisheries', '可持续渔业', 'sustainable fisheries', 'ga', null, '76 (b)', 'Oceans and the law of the sea'),
  T('Women and peace and security', '妇女与和平与安全', 'women and peace and security', 'sc', null, '29', 'Women and peace and security'),
  T('Agricultural technology for sustainable development', '农业技术促进可持续发展', 'agricultural technology', 'ga', 'Second', '25', 'Agriculture development, food security and nutrition'),
  T('Rights of persons with disabilities', '残疾人权利', 'the rights of persons with disabilities', 'hr', 'Third', '25', 'Social development', ['crpd']),
  T('Information and communications technologies for sustainable development', '信息和通信技术促进可持续发展', 'information and communications technologies', 'ga', 'Second', '16', 'Information and communications technologies for sustainable development'),
  T('Rights of indigenous peoples', '土著人民的权利', 'the rights of indigenous peoples', 'hr', 'Third', '70 (a)', 'Rights of indigenous peoples', ['undrip']),
  T('Eradication of rural poverty', '消除农村贫困', 'rural poverty', 'ga', 'Second', '22 (b)', 'Eradication of poverty and other development issues'),
  T('Children and armed conflict', '儿童与武装冲突', 'children and armed conflict', 'sc', 'Third', '66 (a)', 'Promotion and protection of the rights of children', ['crc']),
  T('Combating sand and dust storms', '防治沙尘暴', 'sand and dust storms', 'ga', 'Second', '18 (h)', 'Sustainable development'),
  T('Global efforts for the total elimination of racism, racial discrimination, xenophobia and related intolerance', '全球努力彻底消除种族主义、种族歧视、仇外心理和相关不容忍行为', 'racism and racial discrimination', 'hr', 'Third', '71', 'Elimination of racism, racial discrimination, xenophobia and related intolerance', ['icerd']),
  T('Strengthening of the coordination of emergency humanitarian assistance of the United Nations', '加强联合国人道主义紧急援助的协调', 'the coordination of emergency humanitarian assistance', 'ga', null, '73 (a)', 'Strengthening of the coordination of humanitarian and disaster relief assistance of the United Nations'),
  T('The right to food', '食物权', 'the right to food', 'hr', 'Third', '74 (b)', HR_ITEM, ['icescr']),
  T('Safety and security of humanitarian personnel and protection of United Nations personnel', '人道主义人员的安全保障和保护联合国人员', 'the safety and security of humanitarian personnel', 'ga', null, '73', 'Strengthening of the coordination of humanitarian and disaster relief assistance of the United Nations'),
  T('International cooperation on humanitarian assistance in the field of natural disasters, from relief to development', '从救济到发展，在自然灾害领域提供人道主义援助方面的国际合作', 'humanitarian assistance in natural disasters', 'ga', null, '73 (a)', 'Strengthening of the coordination of humanitarian and disaster relief assistance of the United Nations'),
  T('The right to development', '发展权', 'the right to development', 'hr', 'Third', '74 (b)', HR_ITEM),
  T('Peacebuilding and sustaining peace', '建设和平与保持和平', 'peacebuilding and sustaining peace', 'sc', null, '62', 'Peacebuilding and sustaining peace'),
  T('Global health and foreign policy', '全球卫生与外交政策', 'global health and foreign policy', 'ga', null, '132', 'Global health and foreign policy'),
  T('Strengthening the United Nations crime prevention and criminal justice programme', '加强联合国预防犯罪和刑事司法方案', 'crime prevention and criminal justice', 'ga', 'Third', '107', 'Crime prevention and criminal justice'),
  T('Elimination of all forms of intolerance and of discrimination based on religion or belief', '消除基于宗教或信仰的一切形式不容忍和歧视', 'freedom of religion or belief', 'hr', 'Third', '74 (b)', HR_ITEM, ['iccpr']),
  T('International cooperation to address and counter the world drug problem', '开展国际合作应对和打击世界毒品问题', 'the world drug problem', 'ga', 'Third', '108', 'International drug control'),
  T('Moratorium on the use of the death penalty', '暂停使用死刑', 'the use of the death penalty', 'hr', 'Third', '74 (b)', HR_ITEM, ['iccpr']),
  T('Countering the use of information and communications technologies for criminal purposes', '打击为犯罪目的使用信息和通信技术', 'the criminal use of information technologies', 'ga', 'Third', '107', 'Crime prevention and criminal justice'),
  T('Comprehensive review of the whole question of peacekeeping operations in all their aspects', '全面审查整个维持和平行动问题的所有方面', 'peacekeeping operations', 'sc', 'Fourth', '55', 'Comprehensive review of the whole question of peacekeeping operations in all their aspects'),
  T('Nuclear disarmament', '核裁军', 'nuclear disarmament', 'ga', 'First', '98 (b)', 'General and complete disarmament'),
  T('The safety of journalists and the issue of impunity', '记者安全和有罪不罚问题', 'the safety of journalists', 'hr', 'Third', '74 (b)', HR_ITEM),
  T('Prevention of an arms race in outer space', '防止外空军备竞赛', 'an arms race in outer space', 'ga', 'First', '95', 'Prevention of an arms race in outer space'),
  T('Protection of migrants', '保护移民', 'the protection of migrants', 'hr', 'Third', '74 (b)', HR_ITEM),
  T('Transparency in armaments', '军备透明', 'transparency in armaments', 'ga', 'First', '98 (m)', 'General and complete disarmament'),
  T('Measures to eliminate international terrorism', '消除国际恐怖主义的措施', 'international terrorism', 'sc', 'Sixth', '111', 'Measures to eliminate international terrorism'),
  T('Cooperation between the United Nations and regional and other organizations', '联合国与区域组织和其他组织的合作', 'cooperation with regional organizations', 'ga', null, '122', 'Cooperation between the United Nations and regional and other organizations'),
  T('Human rights and extreme poverty', '人权与赤贫', 'human rights and extreme poverty', 'hr', 'Third', '74 (b)', HR_ITEM),
  T('Revitalization of the work of the General Assembly', '振兴大会工作', 'the revitalization of the work of the Assembly', 'ga', null, '127', 'Revitalization of the work of the General Assembly'),
  T('The right to privacy in the digital age', '数字时代的隐私权', 'the right to privacy in the digital age', 'hr', 'Third', '74 (b)', HR_ITEM, ['iccpr']),
  T('Report of the International Law Commission', '国际法委员会的报告', 'the work of the International Law Commission', 'ga', 'Sixth', '77', 'Report of the International Law Commission'),
  T('The rule of law at the national and international levels', '国家和国际两级的法治', 'the rule of law', 'ga', 'Sixth', '83', 'The rule of law at the national and international levels'),
  T('Promotion of a democratic and equitable international order', '促进民主和公平的国际秩序', 'a democratic and equitable international order', 'hr', 'Third', '74 (b)', HR_ITEM),
  T('The illicit trade in small arms and light weapons in all its aspects', '小武器和轻武器非法贸易的所有方面', 'the illicit trade in small arms and light weapons', 'sc', 'First', '98 (q)', 'General and complete disarmament'),
  T('Entrepreneurship for sustainable development', '创业促进可持续发展', 'entrepreneurship', 'ga', 'Second', '17', 'Macroeconomic policy questions'),
  T('Human rights defenders', '人权维护者', 'human rights defenders', 'hr', 'Third', '74 (b)', HR_ITEM),
  T('Education for sustainable development', '教育促进可持续发展', 'education for sustainable development', 'ga', 'Second', '18', 'Sustainable development'),
];

const COMMITTEE_REPORT_BASE: Record<Exclude<Committee, null>, number> = { First: 380, Second: 430, Third: 460, Fourth: 400, Sixth: 500 };
const INSTRUMENT_BY_KEY = new Map(INSTRUMENTS.map((i) => [i.key, i]));
const GENERAL_INSTRUMENTS = ['un-charter', 'udhr', 'iccpr', 'icescr', 'vdpa'];

// ---------------------------------------------------------------- dates and words

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORD_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 76 → "Seventy-sixth". */
export function ordinalWord(n: number): string {
  const w = n < 20 ? ORD_UNITS[n]! : n % 10 === 0 ? ORD_TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ORD_UNITS[n % 10]}`;
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function ordinalSuffix(n: number): string {
  const r = n % 100;
  if (r >= 11 && r <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
const DAY_MS = 86_400_000;
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
/** "2021-12-16" → "16 December 2021". */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

// ---------------------------------------------------------------- the plan of one document

type ResBody = 'GA' | 'HRC' | 'SC';

interface ResRef {
  symbol: string;
  body: ResBody;
  /** As written: "61/177", "36/6", "1325 (2000)". */
  number: string;
  date: string;
}

interface Slot {
  seq: number;
  theme: number;
  body: ResBody;
  date: string;
  founder: boolean;
}

interface DocMeta extends ResRef {
  theme: number;
  session: number | null;
  meeting: number;
}

type ParaKind = 'resolutions' | 'reports' | 'instrument' | 'report-in-text';

interface ParaPlan {
  part: 'PP' | 'OP';
  relation: Relation;
  kind: ParaKind;
  resolutions: ResRef[];
  reports: string[];
  instrument: string | null;
  /** Variant of the wording, chosen at planning time. */
  variant: number;
}

interface ThemeState {
  founder: ResRef | null;
  history: ResRef[];
}
const HISTORY = 30;

/** Year of a HRC session (three a year from 2006) and its place in the year (0 March, 1 June, 2 September). */
function hrcSessionOf(year: number, slot: number): number {
  return (year - 2006) * 3 + slot + 1;
}
function hrcYearAndSlot(session: number): [number, number] {
  return [2006 + Math.floor((session - 1) / 3), (session - 1) % 3];
}

// ---------------------------------------------------------------- generation

/**
 * Yields the records of a synthetic corpus in adoption order, one per document and language.
 * Deterministic for the same options; streams (memory bounded by one year's schedule).
 */
export function* generateRecords(options: GenerateOptions): Generator<ExtractRecord> {
  const documents = Math.max(0, Math.floor(options.documents));
  const seed = options.seed ?? DEFAULT_SEED;
  const perDoc = options.citationsPerDocument ?? DEFAULT_CITATIONS_PER_DOCUMENT;
  const languages = options.languages ?? ['en'];
  const nThemes = Math.min(themeCount(documents, options.themes), documents || 1);
  const rng = mulberry32(seed);
  const weights = Array.from({ length: nThemes }, (_, t) => THEME_DECAY ** t);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => (cumulative.push(acc + w), acc + w), 0);
  const totalWeight = cumulative[cumulative.length - 1] ?? 1;
  const pickTheme = (): number => {
    const x = rng() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const states: ThemeState[] = Array.from({ length: nThemes }, () => ({ founder: null, history: [] }));
  const founders = Math.min(nThemes, documents);
  const rest = documents - founders;
  const years = 50;
  let scNumber = 394;
  let emitted = 0;

  for (let y = 0; y < years && emitted < documents; y++) {
    const year = 1976 + y;
    const quota = Math.floor((rest * (y + 1)) / years) - Math.floor((rest * y) / years) + (y === 0 ? founders : 0);
    const slots: Slot[] = [];
    for (let i = 0; i < quota; i++) {
      if (y === 0 && i < founders) {
        slots.push({ seq: i, theme: i, body: 'GA', date: isoOf(Date.UTC(1976, 9, 1 + Math.floor(i / 5))), founder: true });
        continue;
      }
      const theme = pickTheme();
      const kind = THEMES[theme]!.kind;
      let body: ResBody = 'GA';
      if (y > 0 && kind === 'hr' && year >= 2006 && rng() < 0.55) body = 'HRC';
      if (y > 0 && kind === 'sc' && rng() < 0.35 && scNumber < 9000) body = 'SC';
      let date: string;
      if (body === 'GA') date = y === 0 ? isoOf(Date.UTC(year, 9, 15 + int(rng, 0, 68))) : isoOf(Date.UTC(year, 9, 1 + int(rng, 0, 91)));
      else if (body === 'HRC') {
        const s = int(rng, 0, 2);
        const start = [Date.UTC(year, 2, 20), Date.UTC(year, 5, 28), Date.UTC(year, 8, 25)][s]!;
        date = isoOf(start + int(rng, 0, 15) * DAY_MS);
      } else date = isoOf(Date.UTC(year, 0, 2) + int(rng, 0, 360) * DAY_MS);
      slots.push({ seq: i, theme, body, date, founder: false });
    }
    slots.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
    const gaNumbers = new Map<number, number>();
    const hrcNumbers = new Map<number, number>();
    for (const slot of slots) {
      const meta = assign(slot, year, gaNumbers, hrcNumbers, () => scNumber++);
      const state = states[slot.theme]!;
      const plan = planDocument(rng, meta, state, perDoc);
      const common = buildCommon(rng, meta);
      for (const lang of languages) yield buildRecord(meta, common, plan, lang);
      if (slot.founder) state.founder = meta;
      else {
        state.history.push(meta);
        if (state.history.length > HISTORY) state.history.shift();
      }
      emitted++;
    }
  }
}

function assign(slot: Slot, year: number, ga: Map<number, number>, hrc: Map<number, number>, nextSc: () => number): DocMeta {
  if (slot.body === 'GA') {
    const session = year - 1945;
    const n = (ga.get(session) ?? 0) + 1;
    ga.set(session, n);
    const dayInSeason = Math.round((msOf(slot.date) - Date.UTC(year, 8, 15)) / DAY_MS);
    return { symbol: `A/RES/${session}/${n}`, body: 'GA', number: `${session}/${n}`, date: slot.date, theme: slot.theme, session, meeting: 20 + Math.floor(dayInSeason * 0.6) };
  }
  if (slot.body === 'HRC') {
    const month = Number(slot.date.slice(5, 7));
    const session = hrcSessionOf(year, month <= 4 ? 0 : month <= 7 ? 1 : 2);
    const n = (hrc.get(session) ?? 0) + 1;
    hrc.set(session, n);
    return { symbol: `A/HRC/RES/${session}/${n}`, body: 'HRC', number: `${session}/${n}`, date: slot.date, theme: slot.theme, session, meeting: 30 + Math.floor(n / 2) };
  }
  const n = nextSc();
  const meeting = 1880 + Math.floor((msOf(slot.date) - Date.UTC(1976, 0, 1)) / DAY_MS * 0.266) + (n % 3);
  return { symbol: `S/RES/${n} (${year})`, body: 'SC', number: `${n} (${year})`, date: slot.date, theme: slot.theme, session: null, meeting };
}

interface Common {
  agendaItem: string | null;
  basedOn: { symbol: string; paragraph: number | null }[];
  preambularFillers: number;
  operativeFillers: number;
}

function buildCommon(rng: Rng, meta: DocMeta): Common {
  const theme = THEMES[meta.theme]!;
  const common: Common = { agendaItem: null, basedOn: [], preambularFillers: int(rng, 2, 7), operativeFillers: int(rng, 3, 9) };
  if (meta.body === 'GA') {
    const shift = meta.session! % 4;
    common.agendaItem = theme.agenda.replace(/^\d+/, (n) => String(Number(n) + shift));
    if (theme.committee) {
      const base = COMMITTEE_REPORT_BASE[theme.committee] + (meta.theme % 9);
      common.basedOn.push({ symbol: `A/${meta.session}/${base}${rng() < 0.7 ? `/Add.${int(rng, 1, 5)}` : ''}`, paragraph: int(rng, 8, 160) });
    } else common.basedOn.push({ symbol: `A/${meta.session}/L.${int(rng, 3, 80)}`, paragraph: null });
  } else if (meta.body === 'HRC') common.agendaItem = String(pick(rng, [2, 3, 3, 3, 4, 5, 10]));
  return common;
}

/** Draws the citations of one document and groups them into paragraphs. */
function planDocument(rng: Rng, meta: DocMeta, state: ThemeState, perDoc: number): ParaPlan[] {
  const k = Math.max(1, Math.round(perDoc * (0.5 + rng())));
  const counts: Record<Relation, number> = { RECALLS: 0, REAFFIRMS: 0, TAKES_NOTE: 0, WELCOMES: 0, CITES: 0 };
  for (let i = 0; i < k; i++) {
    const x = rng();
    counts[x < 0.45 ? 'RECALLS' : x < 0.6 ? 'REAFFIRMS' : x < 0.75 ? 'TAKES_NOTE' : x < 0.85 ? 'WELCOMES' : 'CITES']++;
  }
  const used = new Set<string>();
  const theme = THEMES[meta.theme]!;
  const earlier = state.history.filter((r) => r.date < meta.date);
  const founder = state.founder && state.founder.date < meta.date ? state.founder : null;
  // resolutions in order of preference: the previous 1–3, then the rest of the recent history at random
  const previous = earlier.slice(-int(rng, 1, 3)).reverse();
  const others = earlier.slice(0, earlier.length - previous.length);
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [others[i], others[j]] = [others[j]!, others[i]!];
  }
  const pool: ResRef[] = [...previous, ...others];
  const takeResolutions = (n: number): ResRef[] => {
    const out: ResRef[] = [];
    while (out.length < n && pool.length) {
      const r = pool.shift()!;
      if (!used.has(r.symbol)) {
        used.add(r.symbol);
        out.push(r);
      }
    }
    return out;
  };
  const instruments = [...GENERAL_INSTRUMENTS, ...theme.instruments]
    .map((key) => INSTRUMENT_BY_KEY.get(key))
    .filter((i): i is Instrument => !!i && (i.adoptedOn ?? '9999') < meta.date);
  const themeInstruments = instruments.filter((i) => theme.instruments.includes(i.key));
  const takeInstrument = (): string | null => {
    const candidates = [...themeInstruments, ...instruments].filter((i) => !used.has(i.key));
    if (!candidates.length) return null;
    const i = rng() < 0.6 ? candidates[0]! : pick(rng, candidates);
    used.add(i.key);
    return i.key;
  };
  const takeReports = (n: number): string[] => {
    const out: string[] = [];
    while (out.length < n) {
      let base: string;
      if (meta.body === 'GA') base = `A/${rng() < 0.75 ? meta.session : meta.session! - 1}/${int(rng, 100, 450)}`;
      else if (meta.body === 'HRC') base = `A/HRC/${meta.session}/${int(rng, 18, 80)}`;
      else base = `S/${meta.date.slice(0, 4)}/${int(rng, 1, 950)}`;
      if (used.has(base)) continue;
      used.add(base);
      out.push(base);
      if (out.length < n && meta.body !== 'SC' && rng() < 0.5) {
        const mod = rng() < 0.5 ? `${base}/Add.1` : `${base}/Corr.1`;
        used.add(mod);
        out.push(mod);
      }
    }
    return out;
  };

  const pp: ParaPlan[] = [];
  const op: ParaPlan[] = [];
  const para = (part: 'PP' | 'OP', relation: Relation, kind: ParaKind, fill: Partial<ParaPlan>): ParaPlan => ({
    part, relation, kind, resolutions: [], reports: [], instrument: null, variant: int(rng, 0, 5), ...fill,
  });

  // CITES: instruments first ("Guided by the Charter …"), then resolutions ("Bearing in mind …"), then reports
  let cites = counts.CITES;
  while (cites > 0) {
    const key = takeInstrument();
    if (key) {
      (rng() < 0.75 ? pp : op).push(para(rng() < 0.75 ? 'PP' : 'OP', 'CITES', 'instrument', { instrument: key }));
      cites--;
      continue;
    }
    const res = takeResolutions(Math.min(cites, int(rng, 1, 2)));
    if (res.length) {
      pp.push(para('PP', 'CITES', 'resolutions', { resolutions: sortByDate(res) }));
      cites -= res.length;
      continue;
    }
    const reps = takeReports(Math.min(cites, 2));
    op.push(para('OP', 'CITES', meta.body === 'SC' ? 'report-in-text' : 'reports', { reports: reps }));
    cites -= reps.length;
  }
  // REAFFIRMS: the founder, then older resolutions, then an instrument
  let reaffirms = counts.REAFFIRMS;
  if (reaffirms > 0 && founder && !used.has(founder.symbol) && rng() < 0.85) {
    used.add(founder.symbol);
    pp.push(para('PP', 'REAFFIRMS', 'resolutions', { resolutions: [founder] }));
    reaffirms--;
  }
  while (reaffirms > 0) {
    const res = takeResolutions(Math.min(reaffirms, int(rng, 1, 3)));
    if (res.length) {
      (rng() < 0.8 ? pp : op).push(para('PP', 'REAFFIRMS', 'resolutions', { resolutions: sortByDate(res) }));
      reaffirms -= res.length;
      continue;
    }
    const key = takeInstrument();
    if (!key) break;
    pp.push(para('PP', 'REAFFIRMS', 'instrument', { instrument: key }));
    reaffirms--;
  }
  // RECALLS: resolutions in lists of 1–4 (the founder too, when not reaffirmed), then instruments, then reports
  let recalls = counts.RECALLS;
  if (recalls > 0 && founder && !used.has(founder.symbol) && rng() < 0.5) {
    used.add(founder.symbol);
    pp.push(para('PP', 'RECALLS', 'resolutions', { resolutions: [founder] }));
    recalls--;
  }
  while (recalls > 0) {
    const res = takeResolutions(Math.min(recalls, int(rng, 1, 4)));
    if (res.length) {
      (rng() < 0.85 ? pp : op).push(para('PP', 'RECALLS', 'resolutions', { resolutions: sortByDate(res) }));
      recalls -= res.length;
      continue;
    }
    const key = takeInstrument();
    if (key) {
      pp.push(para('PP', 'RECALLS', 'instrument', { instrument: key }));
      recalls--;
      continue;
    }
    const reps = takeReports(Math.min(recalls, 2));
    pp.push(para('PP', 'RECALLS', meta.body === 'SC' ? 'report-in-text' : 'reports', { reports: reps }));
    recalls -= reps.length;
  }
  // TAKES_NOTE and WELCOMES: reports through footnotes (in the text for the Security Council)
  for (const relation of ['TAKES_NOTE', 'WELCOMES'] as const) {
    let n = counts[relation];
    while (n > 0) {
      const reps = takeReports(Math.min(n, meta.body === 'SC' ? 1 : int(rng, 1, 2)));
      const part = rng() < (relation === 'WELCOMES' ? 0.75 : 0.6) ? 'OP' : 'PP';
      (part === 'PP' ? pp : op).push(para(part, relation, meta.body === 'SC' ? 'report-in-text' : 'reports', { reports: reps }));
      n -= reps.length;
    }
  }
  for (const p of op) p.part = 'OP';
  for (const p of pp) p.part = 'PP';
  // order: preamble CITES instruments, REAFFIRMS, RECALLS, then the rest; operative: REAFFIRMS/RECALLS first
  const rank: Record<Relation, number> = { CITES: 0, REAFFIRMS: 1, RECALLS: 2, TAKES_NOTE: 3, WELCOMES: 4 };
  pp.sort((a, b) => rank[a.relation] - rank[b.relation]);
  op.sort((a, b) => (a.kind === 'resolutions' ? 0 : 1) - (b.kind === 'resolutions' ? 0 : 1));
  // resolutions are written grouped by issuing body, the citing body first ("its resolutions …, as well as
  // Human Rights Council resolution …"), each group in date order: cite them in that order
  const bodyRank = (b: ResBody) => (b === meta.body ? -1 : ['GA', 'HRC', 'SC'].indexOf(b));
  for (const p of [...pp, ...op]) p.resolutions.sort((a, b) => bodyRank(a.body) - bodyRank(b.body) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [...pp, ...op];
}

function sortByDate(rs: ResRef[]): ResRef[] {
  return rs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------- wording

interface Wording {
  verb: string;
  qualifier: string | null;
  /** Lead words as written, e.g. "Taking note with appreciation of", "Also welcomes". */
  lead: string;
}

const QUALIFIER_ORDER = [null, 'also', 'further'] as const;

function englishWording(p: ParaPlan, repeat: number): Wording {
  const q = QUALIFIER_ORDER[Math.min(repeat, 2)] ?? null;
  const pre = p.part === 'PP';
  switch (p.relation) {
    case 'RECALLS': {
      if (pre) {
        const qual = q ?? (p.kind === 'instrument' ? null : p.variant === 5 ? 'with appreciation' : null);
        return { verb: 'Recalling', qualifier: qual, lead: qual ? `Recalling ${qual}` : 'Recalling' };
      }
      return q ? { verb: 'recalls', qualifier: 'also', lead: 'Also recalls' } : { verb: 'Recalls', qualifier: null, lead: 'Recalls' };
    }
    case 'REAFFIRMS':
      if (pre) return { verb: 'Reaffirming', qualifier: q, lead: q ? `Reaffirming ${q}` : 'Reaffirming' };
      return { verb: 'Reaffirms', qualifier: null, lead: 'Reaffirms' };
    case 'WELCOMES':
      if (pre) return { verb: 'Welcoming', qualifier: q, lead: q ? `Welcoming ${q}` : 'Welcoming' };
      return q ? { verb: 'welcomes', qualifier: 'also', lead: 'Also welcomes' } : { verb: 'Welcomes', qualifier: null, lead: 'Welcomes' };
    case 'TAKES_NOTE': {
      const manner = ([null, 'with appreciation', 'with interest', null, 'with appreciation', 'with satisfaction'] as const)[p.variant] ?? null;
      if (pre) return { verb: 'Taking note', qualifier: manner, lead: `Taking note${manner ? ` ${manner}` : ''} of` };
      if (q) return { verb: 'takes note', qualifier: manner ? `also ${manner}` : 'also', lead: `Also takes note${manner ? ` ${manner}` : ''} of` };
      return { verb: 'Takes note', qualifier: manner, lead: `Takes note${manner ? ` ${manner}` : ''} of` };
    }
    case 'CITES': {
      if (p.kind === 'instrument') {
        if (!pre) return { verb: 'Recognizes', qualifier: null, lead: 'Recognizes the importance of' };
        const v = (['Guided by', 'Bearing in mind', 'Recognizing', 'Guided by', 'Bearing in mind', 'Recognizing'] as const)[p.variant]!;
        return { verb: v, qualifier: null, lead: v };
      }
      if (pre) return { verb: 'Bearing in mind', qualifier: null, lead: 'Bearing in mind' };
      return { verb: 'Requests', qualifier: null, lead: 'Requests' };
    }
  }
}

const ZH_VERBS: Record<Relation, string> = { RECALLS: '回顾', REAFFIRMS: '重申', WELCOMES: '欢迎', TAKES_NOTE: '注意到', CITES: '铭记' };
function chineseWording(p: ParaPlan, repeat: number): Wording {
  const verb = p.relation === 'CITES' && p.kind === 'instrument' ? (p.part === 'PP' ? '遵循' : '确认') : ZH_VERBS[p.relation];
  if (p.relation === 'TAKES_NOTE') {
    const q = p.variant % 2 === 1 ? '赞赏地' : '表示';
    return { verb: q === '表示' ? '表示注意到' : verb, qualifier: q === '表示' ? (repeat ? '又' : null) : q, lead: `${repeat ? '又' : ''}${q}${verb}` };
  }
  const q = repeat === 1 ? '又' : repeat >= 2 ? '还' : null;
  return { verb, qualifier: q, lead: `${q ?? ''}${verb}` };
}

const RES_WORD = (n: number): string => (n > 1 ? 'resolutions' : 'resolution');
const BODY_NAME: Record<ResBody, string> = { GA: 'General Assembly', HRC: 'Human Rights Council', SC: 'Security Council' };
const BODY_ZH: Record<ResBody, string> = { GA: '大会', HRC: '人权理事会', SC: '安全理事会' };

function englishList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function englishResolutions(citing: ResBody, rs: ResRef[], variant: number, topic: string): string {
  const groups: ResRef[][] = [];
  for (const body of [citing, ...(['GA', 'HRC', 'SC'] as const).filter((b) => b !== citing)]) {
    const g = rs.filter((r) => r.body === body);
    if (g.length) groups.push(g);
  }
  const parts = groups.map((g, gi) => {
    const body = g[0]!.body;
    const items = g.map((r) => (body === 'SC' && citing === 'SC' ? r.number : `${r.number} of ${englishDate(r.date)}`));
    if (body === citing) {
      if (gi === 0 && g.length > 1 && variant % 3 === 2) return `all its previous resolutions on ${topic}, including resolutions ${englishList(items)}`;
      return `its ${RES_WORD(g.length)} ${englishList(items)}`;
    }
    return `${BODY_NAME[body]} ${RES_WORD(g.length)} ${englishList(items)}`;
  });
  const text = parts.join(', as well as ');
  return rs.length === 1 && variant % 2 === 0 ? `${text} on ${topic}` : text;
}

function reportAuthor(citing: ResBody): string {
  return citing === 'HRC' ? 'the United Nations High Commissioner for Human Rights' : 'the Secretary-General';
}
/** Reports grouped into documents: a base symbol with its Add./Corr. counts as one report in the words. */
function reportCount(symbols: string[]): number {
  return symbols.filter((s) => !/\/(?:Add|Corr)\.\d+$/.test(s)).length || 1;
}

/** The clause (quote) of a paragraph, in English. */
function englishQuote(p: ParaPlan, citing: ResBody, w: Wording, topic: string): string {
  switch (p.kind) {
    case 'resolutions': {
      const body = englishResolutions(citing, p.resolutions, p.variant, topic);
      if (p.part === 'OP' && p.relation === 'CITES') return `${w.lead} the Secretary-General, in accordance with ${body}, to keep the matter under review`;
      return `${w.lead} ${body}`;
    }
    case 'instrument': {
      const name = INSTRUMENT_BY_KEY.get(p.instrument!)!.en.name;
      if (p.relation === 'CITES' && p.part === 'PP' && w.verb === 'Guided by') return `${w.lead} the purposes and principles of the ${name}`;
      if (p.relation === 'CITES' && w.verb === 'Recognizing') return `${w.lead} the importance of the ${name} for ${topic}`;
      return `${w.lead} the ${name}`;
    }
    case 'reports': {
      const n = reportCount(p.reports);
      const object = `the ${n > 1 ? 'reports' : 'report'} of ${reportAuthor(citing)} on ${topic}`;
      if (p.relation === 'CITES') return `${w.lead} the Secretary-General to continue to report on the implementation of the recommendations contained in ${object}`;
      return `${w.lead} ${object}`;
    }
    case 'report-in-text': {
      const object = `the ${p.reports.length > 1 ? 'reports' : 'report'} of the Secretary-General on ${topic} (${englishList(p.reports)})`;
      if (p.relation === 'CITES') return `${w.lead} the Secretary-General to implement the recommendations contained in ${object}`;
      return `${w.lead} ${object}`;
    }
  }
}

function chineseResolutions(citing: ResBody, rs: ResRef[]): string {
  const groups: string[] = [];
  for (const body of [citing, ...(['GA', 'HRC', 'SC'] as const).filter((b) => b !== citing)]) {
    const g = rs.filter((r) => r.body === body);
    if (!g.length) continue;
    const items = g.map((r) => (body === 'SC' ? `第${r.number.replace(' ', '')}号` : `${zhDate(r.date)}第${r.number}号`));
    const list = items.length > 1 ? `${items.slice(0, -1).join('、')}和${items[items.length - 1]}` : items[0]!;
    groups.push(`${body === citing ? '其' : BODY_ZH[body]}${list}决议`);
  }
  return groups.join('以及');
}

function chineseQuote(p: ParaPlan, citing: ResBody, w: Wording, themeZh: string): string {
  switch (p.kind) {
    case 'resolutions':
      return `${w.lead}${chineseResolutions(citing, p.resolutions)}`;
    case 'instrument':
      return `${w.lead}${INSTRUMENT_BY_KEY.get(p.instrument!)!.zh.name}`;
    case 'reports':
      return `${w.lead}${citing === 'HRC' ? '联合国人权事务高级专员' : '秘书长'}关于${themeZh}的报告`;
    case 'report-in-text':
      return `${w.lead}秘书长关于${themeZh}的报告(${p.reports.join('、')})`;
  }
}

// ---------------------------------------------------------------- records

function buildRecord(meta: DocMeta, common: Common, plan: ParaPlan[], lang: SyntheticLanguage): ExtractRecord {
  const theme = THEMES[meta.theme]!;
  // paragraph ids: cited paragraphs with fillers spread among them (deterministic from the symbol)
  const h = mulberry32(fnv1a(meta.symbol));
  const pps = plan.filter((p) => p.part === 'PP');
  const ops = plan.filter((p) => p.part === 'OP');
  const ppSeq = interleave(pps, common.preambularFillers, h);
  const opSeq = interleave(ops, common.operativeFillers, h);
  // the closing operative paragraph is always a filler
  opSeq.push(null);
  const citations: Citation[] = [];
  const publications: Publication[] = [];
  const repeats = new Map<string, number>();
  let footnote = 0;
  const emit = (p: ParaPlan, id: string) => {
    const key = `${p.part}:${p.relation}:${p.kind === 'instrument' && p.relation === 'CITES' ? 'i' : ''}`;
    const repeat = repeats.get(key) ?? 0;
    repeats.set(key, repeat + 1);
    const w = lang === 'en' ? englishWording(p, repeat) : chineseWording(p, repeat);
    const quote = lang === 'en' ? englishQuote(p, meta.body, w, theme.topic) : chineseQuote(p, meta.body, w, theme.zh);
    const cite = (target: string, targetKind: Citation['targetKind'], via: Citation['via'], fn: number | null): void => {
      citations.push({ target, targetKind, relation: p.relation, verb: w.verb, qualifier: w.qualifier, paragraph: id, via, footnote: fn, span: [0, 0], quote });
    };
    if (p.kind === 'resolutions') {
      for (const r of p.resolutions) {
        cite(r.symbol, 'document', 'text', null);
        if (r.body === 'HRC' && meta.body !== 'HRC') {
          const [y, slot] = hrcYearAndSlot(Number(r.number.split('/')[0]));
          publications.push({
            document: r.symbol,
            publishedIn: `A/${y - 1945}/53${slot === 2 ? '/Add.1' : ''}`,
            locator: slot === 2 ? 'chap. III' : slot === 0 ? 'chap. IV, sect. A' : 'chap. V, sect. A',
            footnote: ++footnote,
            span: [0, 0],
          });
        }
      }
    } else if (p.kind === 'instrument') {
      cite(p.instrument!, 'instrument', 'text', null);
    } else if (p.kind === 'report-in-text') {
      for (const s of p.reports) cite(s, 'document', 'text', null);
    } else {
      const n = ++footnote;
      for (const s of p.reports) cite(s, 'document', 'footnote', n);
    }
  };
  ppSeq.forEach((p, i) => p && emit(p, `PP${i + 1}`));
  opSeq.forEach((p, i) => p && emit(p, `OP${i + 1}`));
  const record: ExtractRecord = {
    file: fileNameFor(meta.symbol),
    format: 'text',
    symbol: meta.symbol,
    symbolSource: 'title',
    language: lang,
    body: meta.body,
    kind: 'resolution',
    session: meta.session,
    date: meta.date,
    title: meta.body === 'SC' ? null : lang === 'en' ? theme.title : theme.zh,
    agendaItem: common.agendaItem,
    basedOn: common.basedOn,
    meeting: { number: meta.meeting, kind: meta.body === 'GA' ? 'plenary' : 'meeting' },
    paragraphs: { preambular: ppSeq.length, operative: opSeq.length },
    subjects: [],
    citations,
    publications,
    adoptions: [],
    warnings: [],
  };
  if (lang === 'en') {
    const l = layout(record, {});
    l.citationSpans.forEach((s, i) => (citations[i]!.span = s));
    l.publicationSpans.forEach((s, i) => (publications[i]!.span = s));
  } else {
    // notional text: paragraph k starts at 200 + 400 k; a span covers the target's words in the quote
    const ids = [...Array.from({ length: ppSeq.length }, (_, i) => `PP${i + 1}`), ...Array.from({ length: opSeq.length }, (_, i) => `OP${i + 1}`)];
    for (const c of citations) {
      const offset = 200 + 400 * Math.max(0, ids.indexOf(c.paragraph ?? ''));
      const needle = c.targetKind === 'instrument' ? INSTRUMENT_BY_KEY.get(c.target)!.zh.name : numberOf(c.target).replace(' ', '');
      const at = Math.max(0, c.quote.indexOf(needle));
      c.span = [offset + at, offset + at + needle.length];
    }
    publications.forEach((p, i) => (p.span = [100 + 20 * i, 100 + 20 * i + p.publishedIn.length]));
  }
  return record;
}

function interleave(cited: ParaPlan[], fillers: number, rng: Rng): (ParaPlan | null)[] {
  const out: (ParaPlan | null)[] = [...cited];
  for (let i = 0; i < fillers; i++) out.splice(int(rng, Math.min(1, out.length), out.length), 0, null);
  return out;
}

/** The number as written for a resolution symbol ("61/177", "36/6", "1325 (2000)"), else the symbol itself. */
function numberOf(symbol: string): string {
  const m = /^(?:A\/HRC|A|S)\/RES\/(.+)$/.exec(symbol);
  return m ? m[1]! : symbol;
}

// ---------------------------------------------------------------- rendering (English)

const PP_FILLERS = [
  'Reaffirming that all human rights are universal, indivisible, interdependent and interrelated, and that the international community must treat human rights globally in a fair and equal manner',
  'Deeply concerned by the persistence of the challenges identified by Member States and by the need for sustained international cooperation in this field',
  'Stressing the importance of national ownership and leadership, and of the support of the United Nations system and other relevant stakeholders, in addressing these challenges',
  'Recognizing the valuable contribution of civil society, including non-governmental organizations, to the promotion of the objectives set out in the present resolution',
  'Conscious of the need to strengthen coordination within the United Nations system and to avoid duplication of effort',
  'Noting with concern that the resources available for these activities remain insufficient to meet the growing needs',
  'Emphasizing that States have the primary responsibility for the implementation of their obligations and commitments in this regard',
  'Acknowledging the efforts made by Member States, at the national and regional levels, to address the issue in a comprehensive manner',
  'Expressing its appreciation to all States and organizations that have provided voluntary contributions in support of this work',
  'Mindful of the importance of gender equality and the empowerment of all women and girls for the achievement of the objectives concerned',
  'Welcoming the continued engagement of Member States in an open and constructive dialogue on these questions',
  'Convinced that further efforts are needed to ensure that the relevant international standards are fully implemented',
];
const OP_FILLERS = [
  'Calls upon all States to take effective legislative, administrative and other measures to give full effect to their commitments in this field',
  'Encourages Member States to share best practices and lessons learned, and to strengthen international and regional cooperation to that end',
  'Urges all States that have not yet done so to consider taking the steps necessary to strengthen their national institutions in this area',
  'Invites the relevant organs, organizations and bodies of the United Nations system to continue to provide technical assistance upon request',
  'Stresses the need for adequate, predictable and sustainable funding, and encourages voluntary contributions for that purpose',
  'Underlines the importance of the full and effective participation of women and young people in the processes concerned',
  'Requests the Secretary-General to continue to provide the necessary support and resources for the effective discharge of the mandates concerned',
  'Emphasizes the importance of the collection and analysis of reliable data, disaggregated by sex and age, to inform policies and programmes',
  'Calls upon the international community to support national efforts, including through capacity-building and the transfer of technology on mutually agreed terms',
  'Encourages the United Nations system to strengthen its coordination and to promote a coherent approach in the implementation of the present resolution',
];

interface Layout {
  text: string;
  citationSpans: Span[];
  publicationSpans: Span[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

function wrapLines(s: string, width: number): string {
  if (!width || s.length <= width) return s;
  // replace a space by a line break where a line would pass the width (offsets stay the same)
  let out = '';
  let lineStart = 0;
  while (s.length - lineStart > width) {
    let cut = s.lastIndexOf(' ', lineStart + width);
    if (cut <= lineStart) cut = s.indexOf(' ', lineStart + width);
    if (cut < 0) break;
    out += `${s.slice(lineStart, cut)}\n`;
    lineStart = cut + 1;
  }
  return out + s.slice(lineStart);
}

/** First occurrence of needle at or after from, not glued to digits or slashes ("36/6" is not in "136/6" or "36/61"). */
function findNumber(text: string, needle: string, from: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!/[\d/]/.test(before) && !/[\d/]/.test(after)) return at;
  }
  return -1;
}

/** The text of a record and the spans of its citations and publications in that text. */
function layout(record: ExtractRecord, opts: RenderOptions): Layout {
  const markers = opts.markers ?? 'plain';
  const wrap = opts.wrap ?? 80;
  const body = (record.body ?? 'GA') as ResBody;
  const symbol = record.symbol ?? 'A/RES/0/0';
  const h = mulberry32(fnv1a(`${symbol}#render`));
  const date = record.date ?? '2000-01-01';
  const out: string[] = [];
  let length = 0;
  const push = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const citationSpans: Span[] = record.citations.map(() => [0, 0]);
  const publicationSpans: Span[] = record.publications.map(() => [0, 0]);

  // ---- header
  const distr = englishDate(isoOf(msOf(date) + int(h, 5, 30) * DAY_MS));
  if (body === 'SC') {
    push(`Resolution ${numberOf(symbol)}\n\n`);
    push(`Adopted by the Security Council at its ${ordinalSuffix(record.meeting?.number ?? 1)} meeting, on ${englishDate(date)}\n\n\n`);
  } else {
    push(`United Nations\t\t\t\t\t\t${symbol}\n\n`);
    push(`General Assembly\t\t\t\t\tDistr.: General\n\t\t\t\t\t\t\t${distr}\n\n`);
    const theme = THEMES.find((t) => t.title === record.title) ?? null;
    if (body === 'HRC') push(`Human Rights Council\n`);
    push(`${ordinalWord(record.session ?? 1)} session\n`);
    if (record.agendaItem) push(`Agenda item ${record.agendaItem}\n${wrapLines(body === 'HRC' ? 'Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development' : theme?.agendaTitle ?? 'Other questions', 50)}\n`);
    push(`\n\n\tResolution adopted by the ${BODY_NAME[body]} on ${englishDate(date)}\n\n`);
    const bo = record.basedOn[0];
    if (bo) {
      const committee = theme?.committee;
      push(bo.paragraph !== null && committee
        ? `[on the report of the ${committee === 'Fourth' ? 'Special Political and Decolonization Committee (Fourth Committee)' : `${committee} Committee`} (${bo.symbol}, para. ${bo.paragraph})]\n\n`
        : `[without reference to a Main Committee (${bo.symbol})]\n\n`);
    }
    push(`\t${wrapLines(`${numberOf(symbol)}. ${record.title ?? 'Untitled'}`, 72)}\n\n\n`);
  }
  push(`The ${BODY_NAME[body]},\n\n`);

  // ---- paragraphs
  const byParagraph = new Map<string, number[]>();
  record.citations.forEach((c, i) => {
    const list = byParagraph.get(c.paragraph ?? '') ?? [];
    list.push(i);
    byParagraph.set(c.paragraph ?? '', list);
  });
  const pubsUsed = new Set<number>();
  const pending: number[] = [];
  const footnoteText = new Map<number, { text: string; spans: { index: number; kind: 'citation' | 'publication'; start: number; end: number }[] }>();
  const ids = [
    ...Array.from({ length: record.paragraphs.preambular }, (_, i) => `PP${i + 1}`),
    ...Array.from({ length: record.paragraphs.operative }, (_, i) => `OP${i + 1}`),
  ];
  let sincePage = 0;
  const flushFootnotes = () => {
    if (!pending.length) return;
    push('__________________\n\n');
    for (const n of pending) {
      const fn = footnoteText.get(n)!;
      const prefix = `${n}\t`;
      const start = length + prefix.length;
      for (const s of fn.spans) {
        const span: Span = [start + s.start, start + s.end];
        if (s.kind === 'citation') citationSpans[s.index] = span;
        else publicationSpans[s.index] = span;
      }
      push(`${prefix}${fn.text}\n\n`);
    }
    pending.length = 0;
  };
  let lastWasPublication = false;
  ids.forEach((id, idx) => {
    const operative = id.startsWith('OP');
    const last = idx === ids.length - 1;
    const prefix = operative ? `${id.slice(2)}. ` : '';
    const end = last ? '.' : operative ? ';' : ',';
    const cited = byParagraph.get(id) ?? [];
    let quote: string;
    const inserts: { at: number; n: number }[] = [];
    const localSpans: { index: number; start: number; end: number }[] = [];
    if (!cited.length) {
      const pool = operative ? OP_FILLERS : PP_FILLERS;
      quote = last
        ? body === 'SC'
          ? 'Decides to remain actively seized of the matter'
          : `Decides to continue its consideration of the question at its ${ordinalWord((record.session ?? 0) + 1).toLowerCase()} session`
        : pool[fnv1a(`${symbol}${id}`) % pool.length]!;
    } else {
      quote = record.citations[cited[0]!]!.quote;
      let cursor = 0;
      const footnotesHere = new Map<number, number[]>();
      for (const ci of cited) {
        const c = record.citations[ci]!;
        if (c.via === 'footnote') {
          const list = footnotesHere.get(c.footnote ?? 0) ?? [];
          list.push(ci);
          footnotesHere.set(c.footnote ?? 0, list);
          continue;
        }
        const needle = c.targetKind === 'instrument' ? INSTRUMENT_BY_KEY.get(c.target)?.en.name ?? c.target : numberOf(c.target);
        const found = findNumber(quote, needle, cursor);
        if (found < 0) continue;
        const m = { index: found };
        // an instrument's span includes its article, as the extractor gives it
        const article = c.targetKind === 'instrument' && quote.slice(Math.max(0, m.index - 4), m.index) === 'the ' ? 4 : 0;
        localSpans.push({ index: ci, start: m.index - article, end: m.index + needle.length });
        cursor = m.index + needle.length;
        if (c.targetKind === 'document' && c.target.startsWith('A/HRC/RES/') && body !== 'HRC') {
          const pi = record.publications.findIndex((p, i) => !pubsUsed.has(i) && p.document === c.target);
          if (pi >= 0) {
            pubsUsed.add(pi);
            const d = /^ of \d{1,2} [A-Z][a-z]+ \d{4}/.exec(quote.slice(cursor));
            const at = cursor + (d ? d[0].length : 0);
            const pub = record.publications[pi]!;
            inserts.push({ at, n: pub.footnote ?? 0 });
            const ibid = lastWasPublication;
            const sess = Number(/^A\/(\d+)\//.exec(pub.publishedIn)?.[1] ?? 0);
            const supp = pub.publishedIn.endsWith('/Add.1') ? '53A' : '53';
            const head = ibid ? 'Ibid.' : 'See Official Records of the General Assembly';
            const text = `${head}, ${ordinalWord(sess)} Session, Supplement No. ${supp} (${pub.publishedIn})${pub.locator ? `, ${pub.locator}` : ''}.`;
            const at2 = text.indexOf(pub.publishedIn);
            footnoteText.set(pub.footnote ?? 0, { text, spans: [{ index: pi, kind: 'publication', start: at2, end: at2 + pub.publishedIn.length }] });
            lastWasPublication = true;
          }
        }
      }
      for (const [n, list] of footnotesHere) {
        inserts.push({ at: quote.length, n });
        const symbols = list.map((ci) => record.citations[ci]!.target);
        const abbreviate = fnv1a(`${symbol}/${n}`) % 2 === 0;
        const pieces = symbols.map((s, i) => {
          const prev = symbols[i - 1];
          const m = /^(.*)\/((?:Add|Corr)\.\d+)$/.exec(s);
          return abbreviate && m && prev === m[1] ? m[2]! : s;
        });
        const see = fnv1a(`${symbol}:${n}`) % 4 === 0 ? 'See ' : '';
        let text = see;
        const spans: { index: number; kind: 'citation'; start: number; end: number }[] = [];
        pieces.forEach((piece, i) => {
          if (i > 0) text += i === pieces.length - 1 ? ' and ' : ', ';
          spans.push({ index: list[i]!, kind: 'citation', start: text.length, end: text.length + piece.length });
          text += piece;
        });
        footnoteText.set(n, { text: `${text}.`, spans });
        lastWasPublication = false;
      }
    }
    // markers into the paragraph (after punctuation in English), then spans shifted by what was inserted before them
    let para = quote + end;
    const shifts: { at: number; by: number }[] = [];
    inserts.sort((a, b) => b.at - a.at);
    for (const ins of inserts) {
      const ch = para[ins.at] ?? '';
      const mark = markers === 'plain' ? String(ins.n) : superscript(ins.n);
      if (/[,;.]/.test(ch)) {
        para = para.slice(0, ins.at + 1) + mark + para.slice(ins.at + 1);
        shifts.push({ at: ins.at + 1, by: mark.length });
      } else {
        const piece = markers === 'plain' ? ` ${mark}` : mark;
        para = para.slice(0, ins.at) + piece + para.slice(ins.at);
        shifts.push({ at: ins.at, by: piece.length });
      }
      pending.push(ins.n);
    }
    pending.sort((a, b) => a - b);
    const start = length + prefix.length;
    for (const s of localSpans) {
      const by = shifts.filter((x) => x.at <= s.start).reduce((acc, x) => acc + x.by, 0);
      citationSpans[s.index] = [start + s.start + by, start + s.end + by];
    }
    push(wrapLines(prefix + para, wrap) + '\n\n');
    sincePage++;
    if (!last && sincePage >= 8 + (fnv1a(`${symbol}${idx}`) % 5)) {
      flushFootnotes();
      sincePage = 0;
    }
  });

  // ---- footer, then the last page's footnotes
  if (body === 'GA') push(`${ordinalSuffix(record.meeting?.number ?? 1)} plenary meeting\n${englishDate(date)}\n\n`);
  else if (body === 'HRC') push(`${ordinalSuffix(record.meeting?.number ?? 1)} meeting\n${englishDate(date)}\n\n[Adopted without a vote.]\n\n`);
  flushFootnotes();
  return { text: out.join(''), citationSpans, publicationSpans };
}

/** Renders a generated record as the English text of the resolution (PDF-text style, as in ../shared/corpus/en). */
export function renderText(record: ExtractRecord, language: 'en', options: RenderOptions = {}): string {
  if (language !== 'en') throw new Error(`renderText: only English is rendered, not ${String(language)}`);
  return layout(record, options).text;
}

// ---------------------------------------------------------------- writing a text corpus

export interface TextCorpusOptions extends Omit<GenerateOptions, 'languages'>, RenderOptions {
  /** Also write expected.jsonl (the generated records, one per line) next to the texts. */
  expected?: boolean;
}

export interface TextCorpusResult {
  dir: string;
  files: string[];
  documents: number;
  citations: number;
  publications: number;
  bytes: number;
}

/** Writes one English text per generated resolution into dir (A_RES_76_158.txt, A_HRC_RES_36_6.txt, S_RES_1325_2000.txt). */
export function writeTextCorpus(dir: string, options: TextCorpusOptions): TextCorpusResult {
  mkdirSync(dir, { recursive: true });
  const result: TextCorpusResult = { dir, files: [], documents: 0, citations: 0, publications: 0, bytes: 0 };
  const expected: string[] = [];
  for (const record of generateRecords({ ...options, languages: ['en'] })) {
    const text = renderText(record, 'en', options);
    const path = join(dir, record.file ?? fileNameFor(record.symbol ?? `doc-${result.documents}`));
    writeFileSync(path, text);
    result.files.push(path);
    result.documents++;
    result.citations += record.citations.length;
    result.publications += record.publications.length;
    result.bytes += Buffer.byteLength(text);
    if (options.expected) expected.push(JSON.stringify(record));
  }
  if (options.expected) writeFileSync(join(dir, 'expected.jsonl'), expected.join('\n') + '\n');
  return result;
}

// ---------------------------------------------------------------- lineage seeds

export interface LineageSeed {
  /** Nodes asked for. */
  nodes: number;
  /** The corpus it applies to: generateRecords({ documents, seed }). */
  documents: number;
  seed: number;
  /** Theme index and its founding resolution, the root of the lineage. */
  theme: number;
  root: string;
  direction: 'descendants';
  depth: number;
  /** Expected node count of the lineage (root included): the theme's expected size. */
  expectedNodes: number;
}

/**
 * A lineage graph of about `nodes` nodes in the corpus generateRecords({ documents, seed }):
 * the descendants (depth 3, any citation relation) of the founding resolution of the theme
 * whose expected size is closest. Every resolution on a theme recalls the previous 1–3 on it and
 * often the founder, so within depth 3 the descendants of a founder are (almost exactly) its theme.
 * With the default 100,000 documents: 100 → A/RES/31/45, 500 → A/RES/31/29, 2000 → A/RES/31/16.
 */
export function lineageSeed(nodes: 100 | 500 | 2000 | number, options: { documents?: number; seed?: number; themes?: number } = {}): LineageSeed {
  const documents = options.documents ?? 100_000;
  const n = Math.min(themeCount(documents, options.themes), documents || 1);
  const weights = Array.from({ length: n }, (_, t) => THEME_DECAY ** t);
  const total = weights.reduce((a, b) => a + b, 0);
  const rest = documents - Math.min(n, documents);
  let best = 0;
  let bestDiff = Infinity;
  weights.forEach((w, t) => {
    const size = (rest * w) / total + 1;
    const diff = Math.abs(Math.log(size / nodes));
    if (diff < bestDiff) {
      bestDiff = diff;
      best = t;
    }
  });
  return {
    nodes,
    documents,
    seed: options.seed ?? DEFAULT_SEED,
    theme: best,
    root: founderSymbol(best),
    direction: 'descendants',
    depth: 3,
    expectedNodes: Math.round((rest * weights[best]!) / total + 1),
  };
}
