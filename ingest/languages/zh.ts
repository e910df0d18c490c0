// Chinese: how UN resolutions are written in Chinese, as data.
import type { LanguageTable } from './types.ts';
import { EN_ZH_PUNCTUATION, LATIN_FOOTNOTE_MARKERS } from './shared.ts';
import { isoDate, toRoman } from '../numbers.ts';

const ZH_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 9999 ("七十六" → 76, "十" → 10, "一九七三" → 1973 as digits). */
export function chineseNumber(s: string): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => ZH_DIGITS[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c in ZH_DIGITS) current = ZH_DIGITS[c]!;
    else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '千') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}


/** "2022年12月8日", "二〇二二年十二月八日" → 2022-12-08. */
function chineseDate(text: string): string | null {
  const z = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (z) return isoDate(Number(z[1]), Number(z[2]), Number(z[3]));
  const zc = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/.exec(text);
  return zc ? isoDate(chineseNumber(zc[1]!)!, chineseNumber(zc[2]!)!, chineseNumber(zc[3]!)!) : null;
}


export const zh: LanguageTable = {
  code: 'zh',
  numberFirst: {
    prefix: '第',
    suffix: '号',
    joiners: ['、', '和', '及', '以及', '与'],
    commas: [',', '，'],
    topicOpeners: ['关于', '题为'],
    topicClose: '的',
    beforeKeyword: ['中', '所'],
    its: '其',
    inIts: '在其',
    adopted: '通过的',
    adoptedLead: '中',
    titleOpen: '《',
    stops: '，。；',
  },
  keywordFirst: null,
  numberForms: {
    letter: '[A-Z]',
    oldJoiners: '和|至|-|–',
    newJoiner: String.raw`\s?(?:和|至)\s?[A-Z]`,
    sessions: '',
    words: [
      [/和/g, ' and '],
      [/至/g, ' to '],
    ],
  },
  commissionShort: [],
  alphabetic: false,
  verbs: [
    { forms: ['回顾'], relation: 'RECALLS' },
    { forms: ['重申'], relation: 'REAFFIRMS' },
    { forms: ['欢迎', '欣见', '欣悉'], relation: 'WELCOMES' },
    { forms: ['表示注意到', '注意到'], relation: 'TAKES_NOTE' },
    {
      forms: [
        '确认', '肯定', '铭记', '遵循', '核可', '决定', '请', '吁请', '促请', '敦促', '鼓励', '邀请', '强调指出', '强调', '深为关切',
        '严重关切', '关切', '表示关切', '表示深切关注', '申明', '承认', '认识到', '意识到', '考虑到', '深信', '赞扬', '支持', '呼吁',
        '要求', '谴责', '核准', '认可', '表示赞赏', '感谢', '赞赏', '同意', '宣布', '指出', '坚信', '相信', '震惊', '深感震惊', '依照',
        '根据', '审议了', '审议', '收到', '忆及', '提醒', '着重指出', '重视', '注意', '授权', '敦请', '再次呼吁', '表示遗憾', '痛惜',
      ],
      relation: 'CITES',
    },
  ],
  // 根据, 注意 … also begin phrases inside a clause ("根据…的规定"): only the other verbs start a new one
  startsClause: (form) => !['根据', '依照', '宣布', '注意', '指出', '同意', '相信', '审议', '收到', '请', '通过', '支持', '要求', '感谢', '赞赏', '重视'].includes(form),
  shortFormNotBefore: '',
  subjectsBefore: ['我们'],
  qualifiersBefore: ['又', '还', '并', '再次', '也', '进一步', '特别', '亦'],
  qualifiersAfter: [],
  mannerBefore: ['赞赏地', '满意地', '感兴趣地', '关切地', '严重关切地', '深为关切地', '欣慰地', '遗憾地'],
  wrapper: '表示',
  clauseJoiners: ['并', '并且', '同时', '并在这方面', '在这方面', '并为此', '为此', '并在此方面'],
  bodies: [
    { body: 'HRC', names: ['人权理事会'] },
    { body: 'SC', names: ['安全理事会', '安理会'] },
    { body: 'ECOSOC', names: ['经济及社会理事会', '经社理事会'] },
    { body: 'CHR', names: ['人权委员会'] },
    { body: 'StatCom', names: ['统计委员会'] },
    { body: 'CSocD', names: ['社会发展委员会'] },
    { body: 'CSW', names: ['妇女地位委员会'] },
    { body: 'CND', names: ['麻醉药品委员会'] },
    { body: 'CPD', names: ['人口与发展委员会'] },
    { body: 'CCPCJ', names: ['预防犯罪和刑事司法委员会'] },
    { body: 'CSD', names: ['可持续发展委员会'] },
    { body: 'GA', names: ['联合国大会', '大会'] },
  ],
  foreignBodies: ['拉丁美洲和加勒比经济委员会', '非洲经济委员会', '欧洲经济委员会', '亚洲及太平洋经济社会委员会', '西亚经济社会委员会', '世界卫生大会', '卫生大会', '环境大会', '缔约方大会', '缔约方会议', '缔约方', '卫生', '缔约国', '成员国', '执行局', '理事机构', '小组委员会'],
  foreignBeforeOnly: [],
  foreignNameTail: '',
  foreignAfterLead: '',
  listJoiners: ['以及', '和', '及'],
  article: null,
  unlistedVerb: null,
  councilShort: ['理事会'],
  assemblyShort: [],
  resolutionWords: ['决议'],
  decisionWords: ['决定'],
  listLeads: [],
  numberLocators: [],
  its: ['其', '它的'],
  months: {},
  datePattern: '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)',
  openingPattern: /^\s*(大会|人权理事会|安全理事会|经济及社会理事会|人权委员会)\s*[，,]\s*$/,
  draftOpening: /决议草案[^：:；;]{0,100}?[：:]\s*(?:(?:[^：:；;]{0,100}?)?(大会|经济及社会理事会|人权理事会)[，,]|$)/,
  ordinal: chineseNumber,
  chapterNumeral: (written) => toRoman(chineseNumber(written) ?? 0),
  dateOf: chineseDate,
  paragraphs: {
    operative: /^(\d{1,3})\s*\.\s*(?=\S)/,
    sub: /^\(\s*([a-z]{1,2}|[ivxl]{1,6})\s*\)\s*(?=\S)/,
    terminal: /[,;.:，；。：]$/,
    continuation: /^[a-z]/,
  },
  wordSeparator: '',
  header: {
    adoptedBy: /(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?<body>大会|人权理事会|安全理事会|经济及社会理事会|人权委员会)(?:通过的)?(?<kind>决议|决定)/,
    basedOnParagraph: /[,，]?\s*第\s*(\d+)/,
    councilAdoption: /(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*安全理事会第\s*(?<meeting>\d+)\s*次会议通过/,
    councilTitles: [/^\s*第\s*(?<number>\d{1,4})\s*\((?<year>\d{4})\)\s*号决议/],
    session: /第\s*([一二三四五六七八九十]+)\s*届(特别|紧急特别)?会议/,
    agendaItem: /议程项目\s*(\d+\s*(?:\(\s*[a-z]\s*\))?)/,
    basedOn: /\[\s*(?:根据[^\]]*?(?:报告|建议)|未交主要委员会)\s*\(([^)\]]+)\)\s*(?:通过)?\s*\]/,
    meeting: /第\s*(\d{1,4})\s*次(全体)?会议/,
    titleLine: /^\s*((?:(?:S|ES)-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z])?)\.\s*(\S.*)$/,
  },
  officialRecords: /正式记录|补编第|决议和决定/,
  compilation: /决议和决定/,
  ibid: /^\s*(?:见)?同上/,
  treatySeries: /《?条约汇编》?\s*[，,]\s*第\s*(\d{1,5})\s*卷\s*[，,]\s*第\s*(\d{1,6})\s*号/,
  locator: /第\s*([一二三四五六七八九十]+)\s*章(?:\s*[，,]\s*([A-Z])\s*节)?/,
  adoptionCue: /其中(?:大会|人权理事会|安全理事会)?(?:通过|宣布)了?/g,
  instrumentModifierBefore: null,
  instrumentModifierAfter: /^\s*(?:所有|各)?\s*(?:缔约方|缔约国|签署国|现况|第\s*[一二三四五六七八九十百零\d]+\s*条|通过|所涉|生效|周年|议定书|任择议定书|的(?!\s*重要性))/,
  hyphenatedPrefixes: [],
  footnoteMarkers: LATIN_FOOTNOTE_MARKERS,
  punctuation: EN_ZH_PUNCTUATION,
  participle: /^[a-z]\w*ing$/,
  selfReference: /本决议/,
  relativeClause: null,
};
