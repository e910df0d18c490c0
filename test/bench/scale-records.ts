// bench:scale's stand-in for extraction: the synthetic corpus generated once, before the clock
// starts, as the records extraction would have given (JSON lines, a few thousand records a
// file); the timed bulk load reads them back on the workers and spools them there, as the parse
// pool's workers extract and spool the files of `ingest --bulk`. Reading JSON back is far
// cheaper than extracting text, so the load from these records is the bulk path's own cost.
import fs from 'node:fs';
import path from 'node:path';
import { spoolFacts, tallyRecords, type SpooledFile } from '../../ingest/bulk/spool.ts';
import type { IngestableRecord } from '../../ingest/load/write.ts';
import { generateRecords } from './synthetic.ts';

/** Records a file of the pre-generated corpus: enough that a message to a worker is worth it. */
export const RECORDS_PER_FILE = 2_000;

/** Writes the synthetic corpus as files of records; returns the files, in corpus order. */
export function writeRecordFiles(dir: string, options: { documents: number; citationsPerDocument: number }): { files: string[]; records: number; citations: number; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  let records = 0;
  let citations = 0;
  let bytes = 0;
  const flush = () => {
    const file = path.join(dir, `records-${String(files.length).padStart(6, '0')}.jsonl`);
    const text = lines.join('');
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
    lines = [];
  };
  for (const record of generateRecords(options)) {
    records++;
    citations += record.citations.length;
    lines.push(`${JSON.stringify(record)}\n`);
    if (lines.length === RECORDS_PER_FILE) flush();
  }
  if (lines.length) flush();
  return { files, records, citations, bytes };
}

/** One file of records → its spool facts, as a parse worker spools an extracted file. */
export function spoolRecordFile(file: string): SpooledFile {
  const records: IngestableRecord[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line) records.push(JSON.parse(line) as IngestableRecord);
  return { file, facts: spoolFacts(records), tally: tallyRecords(records) };
}
