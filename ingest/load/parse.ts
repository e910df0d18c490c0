// read → … → resolve for one file, as the ingest command needs it: the record, a hash of
// the text (to tell a changed text from the same one), or the reason the file failed.
import { readDocumentFile } from '../read.ts';
import { extractDocument } from '../extract.ts';
import { contentHash } from './graph-batch.ts';
import type { ExtractRecord, Language } from '../models.ts';

export type ParseOutcome =
  | { file: string; ok: true; record: ExtractRecord & { symbol: string; hash: string } }
  | { file: string; ok: false; reason: string };

export async function parseForIngest(file: string, lang?: Language): Promise<ParseOutcome> {
  try {
    const source = await readDocumentFile(file);
    const record = extractDocument(source.text, { file, lang });
    if (!record.symbol) {
      return { file, ok: false, reason: 'the document symbol could not be told (no title line, front-matter symbol, printed symbol or symbol-like file name)' };
    }
    return { file, ok: true, record: { ...record, symbol: record.symbol, hash: contentHash(source.text) } };
  } catch (error) {
    return { file, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
