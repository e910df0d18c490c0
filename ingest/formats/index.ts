// The formats citegraph reads, as a table: how each is recognised from its first bytes (not
// from its name), which file extensions it goes by, how large a file of it may be, and its
// reader. Adding a format is adding a row and its reader. Readers are imported when a file of
// their format first comes: the PDF and Word libraries cost a text-only run 0.2–0.6 s of start.
import { extname } from 'node:path';
import { ExtractError } from '../errors.ts';
import type { Format } from '../models.ts';
import { decodeText } from './text.ts';
import type { Rendered } from './render.ts';

export type { Rendered, RenderedDocument } from './render.ts';

export interface FormatEntry {
  format: Format;
  /** What the user calls it, in messages. */
  name: string;
  extensions: string[];
  /** Largest file read (a resolution is tens to hundreds of kilobytes; reports run to a few megabytes). */
  maxBytes: number;
  /** Recognises the format from the first bytes of a file (decoded as Latin-1 for the binary signatures). */
  sniff(head: string): boolean;
  /** The reader: the file's bytes to the rendered text (or, for text, the text itself). */
  read(bytes: Uint8Array): Rendered | Promise<Rendered>;
}

const MB = 1024 * 1024;

/** A reader's module, imported once: `import()` resolves the specifier again at every call. */
const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
};
const pdf = once(() => import('./pdf.ts'));
const docx = once(() => import('./docx.ts'));
const doc = once(() => import('./doc.ts'));
const html = once(() => import('./html.ts'));
const akn = once(() => import('./akn.ts'));
const PDF_SIGNATURE = /^(?:\ufeff|\s){0,16}%PDF-/; // a few bytes of junk before the header are tolerated, as readers do
const ZIP_SIGNATURE = /^PK\x03\x04/;
const OLE_SIGNATURE = /^\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1/;
const XML_START = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<\?xml\b|<(?:[\w-]+:)?akomaNtoso\b)/;
const HTML_START = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b/i;

const asText = (bytes: Uint8Array): Rendered => {
  const text = decodeText(bytes);
  return { text, documents: [{ range: [0, text.length], metadata: null }] };
};

/** In the order they are tried: binary signatures first, then markup, then text. */
export const FORMAT_TABLE: readonly FormatEntry[] = [
  { format: 'pdf', name: 'PDF', extensions: ['.pdf'], maxBytes: 64 * MB, sniff: (h) => PDF_SIGNATURE.test(h), read: async (b) => (await pdf()).readPdf(b) },
  { format: 'docx', name: 'Word (.docx)', extensions: ['.docx'], maxBytes: 32 * MB, sniff: (h) => ZIP_SIGNATURE.test(h), read: async (b) => (await docx()).readDocx(b) },
  { format: 'doc', name: 'Word 97–2003 (.doc)', extensions: ['.doc'], maxBytes: 32 * MB, sniff: (h) => OLE_SIGNATURE.test(h), read: async (b) => (await doc()).readDoc(b) },
  { format: 'html', name: 'HTML', extensions: ['.html', '.htm', '.xhtml'], maxBytes: 16 * MB, sniff: (h) => HTML_START.test(h), read: async (b) => (await html()).readHtml(decodeText(b)) },
  { format: 'akn', name: 'Akoma Ntoso XML', extensions: ['.xml', '.akn'], maxBytes: 32 * MB, sniff: (h) => XML_START.test(h), read: (b) => readXml(decodeText(b)) },
  { format: 'markdown', name: 'Markdown', extensions: ['.md', '.markdown'], maxBytes: 8 * MB, sniff: () => false, read: asText },
  { format: 'text', name: 'text', extensions: ['.txt'], maxBytes: 8 * MB, sniff: () => false, read: asText },
];

/** Every extension a directory listing picks up. */
export const DOCUMENT_EXTENSIONS = FORMAT_TABLE.flatMap((f) => f.extensions);

/** Largest file of any format: a larger one is refused before anything is read. */
export const MAX_FILE_BYTES = Math.max(...FORMAT_TABLE.map((f) => f.maxBytes));

async function readXml(xml: string): Promise<Rendered> {
  const { isAkomaNtoso, readAkn } = await akn();
  if (!isAkomaNtoso(xml.slice(0, 4096))) {
    const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1];
    if (root && /^(?:[\w-]+:)?html$/i.test(root)) return (await html()).readHtml(xml);
    throw new ExtractError('unsupported-format', `XML but not Akoma Ntoso (root element <${root ?? '?'}>)`);
  }
  return readAkn(xml);
}

/**
 * Tells the format of a file from its first bytes; the extension decides only between
 * text and Markdown, or names what a file was expected to be when its content is not that.
 */
export function detectFormat(head: Uint8Array, file: string | null): FormatEntry {
  const latin1 = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const byContent = FORMAT_TABLE.find((f) => f.sniff(latin1));
  if (byContent) return byContent;
  const ext = file ? extname(file).toLowerCase() : '';
  const byName = FORMAT_TABLE.find((f) => f.extensions.includes(ext));
  if (byName && (byName.format === 'pdf' || byName.format === 'docx' || byName.format === 'doc')) {
    const what = byName.format === 'pdf' ? 'no %PDF- header' : byName.format === 'docx' ? 'not a zip archive' : 'not an OLE compound file';
    throw new ExtractError('damaged', `not a ${byName.name} file: ${what}`);
  }
  // Markup named by its extension whose start was not recognised: its reader says what is wrong.
  return byName ?? FORMAT_TABLE.find((f) => f.format === 'text')!;
}
