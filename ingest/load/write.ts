// write, part 2: a batch of whole documents in one transaction. Either every statement of
// the batch commits or none does, so a crash (even kill -9) never leaves half a document;
// every statement MERGEs on a constrained key, so running a batch again changes nothing.
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherDir, loadQueryFiles } from '../../server/db/queries.ts';
import { asCypherIntegers, toAppError } from '../../server/db/driver.ts';
import type { ExtractRecord } from '../models.ts';
import { OFFICIAL_LANGUAGES, STORED_LANGUAGE_ORDER } from '../vocabulary.ts';
import { gazetteerBatch, toGraphBatch, type CitationParams, type GraphBatch } from './graph-batch.ts';

/**
 * Which rows of a batch a step writes: every row, only the versions that replace one already in
 * the graph (only they have evidence to withdraw), or only the citations of documents that had
 * no version before this one (`first`: they have no citation edges yet) or did (`later`).
 */
type RowFilter = 'all' | 'replacing' | 'first' | 'later';

/**
 * When a step runs if the batch before is still committing: `early` steps touch only this
 * batch's own nodes and nodes already committed; `late` steps wait for that commit, since
 * their edges may end at nodes the batch before creates. Citations to documents run in both:
 * early for targets already in the graph, late for the rest.
 */
type Phase = 'early' | 'late';

/** The write queries of cypher/write/, in the order a batch runs them. */
export const WRITE_STEPS = [
  ['nodes', 'nodes', 'all', 'early'],
  ['versions', 'versions', 'all', 'early'],
  ['clear-version', 'versions', 'replacing', 'early'],
  ['citations-instruments-new', 'instrumentCitations', 'first', 'early'],
  ['citations-instruments', 'instrumentCitations', 'later', 'early'],
  ['citations-documents-new', 'documentCitations', 'first', 'early'],
  ['citations-documents', 'documentCitations', 'later', 'early'],
  ['citations-documents-new', 'documentCitations', 'first', 'late'],
  ['citations-documents', 'documentCitations', 'later', 'late'],
  ['based-on', 'basedOn', 'all', 'late'],
  ['adoptions', 'adoptions', 'all', 'late'],
  ['publications', 'publications', 'all', 'late'],
  ['modifiers', 'modifiers', 'all', 'late'],
  ['subjects', 'subjects', 'all', 'late'],
  ['files', 'files', 'all', 'late'],
] as const satisfies readonly (readonly [string, keyof GraphBatch, RowFilter, Phase])[];

export const writeQueriesDir = path.join(cypherDir, 'write');

/** The language orders the write queries take as parameters (the vocabulary's, not a list in each query). */
const LANGUAGE_ORDERS = { storedLanguageOrder: STORED_LANGUAGE_ORDER, displayLanguageOrder: OFFICIAL_LANGUAGES };

/**
 * Rows of one statement that could meet the same edge twice must not run together: a
 * statement reads an edge's languages before it writes them. Citation rows are unique per
 * language, so one run per language keeps every read ahead of its own write.
 */
function rowGroups<T>(rows: readonly T[]): T[][] {
  if (rows.length === 0 || typeof rows[0] !== 'object' || rows[0] === null || !('language' in rows[0])) return [rows as T[]];
  const groups = new Map<unknown, T[]>();
  for (const row of rows) {
    const language = (row as { language: unknown }).language;
    groups.set(language, [...(groups.get(language) ?? []), row]);
  }
  return [...groups.values()];
}

export interface BatchStats {
  documents: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreated: number;
  /** Whether the batch wrote its own nodes and versions while the batch before it committed. */
  overlapped: boolean;
}

export type IngestableRecord = ExtractRecord & { symbol: string; hash?: string };

export class GraphWriter {
  private readonly queries = loadQueryFiles(writeQueriesDir);

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {
    for (const [name] of WRITE_STEPS) if (!this.queries.has(name)) throw new Error(`missing cypher/write/${name}.cypher`);
  }

