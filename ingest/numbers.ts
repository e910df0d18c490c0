// Number and date forms every language shares: Roman numerals and ISO dates. The words a
// language writes numbers and dates in are its table's (ingest/languages/).

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
/** Arabic-Indic and Eastern Arabic-Indic digits ("٦٠/٢٥١") as ASCII ("60/251"), one character for one: offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as ISO 8601, or null where it cannot be one of a UN document (before 1945 or after 2100). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date already written as ISO 8601 in a text. */
export function isoDateIn(text: string): string | null {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
