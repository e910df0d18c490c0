// bulk, stage 2 over all cores: a chunk of the sorted spool (whole symbol groups, raw text) is
// parsed, folded and formatted as CSV lines on a worker thread; the main thread only cuts the
// sorted stream into chunks and writes the answers in order. What the fold carries from one
// symbol to the next — instrument nodes written once, the Treaty Series, the counts — each
// chunk hands back, and FoldTotals merges it in chunk order, so the files are the same bytes
// whatever the number of workers (test/unit/bulk-workers.test.ts).
import os from 'node:os';
import { workerEntry } from '../paths.ts';
import { inOrderOnWorkers } from '../worker-pool.ts';
import { formatRows, type FormattedRows } from './csv.ts';
import { Folder, instrumentRow, type Fact, type Row, type TreatySeries } from './fold.ts';
import { parseFact, SUBJECT_MARK } from './spool.ts';

/** A chunk folded: its CSV lines (but instrument nodes), and what spans chunks. */
export interface FoldedChunk {
  csv: FormattedRows;
  /** The instruments the chunk's rows name, in the order of their first mention: only the main thread knows which earlier chunks wrote. */
  instruments: string[];
  /** The Treaty Series references the chunk's adoptions set, in the order of their instruments' first setting (each its last value). */
  treatySeries: TreatySeries[];
  documents: number;
  citedNotIngested: number;
}

export type FoldAnswer = FoldedChunk | { error: string };

/** How far the fold workers may run ahead of the writer, in chunks (about a megabyte each). */
const MAX_AHEAD = 8;

/** Folds a chunk of sorted spool lines (whole symbol groups). */
export function foldChunk(text: string): FoldedChunk {
  const folder = new Folder();
  const instruments: string[] = [];
  const csv: FormattedRows = {};
  const rows: Row[] = [];
  const flush = (symbol: string, facts: Fact[]) => {
    for (const row of symbol.startsWith(SUBJECT_MARK) ? folder.subject(facts) : folder.fold(symbol, facts)) {
      if (row.file === 'instruments') instruments.push(String(row.values.key));
      else rows.push(row);
    }
  };
  let symbol: string | undefined;
  let facts: Fact[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    const key = text.slice(start, tab);
    if (key !== symbol) {
      if (symbol !== undefined) flush(symbol, facts);
      symbol = key;
      facts = [];
    }
    facts.push(parseFact(text.slice(tab + 1, end)));
    start = end + 1;
  }
  if (symbol !== undefined) flush(symbol, facts);
  formatRows(rows, csv);
  return { csv, instruments, treatySeries: [...folder.treatySeries.values()], documents: folder.documents, citedNotIngested: folder.citedNotIngested };
}

/** What the fold of the whole corpus carries across chunks, merged in chunk order. */
export class FoldTotals {
  private readonly instruments = new Set<string>();
  /** The Treaty Series reference the last adoption gave each instrument: applied after the gazetteer, as the incremental path's adoptions come after it. */
  readonly treatySeries = new Map<string, TreatySeries>();
  documents = 0;
  citedNotIngested = 0;

  /** A chunk's CSV lines, with the instrument nodes no earlier chunk wrote. */
  merge(chunk: FoldedChunk): FormattedRows {
    this.documents += chunk.documents;
    this.citedNotIngested += chunk.citedNotIngested;
    // Map.set keeps a key where it first came: the order of the whole corpus, as one Folder would keep it
    for (const t of chunk.treatySeries) this.treatySeries.set(t.instrument, t);
    const fresh: Row[] = [];
    for (const key of chunk.instruments) {
      if (this.instruments.has(key)) continue;
      this.instruments.add(key);
      fresh.push(instrumentRow(key));
    }
    return fresh.length ? formatRows(fresh, chunk.csv) : chunk.csv;
  }
}

/** Folds the chunks on up to `workers` threads (0: in this thread), answers in chunk order. */
export async function* foldChunks(chunks: AsyncIterable<string>, options: { workers?: number } = {}): AsyncGenerator<FoldedChunk> {
  const workers = options.workers ?? os.availableParallelism();
  if (workers <= 0) {
    for await (const chunk of chunks) yield foldChunk(chunk);
    return;
  }
  const answers = inOrderOnWorkers<string, FoldAnswer>(chunks, {
    entry: workerEntry('fold-worker', import.meta.url),
    workers,
    maxAhead: MAX_AHEAD,
    crashed: (_chunk, error) => ({ error: `fold worker crashed: ${error.message}` }),
  });
  for await (const answer of answers) {
    // a chunk lost would be a graph missing nodes: the load stops instead
    if ('error' in answer) throw new Error(answer.error);
    yield answer;
  }
}
