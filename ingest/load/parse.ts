// read → … → resolve for one file, as the ingest command needs it: the records of the
// documents in it, each with a hash of its text (to tell a changed text from the same one), or
// the reason the file failed. A file is used whole or not at all. For a bulk load, the same
// records turned into spool facts where they were parsed.
import { readSource } from '../read.ts';
import { extractSource } from '../extract.ts';
import { contentHash } from './graph-batch.ts';
import type { ExtractRecord, Language } from '../models.ts';
import { spoolFacts, tallyRecords, type RecordTally, type SpooledFacts } from '../bulk/spool.ts';

export type IngestRecord = ExtractRecord & { symbol: string; hash: string };

export type ParseOutcome = { file: string; ok: true; records: IngestRecord[] } | { file: string; ok: false; reason: string };

export async function parseForIngest(file: string, lang?: Language): Promise<ParseOutcome> {
  try {
    const records: IngestRecord[] = [];
    for (const source of await readSource(file)) {
      const record = extractSource(source, lang ?? null);
      if (!record.symbol) {
        return { file, ok: false, reason: 'the document symbol could not be told (no metadata, title line, front-matter symbol, printed symbol or symbol-like file name)' };
      }
      records.push({ ...record, symbol: record.symbol, hash: contentHash(source.text.slice(source.range[0], source.range[1])) });
    }
    return { file, ok: true, records };
  } catch (error) {
    return { file, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A file parsed for `ingest --bulk`: its fact lines and a tally of its records instead of the records (the worker makes them; the main thread only appends). */
export type SpoolOutcome = { file: string; ok: true; facts: SpooledFacts; tally: RecordTally } | { file: string; ok: false; reason: string };

export async function spoolForIngest(file: string, lang?: Language): Promise<SpoolOutcome> {
  const parsed = await parseForIngest(file, lang);
  if (!parsed.ok) return parsed;
  try {
    return { file, ok: true, facts: spoolFacts(parsed.records), tally: tallyRecords(parsed.records) };
  } catch (error) {
    return { file, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
