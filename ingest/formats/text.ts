// Plain text and Markdown: the bytes are the text. Refuses empty, binary and invalid UTF-8
// input, each with a message that says which.
import { ExtractError } from '../errors.ts';

/** Decodes bytes as UTF-8 text, refusing empty, binary and invalid input. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ExtractError('empty', 'empty file');
  const probe = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < probe; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new ExtractError('binary', `binary file (NUL byte at offset ${i}), not text`);
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  if (controls > probe / 20) throw new ExtractError('binary', 'binary file (control characters), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractError('encoding', `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // keep offsets: the BOM becomes a space
  if (text.trim() === '') throw new ExtractError('empty', 'empty file (only white space)');
  return text;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