  private text(name: string): string {
    return this.queries.get(name)!.text;
  }

  /** Which of these file keys the graph holds (files ingested whole, unchanged since). */
  async heldFiles(keys: readonly string[]): Promise<Set<string>> {
    try {
      const { records } = await this.driver.executeQuery('MATCH (f:IngestedFile) WHERE f.key IN $keys RETURN f.key AS key', { keys }, { database: this.database, routing: 'READ' });
      return new Set(records.map((r) => r.get('key') as string));
    } catch (error) {
      throw toAppError(error, 'the graph');
    }
  }

  /** Loads the instrument gazetteer (idempotent; once per ingest run). */
  async writeGazetteer(): Promise<void> {
    const { nodes, instruments } = gazetteerBatch();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(this.text('nodes'), asCypherIntegers({ nodes }) as Record<string, unknown>);
        await tx.run(this.text('instruments'), asCypherIntegers({ instruments }) as Record<string, unknown>);
      });
    } catch (error) {
      throw toAppError(error, 'the graph');
    } finally {
      await session.close();
    }
  }

  /**
   * Symbols whose node an earlier batch of this writer committed: their nodes (and the links
   * to their base documents) exist, so later batches need not MERGE them again.
   */
  private readonly known = new Set<string>();

  /** The batch most recently begun: the next one overlaps its commit. */
  private last: BatchInFlight | undefined;

  /**
   * Writes whole documents in one transaction: all of them, or (on any failure) none.
   *
   * Calls may overlap, and two at once is faster than one: a batch starts once the batch before
   * it has run its statements, writes its own nodes and versions while that one commits, and
   * waits for the commit before it writes edges (which may end at nodes the batch before
   * creates). The nodes the batch before creates are left to it, so the two never wait on
   * each other's locks in Neo4j while one of them waits for the other here.
   */
  async writeRecords(records: readonly IngestableRecord[], options: { fileKeys?: readonly string[] } = {}): Promise<BatchStats> {
    const batch = { ...toGraphBatch(records), files: (options.fileKeys ?? []).map((key) => ({ key })) };
    const previous = this.last;
    const current = new BatchInFlight();
    this.last = current;
    try {
      if (previous) await previous.statementsDone;
      let overlapping = previous !== undefined && !previous.settled;
      for (;;) {
        try {
          const stats = await this.writeBatch(records.length, batch, overlapping ? previous : undefined, current);
          current.committed();
          for (const node of batch.nodes) this.known.add(node.symbol);
          return stats;
        } catch (error) {
          // The batch before failed, or runs its statements again (a retried transaction): this
          // one has let go of its locks (and may lack that batch's nodes), so it starts over
          // once that one is over.
          if (!(error instanceof StartOver)) throw error;
          await previous!.outcome.catch(() => {});
          overlapping = false;
        }
      }
    } catch (error) {
      const failure = toAppError(error, 'the graph');
      current.failed(failure);
      throw failure;
    }
  }

  private async writeBatch(documents: number, all: GraphBatch, previous: BatchInFlight | undefined, current: BatchInFlight): Promise<BatchStats> {
    const stats: BatchStats = { documents, relationshipsCreated: 0, relationshipsDeleted: 0, nodesCreated: 0, overlapped: previous !== undefined };
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let attempt = 0;
    try {
      await session.executeWrite(async (tx) => {
        if (attempt++ > 0) current.restart();
        stats.relationshipsCreated = stats.relationshipsDeleted = stats.nodesCreated = 0;
        // Nodes the batch before creates are left to it (except this batch's own documents,
        // whose versions must find them); the other steps wait for its commit.
        const versionSymbols = new Set(all.versions.map((v) => v.symbol));
        const leftToPrevious = (symbol: string) => previous !== undefined && previous.nodes.has(symbol) && !versionSymbols.has(symbol);
        const batch: GraphBatch = {
          ...all,
          nodes: all.nodes.filter((node) => !this.known.has(node.symbol) && !leftToPrevious(node.symbol)),
          modifiers: all.modifiers.filter((modifier) => !this.known.has(modifier.symbol)),
        };
        current.nodes = new Set(batch.nodes.map((node) => node.symbol));
        // What the versions step finds: the versions that replace one in the graph, and the
        // documents whose only version is this batch's one (they have no citation edges yet).
        const replacing = new Set<string>();
        const versionsBefore = new Map<string, number>();
        const first = new Set<string>();
        const select = (filter: RowFilter, phase: Phase, rows: readonly unknown[]) => {
          if (filter === 'all') return rows;
          if (filter === 'replacing') return (rows as GraphBatch['versions']).filter((v) => replacing.has(`${v.symbol}\u0000${v.language}`));
          return (rows as CitationParams[])
            .filter((row) => first.has(row.source) === (filter === 'first'))
            .map((row) => ({ ...row, citations: row.citations.filter((c) => leftToPrevious(c.target) === (phase === 'late')) }))
            .filter((row) => row.citations.length > 0);
        };
        let waited = false;
        for (const [name, key, filter, phase] of WRITE_STEPS) {
          if (phase === 'late' && previous && !waited) {
            await previous.committedOrRestarting();
            waited = true;
          }
          for (const rows of rowGroups<unknown>(select(filter, phase, batch[key]))) {
            if (rows.length === 0) continue;
            const result = await tx.run(this.text(name), { ...(asCypherIntegers({ [key]: rows }) as Record<string, unknown>), ...LANGUAGE_ORDERS });
            if (name === 'versions') {
              for (const record of result.records) {
                const symbol = record.get('symbol') as string;
                const before = record.get('before') as string[];
                if (before.includes(record.get('language') as string)) replacing.add(`${symbol}\u0000${record.get('language')}`);
                versionsBefore.set(symbol, (versionsBefore.get(symbol) ?? 0) + before.length + 1);
              }
            }
            const counters = result.summary.counters.updates();
            stats.relationshipsCreated += counters.relationshipsCreated;
            stats.relationshipsDeleted += counters.relationshipsDeleted;
            stats.nodesCreated += counters.nodesCreated;
          }
          if (name === 'versions') for (const [symbol, count] of versionsBefore) if (count === 1) first.add(symbol);
        }
        current.statementsRan();
      });
    } finally {
      await session.close();
    }
    return stats;
  }
}

