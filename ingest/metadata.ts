// Bulk metadata for documents the graph knows only as cited: titles and dates from catalogue
// files, so that a stub can be recognised and ranked in time. The formats read are a table of
// their columns; rows stream from the file (plain or Brotli-compressed), so a file of any size
// is read in constant memory.
import { OFFICIAL_LANGUAGES } from './vocabulary.ts';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { basename } from 'node:path';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { ExtractError } from './errors.ts';
import { normalizeDocumentSymbol } from './symbols.ts';

/** One document's metadata, as the graph stores it. */
export const metadataRowSchema = z.object({
  symbol: z.string(),
  title: z.string().nullable(),
  /** The language of the title. */
  language: z.enum(OFFICIAL_LANGUAGES),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  meetingRecord: z.string().nullable(),
  committeeReport: z.string().nullable(),
  agenda: z.string().nullable(),
  catalogueUrl: z.string().nullable(),
});
export type MetadataRow = z.infer<typeof metadataRowSchema>;

const MISSING = new Set(['', 'N/A', 'NA', 'null', '-']);
const value = (s: string | undefined) => (s === undefined || MISSING.has(s.trim()) ? null : s.trim());
const isoDate = (s: string | undefined) => {
  const v = value(s);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
};

interface MetadataFormat {
  name: string;
  /** Columns whose presence in the header tells the format. */
  columns: string[];
  toRow(record: Record<string, string>, language: MetadataRow['language']): Omit<MetadataRow, 'symbol'> & { symbol: string | null };
}

/** The Digital Library's catalogue titles end with what the record is: not part of the title. */
const CATALOGUE_SUFFIX = /\s*:\s*(?:resolution|decision)\s*\/\s*adopted by the [\w\s]+?$/i;

export const METADATA_FORMATS: readonly MetadataFormat[] = [
  {
    // UN Digital Library voting records: undl_record, symbol, title, vote_date, meeting_record, committee_report, agenda, n_votes, url
    name: 'UN Digital Library voting records',
    columns: ['undl_record', 'symbol', 'title', 'vote_date'],
    toRow: (r) => ({
      symbol: value(r.symbol),
      title: value(r.title)?.replace(CATALOGUE_SUFFIX, '') ?? null,
      language: 'en',
      date: isoDate(r.vote_date),
      meetingRecord: value(r.meeting_record),
      committeeReport: value(r.committee_report),
      agenda: value(r.agenda),
      catalogueUrl: value(r.url),
    }),
  },
  {
    // symbol,title,date[,body][,language]
    name: 'symbol, title, date',
    columns: ['symbol', 'title', 'date'],
    toRow: (r, language) => ({
      symbol: value(r.symbol),
      title: value(r.title),
      language: (value(r.language) as MetadataRow['language'] | null) ?? language,
      date: isoDate(r.date),
      meetingRecord: null,
      committeeReport: null,
      agenda: null,
      catalogueUrl: null,
    }),
  },
];

export interface MetadataProblem {
  line: number;
  reason: string;
}

/**
 * Reads a metadata file: yields batches of rows with canonical symbols, and reports rows that
 * cannot be used (no symbol, a symbol that is not one) through `problem`.
 */
export async function* readMetadata(
  file: string,
  options: { language?: MetadataRow['language']; batchSize?: number; problem?: (p: MetadataProblem) => void } = {},
): AsyncGenerator<{ format: string; rows: MetadataRow[] }> {
  const parser = parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, relax_column_count: true, skip_empty_lines: true });
  const decompress = /\.br$/i.test(file) ? [createBrotliDecompress()] : /\.gz$/i.test(file) ? [createGunzip()] : [];
  // pipeline, not pipe: a missing file or a broken archive ends the parser with its error
  pipeline([createReadStream(file), ...decompress, parser], () => {});
  let format: MetadataFormat | null = null;
  let batch: MetadataRow[] = [];
  let line = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      line++;
      format ??= METADATA_FORMATS.find((f) => f.columns.every((c) => c in record)) ?? null;
      if (!format) throw new ExtractError('unsupported-format', `${basename(file)}: not a metadata file citegraph reads (columns: ${Object.keys(record).join(', ')}; expected ${METADATA_FORMATS.map((f) => f.columns.join(', ')).join(' or ')})`);
      const row = format.toRow(record, options.language ?? 'en');
      const symbol = row.symbol ? normalizeDocumentSymbol(row.symbol) : null;
      if (!symbol || symbol.includes('[')) {
        // "A/RES/17(I)[RULE-33A]": the catalogue's record of a separate vote on part of a resolution, not a document
        const reason = !row.symbol ? 'no symbol' : /\[[^\]]*\]$/.test(row.symbol) ? `a vote on part of a document, not a document: ${row.symbol}` : `not a document symbol: ${row.symbol}`;
        options.problem?.({ line, reason });
        continue;
      }
      batch.push(metadataRowSchema.parse({ ...row, symbol }));
      if (batch.length >= (options.batchSize ?? 2000)) {
        yield { format: format.name, rows: batch };
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (!format && e.code !== 'ENOENT') throw new ExtractError('unsupported-format', `${basename(file)}: not a metadata file citegraph reads (not CSV; expected ${METADATA_FORMATS.map((f) => f.columns.join(', ')).join(' or ')})`);
    throw new ExtractError(e.code === 'ENOENT' ? 'unreadable' : 'damaged', e.code === 'ENOENT' ? `${file}: no such file` : `${basename(file)}: not readable as CSV at line ${line}: ${e.message}`);
  }
  if (batch.length || format) yield { format: format?.name ?? 'empty', rows: batch };
}
