// bulk, stage 1: extract records → facts keyed by the symbol they are about, spooled to a file
// and sorted on disk, so that stage 2 meets every fact about one symbol together without the
// corpus in memory. A document's language versions may come from files far apart (en/…, zh/…),
// and the documents that cite a stub, publish it or adopt an instrument are anywhere: an
// external sort (GNU sort, stable, so the facts of one symbol keep the order of the files —
// the order the incremental path writes them in) is what groups them in bounded memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { once } from 'node:events';
import { toGraphBatch } from '../load/graph-batch.ts';
import type { IngestableRecord } from '../load/write.ts';
import type { Relation } from '../models.ts';
import type { Fact } from './fold.ts';

const CODES = { version: 'v', touched: 't', cited: 'c', publication: 'p', adoption: 'a', subject: 's' } as const;

/**
 * Subject keywords are spooled under their key behind this mark (no symbol starts with a control
 * character), so that the first document to name one — in the order of the files — gives its
 * node, as write/subjects.cypher's ON CREATE does.
 */
export const SUBJECT_MARK = '\u0001';

/**
 * The fact lines of some records, made where the records are (a parse worker, or the main
 * thread for a few files): the main thread only appends the text, in the order of the files.
 */
export interface SpooledFacts {
  text: string;
  lines: number;
  /** The first and last symbols of the lines ('' when none), and whether the lines are in symbol order. */
  first: string;
  last: string;
  sorted: boolean;
}

/** The facts of records (each one language version of one document), one line each: symbol, a tab, a code, a tab, JSON. */
export function spoolFacts(records: readonly IngestableRecord[]): SpooledFacts {
  const out: SpooledFacts = { text: '', lines: 0, first: '', last: '', sorted: true };
  const line = (symbol: string, code: string, payload: unknown) => {
    if (/[\t\n\r]/.test(symbol)) throw new Error(`a symbol with a tab or a line break: ${JSON.stringify(symbol)}`);
    if (out.lines === 0) out.first = symbol;
    else if (symbol < out.last) out.sorted = false;
    out.last = symbol;
    out.text += `${symbol}\t${code}\t${payload === null ? '' : JSON.stringify(payload)}\n`;
    out.lines++;
  };
  for (const record of records) {
    const batch = toGraphBatch([record]);
    const own = record.symbol;
    const cited = new Set<string>();
    for (const group of batch.documentCitations) for (const c of group.citations) cited.add(c.target);
    line(own, CODES.version, {
      version: batch.versions[0]!,
      documentCitations: batch.documentCitations[0] ?? null,
      instrumentCitations: batch.instrumentCitations[0] ?? null,
      basedOn: batch.basedOn,
      subjects: batch.subjects[0]?.subjects ?? null,
    } satisfies Omit<Extract<Fact, { kind: 'version' }>, 'kind'>);
    // every node the record names, with the base documents up their chains (toGraphBatch's nodes)
    for (const node of batch.nodes) if (node.symbol !== own || cited.has(own)) line(node.symbol, cited.has(node.symbol) ? CODES.cited : CODES.touched, null);
    for (const p of batch.publications) line(p.document, CODES.publication, { publishedIn: p.publishedIn, locator: p.locator ?? null });
    for (const subject of batch.subjects[0]?.subjects ?? []) line(`${SUBJECT_MARK}${subject.key}`, CODES.subject, subject);
    for (const a of batch.adoptions) line(a.document, CODES.adoption, { instrument: a.instrument, treatySeriesVolume: a.treatySeriesVolume, treatySeriesNumber: a.treatySeriesNumber });
  }
  return out;
}

/** What the summary of an ingest needs of a file's records, small enough to send back from a worker instead of the records. */
export interface RecordTally {
  versions: number;
  relations: Partial<Record<Relation, number>>;
  warnings: string[];
}

export function tallyRecords(records: readonly IngestableRecord[]): RecordTally {
  const tally: RecordTally = { versions: records.length, relations: {}, warnings: [] };
  for (const record of records) {
    tally.warnings.push(...record.warnings);
    for (const c of record.citations) tally.relations[c.relation] = (tally.relations[c.relation] ?? 0) + 1;
  }
  return tally;
}

/** One file, extracted and spooled (its key for "unchanged" when it was read from disk). */
export interface SpooledFile {
  file: string;
  key?: string;
  facts: SpooledFacts;
  tally: RecordTally;
}

