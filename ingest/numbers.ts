// Number and date forms shared by the stages: English ordinal words, Chinese
// numerals, Roman numerals, dates in both languages.
import type { Language } from './models.ts';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** "Seventy-sixth" → 76, "first" → 1; null if not an ordinal word. */
export function englishOrdinal(word: string): number | null {
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
void UNITS;

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

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date in a text, as ISO 8601, in the given language's forms (or already ISO). */
export function parseDate(text: string, lang: Language): string | null {
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (lang === 'en') {
    const e = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i.exec(text);
    if (e) return iso(Number(e[3]), MONTHS.indexOf(e[2]!.toLowerCase()) + 1, Number(e[1]));
  } else {
    const z = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
    if (z) return iso(Number(z[1]), Number(z[2]), Number(z[3]));
    const zc = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/.exec(text);
    if (zc) return iso(chineseNumber(zc[1]!)!, chineseNumber(zc[2]!)!, chineseNumber(zc[3]!)!);
  }
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = null;
  return null;
}
