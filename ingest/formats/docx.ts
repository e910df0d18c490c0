// Word .docx → HTML with mammoth (footnotes become a notes list linked from their markers) →
// the HTML reader. Page headers and footers are not part of mammoth's output, which is right:
// they are page furniture.
import mammoth from 'mammoth';
import { ExtractError } from '../errors.ts';
import { readHtml } from './html.ts';
import type { Rendered } from './render.ts';

export async function readDocx(bytes: Uint8Array): Promise<Rendered> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    const why = (error as Error).message ?? String(error);
    if (/main document part|word\/document\.xml/i.test(why)) throw new ExtractError('unsupported-format', 'a zip archive but not a Word document (no word/document.xml)');
    throw new ExtractError('damaged', `damaged Word (.docx) file: ${why.split('\n')[0]}`);
  }
  return readHtml(html);
}
