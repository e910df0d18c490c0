// Stage 1 — read: bytes from a file (or a buffer) to checked text. Every
// reason a file cannot be used becomes an ExtractError with a clear message.
import { open, stat, readdir, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExtractError, type SourceText } from './models.ts';

/** Largest document accepted. A resolution is at most a few hundred kilobytes. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** Decodes bytes as UTF-8 text, refusing empty, binary and invalid input. */
export function decodeText(bytes: Uint8Array, file: string | null = null): SourceText {
  if (bytes.length === 0) throw new ExtractError('empty', 'empty file');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new ExtractError('too-large', `file too large: ${bytes.length} bytes (limit ${MAX_DOCUMENT_BYTES} bytes per document)`);
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
  return { file, text };
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

/** Reads one document file; refuses anything that is not a regular, readable, reasonably sized text file. */
export async function readDocumentFile(path: string): Promise<SourceText> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const isLink = await lstat(path).then((l) => l.isSymbolicLink(), () => false);
      throw new ExtractError('unreadable', isLink ? 'dangling symbolic link' : 'no such file');
    }
    throw new ExtractError('unreadable', `cannot read: ${code ?? String(e)}`);
  }
  if (info.isDirectory()) throw new ExtractError('not-a-file', 'is a directory');
  if (!info.isFile()) throw new ExtractError('not-a-file', 'not a regular file (FIFO, socket or device)');
  if (info.size > MAX_DOCUMENT_BYTES) throw new ExtractError('too-large', `file too large: ${info.size} bytes (limit ${MAX_DOCUMENT_BYTES} bytes per document)`);
  let bytes: Uint8Array;
  try {
    const fh = await open(path, 'r');
    try {
      bytes = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new ExtractError('unreadable', `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return decodeText(bytes, path);
}

/** Extensions taken from a directory. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown'];

/**
 * Lists the document files under a directory (recursively, sorted, hidden entries skipped).
 * Entries that cannot be listed or are not regular files come back as problems, not exceptions.
 */
export async function listDocumentFiles(dir: string): Promise<{ files: string[]; problems: { file: string; reason: string }[] }> {
  const files: string[] = [];
  const problems: { file: string; reason: string }[] = [];
  async function walk(d: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: d, reason: `cannot list directory: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        if (DOCUMENT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) files.push(p);
      } else if (DOCUMENT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)) || e.isSymbolicLink()) {
        // symlinks, FIFOs, sockets: let readDocumentFile tell what is wrong (or follow a good link)
        files.push(p);
      }
    }
  }
  await walk(dir);
  return { files, problems };
}