/** Appends the fact lines made elsewhere to the spool file, in the order they come. */
export class SpoolWriter {
  private readonly out: fs.WriteStream;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;
  lines = 0;
  /** Whether every fact so far came in symbol order (then there is nothing to sort). */
  sorted = true;
  private last = '';

  constructor(readonly file: string) {
    this.out = fs.createWriteStream(file);
  }

  async append(facts: SpooledFacts): Promise<void> {
    if (facts.lines === 0) return;
    if (!facts.sorted || (this.lines > 0 && facts.first < this.last)) this.sorted = false;
    this.last = facts.last;
    this.lines += facts.lines;
    this.buffer.push(facts.text);
    this.size += facts.text.length;
    if (this.size > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(chunk);
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'close');
  }
}

/** About how much spool text one chunk for the fold carries: whole symbol groups, so a chunk may run over. */
export const CHUNK_CHARS = 1 << 20;

/**
 * The spool sorted by symbol (stable: one symbol's facts in the order written), read back raw
 * in chunks of whole symbol groups — no line is parsed here, so the main thread only cuts text
 * and the fold runs on the workers. `sort` runs in the C locale (byte order, fast) with a memory
 * budget and its temporary files beside the spool.
 */
export async function* sortedChunks(spool: string, options: { sorted?: boolean; memory?: string; tmpDir: string; chunkChars?: number }): AsyncGenerator<string> {
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  const child = options.sorted
    ? undefined
    : spawn('sort', ['-s', '-t', '\t', '-k1,1', '-S', options.memory ?? '512M', '--parallel=2', '-T', options.tmpDir, spool], {
        env: { ...process.env, LC_ALL: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let stderr = '';
  child?.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = child ? new Promise<number | null>((resolve, reject) => child.once('close', resolve).once('error', reject)) : Promise.resolve(0);
  const input = child ? child.stdout : fs.createReadStream(spool);
  input.setEncoding('utf8');
  let pending = '';
  // A symbol whose group has run from the start of `pending` up to `floor` at least: the scan
  // back for a cut stops there, so one huge group (a stub cited everywhere) is not rescanned.
  let floor = -1;
  let floorKey = '';
  try {
    for await (const text of input as AsyncIterable<string>) {
      pending += text;
      if (pending.length < chunkChars) continue;
      const end = pending.lastIndexOf('\n') + 1;
      if (end === 0) continue;
      const cut = groupStart(pending, end);
      if (cut === 0) continue;
      yield pending.slice(0, cut);
      pending = pending.slice(cut);
      floor = -1;
    }
    if (pending) yield pending.endsWith('\n') ? pending : `${pending}\n`;
  } finally {
    if (child && child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new Error(`sort failed (exit ${code}): ${stderr.trim()}`);

  /** Where the group of the last whole line before `end` starts (0: the group may go on past `end`). */
  function groupStart(text: string, end: number): number {
    let start = text.lastIndexOf('\n', end - 2) + 1;
    const key = text.slice(start, text.indexOf('\t', start) + 1);
    while (start > 0) {
      if (key === floorKey && start <= floor) {
        start = 0;
        break;
      }
      const previous = text.lastIndexOf('\n', start - 2) + 1;
      if (!text.startsWith(key, previous)) break;
      start = previous;
    }
    if (start === 0) {
      floor = text.lastIndexOf('\n', end - 2) + 1;
      floorKey = key;
    }
    return start;
  }
}

/** The facts of one spool line, past its symbol and tab. */
export function parseFact(rest: string): Fact {
  const code = rest[0];
  const payload = rest.slice(2);
  switch (code) {
    case CODES.touched:
      return { kind: 'touched', cited: false };
    case CODES.cited:
      return { kind: 'touched', cited: true };
    case CODES.version:
      return { kind: 'version', ...JSON.parse(payload) };
    case CODES.publication:
      return { kind: 'publication', ...JSON.parse(payload) };
    case CODES.adoption:
      return { kind: 'adoption', ...JSON.parse(payload) };
    case CODES.subject:
      return { kind: 'subject', subject: JSON.parse(payload) };
    default:
      throw new Error(`a spool line of unknown kind: ${rest.slice(0, 40)}`);
  }
}
