// CSV (RFC 4180) for the recalled-by list and console tables: every field quoted when it
// holds a comma, quote or line break; a leading =, +, - or @ is prefixed with ' so a
// spreadsheet never runs a cell as a formula. A BOM keeps Excel reading UTF-8 (Chinese).
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
