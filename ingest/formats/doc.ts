// Legacy Word 97–2003 .doc → the rendered text, with word-extractor. Word marks each
// auto-numbered footnote reference with the control character U+0002, in the body at the
// marker and at the start of each footnote; word-extractor deletes it. We keep it, as a
// private-use character, by wrapping the library's own clean-up before it is first loaded —
// so the n-th mark in the body binds to the n-th footnote, exactly.
import { createRequire } from 'node:module';
import { ExtractError } from '../errors.ts';
import { TextRenderer, marker, oneLine, type Rendered } from './render.ts';

const require = createRequire(import.meta.url);
const NOTE_MARK = '\ue000';

type Filters = { clean: (s: string) => string };
const filters = require('word-extractor/lib/filters') as Filters;
const cleanAsShipped = filters.clean;
filters.clean = (s: string) => cleanAsShipped(s.replace(/\u0002/g, NOTE_MARK));

type WordDocument = { getBody(): string; getFootnotes(): string; getEndnotes(): string };
const WordExtractor = require('word-extractor') as new () => { extract(input: Buffer): Promise<WordDocument> };

/** Splits notes text at the marks: the n-th piece is footnote n. */
function notesOf(text: string): string[] {
  return text.split(NOTE_MARK).slice(1).map(oneLine);
}

export async function readDoc(bytes: Uint8Array): Promise<Rendered> {
  let doc: WordDocument;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    const why = (error as Error).message ?? String(error);
    if (/encrypt|password/i.test(why)) throw new ExtractError('encrypted', 'encrypted Word document: a password is needed');
    throw new ExtractError('damaged', `damaged or unsupported Word 97–2003 (.doc) file: ${why.split('\n')[0]}`);
  }
  const out = new TextRenderer().beginDocument();
  let number = 0;
  for (const paragraph of doc.getBody().split(/\n+/)) {
    out.paragraph(paragraph.replace(new RegExp(NOTE_MARK, 'g'), () => marker(String(++number))));
  }
  notesOf(doc.getFootnotes()).forEach((text, i) => out.footnote(String(i + 1), text));
  const rendered = out.endDocument(null).finish();
  if (!rendered.text.trim()) throw new ExtractError('empty', 'Word document with no text');
  return rendered;
}
