// Stage 1 — read: a file (or bytes) to the source texts of the documents in it. The format is
// told from the content (formats/index.ts); every reason a file cannot be used becomes an
// ExtractError with a clear message, and nothing of a file is used when any of it fails.
import { readdir } from 'node:fs/promises';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ExtractError } from './errors.ts';
import type { SourceText } from './models.ts';
import { DOCUMENT_EXTENSIONS, MAX_FILE_BYTES, detectFormat } from './formats/index.ts';

export { DOCUMENT_EXTENSIONS, MAX_FILE_BYTES } from './formats/index.ts';
export { decodeText } from './formats/text.ts';

const HEAD_BYTES = 4096;

/** Reads the documents of a file already in memory. `file` names it in messages and tells text from Markdown. */
export async function readSourceBytes(bytes: Uint8Array, file: string | null = null): Promise<SourceText[]> {
  if (bytes.length === 0) throw new ExtractError('empty', 'empty file');
  const entry = detectFormat(bytes.subarray(0, HEAD_BYTES), file);
  if (bytes.length > entry.maxBytes) throw tooLarge(bytes.length, entry.maxBytes, entry.name);
  const rendered = await entry.read(bytes);
  return rendered.documents.map((d) => ({
    file,
    text: rendered.text,
    format: entry.format,
    range: d.range,
    metadata: d.metadata,
    paragraphsExplicit: entry.format !== 'text' && entry.format !== 'markdown',
    structure: d.structure ?? null,
  }));
}

const cannotRead = (e: unknown) => new ExtractError('unreadable', `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
const tooLarge = (size: number, limit: number, name: string) =>
  new ExtractError('too-large', `file too large: ${size} bytes (limit ${limit} bytes for ${name})`);

/** Reads one file; refuses anything that is not a regular, readable, reasonably sized document. */
export async function readSource(path: string): Promise<SourceText[]> {
  return readSourceBytes(readDocumentFile(path), path);
}

/**
 * A document file's bytes. Read synchronously: the callers are worker threads and the command's
 * own thread, which have nothing else to do meanwhile, and each await of the file system was a
 * hop through libuv's thread pool — five of them a file left a worker idle a fifth of its time.
 * The file is opened first and looked at through its descriptor: a `stat` of the path looked the
 * path up a second time, a twentieth of a small file's extraction. Opened without blocking, so
 * that a FIFO is refused rather than waited on.
 */
function readDocumentFile(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw whyNotOpened(path, e);
  }
  try {
    const info = fstatSync(fd);
    const notAFile = notARegularFile(info);
    if (notAFile) throw notAFile;
    if (info.size === 0) throw new ExtractError('empty', 'empty file');
    // The first bytes tell the format and so the size limit: a huge file is refused unread. They
    // are read into the buffer of the whole file (a file above every limit gets one of its head
    // only), and most text files are whole in them.
    const buffer = Buffer.allocUnsafe(info.size <= MAX_FILE_BYTES ? info.size + 1 : HEAD_BYTES);
    const asked = Math.min(HEAD_BYTES, buffer.length);
    const head = readSync(fd, buffer, 0, asked, 0);
    const entry = detectFormat(buffer.subarray(0, head), path);
    if (info.size > entry.maxBytes) throw tooLarge(info.size, entry.maxBytes, entry.name);
    return readRest(fd, buffer, head, asked);
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw cannotRead(e);
  } finally {
    closeSync(fd);
  }
}

/** Why a path could not be opened, as precisely as the path itself tells (a socket cannot be opened at all). */
function whyNotOpened(path: string, error: unknown): ExtractError {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    let isLink = false;
    try {
      isLink = lstatSync(path).isSymbolicLink();
    } catch {}
    return new ExtractError('unreadable', isLink ? 'dangling symbolic link' : 'no such file');
  }
  let info: Stats | undefined;
  try {
    info = statSync(path);
  } catch {}
  return (info && notARegularFile(info)) ?? cannotRead(error);
}

/** Why a file that is not a regular one is no document; null for a regular file. */
function notARegularFile(info: Stats): ExtractError | null {
  if (info.isDirectory()) return new ExtractError('not-a-file', 'is a directory');
  if (!info.isFile()) return new ExtractError('not-a-file', 'not a regular file (FIFO, socket or device)');
  return null;
}

/**
 * The rest of a file whose first `length` bytes are in `buffer`, the last read having asked for
 * bytes up to `askedUpTo`. The buffer has a byte more than the file had when it was looked at: a
 * read that fills it tells a file that grew; one that stops short of what it asked is at the end
 * (a regular file's read is short only there), so a small file takes one read, not three.
 */
function readRest(fd: number, buffer: Buffer, length: number, askedUpTo: number): Buffer {
  for (;;) {
    if (length < askedUpTo) return buffer.subarray(0, length);
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    askedUpTo = buffer.length;
    const n = readSync(fd, buffer, length, buffer.length - length, length);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

/**
 * Walks the document files under a directory (recursively, hidden entries skipped) one at a
 * time, in sorted order, so that `citegraph extract DIR` prints the same order on every file
 * system. One directory's names are held at a time (never the tree's): memory follows the
 * largest single folder, not the corpus. Entries that cannot be listed go to `problem`.
 */
export async function* walkDocumentFiles(dir: string, problem: (entry: { file: string; reason: string }) => void): AsyncGenerator<string> {
  const wanted = (name: string) => DOCUMENT_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x));
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problem({ file: dir, reason: `cannot list directory: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walkDocumentFiles(p, problem);
    // symlinks, FIFOs, sockets: let readSource tell what is wrong (or follow a good link)
    else if (wanted(e.name) || (!e.isFile() && e.isSymbolicLink())) yield p;
  }
}

/** A directory's document files, as walkDocumentFiles gives them; a directory that holds none, and had nothing wrong in it, is a problem too. */
export async function* documentFilesUnder(dir: string, problem: (entry: { file: string; reason: string }) => void): AsyncGenerator<string> {
  let found = false;
  let problems = 0;
  for await (const file of walkDocumentFiles(dir, (p) => (problems++, problem(p)))) {
    found = true;
    yield file;
  }
  if (!found && problems === 0) problem({ file: dir, reason: `the directory holds no document file (${DOCUMENT_EXTENSIONS.map((e) => `*${e}`).join(', ')})` });
}

/** The walk's files and problems as lists, for a caller that wants them whole (a test, a small folder). */
export async function listDocumentFiles(dir: string): Promise<{ files: string[]; problems: { file: string; reason: string }[] }> {
  const files: string[] = [];
  const problems: { file: string; reason: string }[] = [];
  for await (const file of walkDocumentFiles(dir, (p) => problems.push(p))) files.push(file);
  return { files, problems };
}