/** The batch before failed or restarted its transaction: this one must let go of its locks and start over. */
class StartOver extends Error {}

/** What a batch that overlaps this one needs to know of it, and when. */
class BatchInFlight {
  settled = false;
  readonly statementsDone: Promise<void>;
  readonly outcome: Promise<void>;
  private readonly restarting: Promise<void>;
  statementsRan!: () => void;
  restart!: () => void;
  private resolveOutcome!: () => void;
  private rejectOutcome!: (error: unknown) => void;

  /** The symbols of the nodes this batch writes (a batch that overlaps it leaves them to it). */
  nodes: ReadonlySet<string> = new Set();

  constructor() {
    this.statementsDone = new Promise((resolve) => (this.statementsRan = resolve));
    this.restarting = new Promise((resolve) => (this.restart = resolve));
    this.outcome = new Promise((resolve, reject) => {
      this.resolveOutcome = resolve;
      this.rejectOutcome = reject;
    });
    this.outcome.catch(() => {}); // the batch's own caller gets the error
  }

  committed(): void {
    this.settled = true;
    this.statementsRan();
    this.resolveOutcome();
  }

  failed(error: unknown): void {
    this.settled = true;
    this.statementsRan();
    this.rejectOutcome(error);
  }

  /** Waits for this batch's commit; throws StartOver if it failed, or if it runs its statements again. */
  async committedOrRestarting(): Promise<void> {
    const outcome = await Promise.race([
      this.outcome.then(() => 'committed' as const, () => 'failed' as const),
      this.restarting.then(() => 'restarting' as const),
    ]);
    if (outcome !== 'committed') throw new StartOver();
  }
}
