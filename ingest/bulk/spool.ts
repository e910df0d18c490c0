// bulk, stage 1: extract records → facts keyed by the symbol they are about, spooled to a file
// and sorted on disk, so that stage 2 meets every fact about one symbol together without the
// corpus in memory. A document's language versions may come from files far apart (en/…, zh/…),
// and the documents that cite a stub, publish it or adopt an instrument are anywhere: an
// external sort (GNU sort, stable, so the facts of one symbol keep the order of the files —
// the order the incremental path writes them in) is what groups them in bounded memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';
import { toGraphBatch } from '../load/graph-batch.ts';
import type { IngestableRecord } from '../load/write.ts';
import type { Fact } from './fold.ts';

const CODES = { version: 'v', touched: 't', cited: 'c', publication: 'p', adoption: 'a', subject: 's' } as const;

/**
 * Subject keywords are spooled under their key behind this mark (no symbol starts with a control
 * character), so that the first document to name one — in the order of the files — gives its
 * node, as write/subjects.cypher's ON CREATE does.
 */
export const SUBJECT_MARK = '\u0001';

/** Appends facts to the spool file, one line each: symbol, a tab, a code, a tab, JSON. */
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

  /** The facts of one record (one language version of one document). */
  async add(record: IngestableRecord): Promise<void> {
    const batch = toGraphBatch([record]);
    const own = record.symbol;
    const cited = new Set<string>();
    for (const group of batch.documentCitations) for (const c of group.citations) cited.add(c.target);
    this.line(own, CODES.version, {
      version: batch.versions[0]!,
      documentCitations: batch.documentCitations[0] ?? null,
      instrumentCitations: batch.instrumentCitations[0] ?? null,
      basedOn: batch.basedOn,
      subjects: batch.subjects[0]?.subjects ?? null,
    } satisfies Omit<Extract<Fact, { kind: 'version' }>, 'kind'>);
    // every node the record names, with the base documents up their chains (toGraphBatch's nodes)
    for (const node of batch.nodes) if (node.symbol !== own || cited.has(own)) this.line(node.symbol, cited.has(node.symbol) ? CODES.cited : CODES.touched, null);
    for (const p of batch.publications) this.line(p.document, CODES.publication, { publishedIn: p.publishedIn, locator: p.locator ?? null });
    for (const subject of batch.subjects[0]?.subjects ?? []) this.line(`${SUBJECT_MARK}${subject.key}`, CODES.subject, subject);
    for (const a of batch.adoptions) this.line(a.document, CODES.adoption, { instrument: a.instrument, treatySeriesVolume: a.treatySeriesVolume, treatySeriesNumber: a.treatySeriesNumber });
    if (this.size > 1 << 20) await this.flush();
  }

  private line(symbol: string, code: string, payload: unknown): void {
    if (/[\t\n\r]/.test(symbol)) throw new Error(`a symbol with a tab or a line break: ${JSON.stringify(symbol)}`);
    if (symbol < this.last) this.sorted = false;
    this.last = symbol;
    const text = `${symbol}\t${code}\t${payload === null ? '' : JSON.stringify(payload)}\n`;
    this.buffer.push(text);
    this.size += text.length;
    this.lines++;
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

/**
 * The spool sorted by symbol (stable: one symbol's facts in the order written), read back as
 * one group of facts per symbol. `sort` runs in the C locale (byte order, fast) with a memory
 * budget and its temporary files beside the spool.
 */
export async function* sortedGroups(spool: string, options: { sorted?: boolean; memory?: string; tmpDir: string }): AsyncGenerator<{ symbol: string; facts: Fact[] }> {
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
  let symbol: string | undefined;
  let facts: Fact[] = [];
  try {
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
      const tab = line.indexOf('\t');
      const key = line.slice(0, tab);
      if (key !== symbol) {
        if (symbol !== undefined) yield { symbol, facts };
        symbol = key;
        facts = [];
      }
      facts.push(parseFact(line.slice(tab + 1)));
    }
    if (symbol !== undefined) yield { symbol, facts };
  } finally {
    if (child && child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new Error(`sort failed (exit ${code}): ${stderr.trim()}`);
}

function parseFact(rest: string): Fact {
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
