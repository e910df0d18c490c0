// write, part 2: a batch of whole documents in one transaction. Either every statement of
// the batch commits or none does, so a crash (even kill -9) never leaves half a document;
// every statement MERGEs on a constrained key, so running a batch again changes nothing.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toAppError } from '../../server/db/driver.ts';
import { runQuery, type QueryResult } from '../../server/db/run-query.ts';
import type { QueryName, QueryParams, QueryRow } from '../../server/query-schemas.ts';
import type { ExtractRecord } from '../models.ts';
import { OFFICIAL_LANGUAGES, STORED_LANGUAGE_ORDER } from '../vocabulary.ts';
import { gazetteerBatch, toGraphBatch, type CitationParams, type GraphBatch } from './graph-batch.ts';

/**
 * When a step runs if the batch before is still committing: `early` steps touch only this
 * batch's own nodes and nodes already committed; `late` steps wait for that commit, since
 * their edges may end at nodes the batch before creates. Citations to documents run in both:
 * early for targets already in the graph, late for the rest.
 */
type Phase = 'early' | 'late';

/** What the steps of a batch learn as they go, and what they choose rows by. */
interface Selection {
  /** Nodes the batch before creates: their edges wait for its commit (late). */
  leftToPrevious(symbol: string): boolean;
  /** The versions that replace one already in the graph (only they have evidence to withdraw). */
  replacing: Set<string>;
  /** Documents whose only version is this batch's one: they have no citation edges yet. */
  first: Set<string>;
}

/** One step of a batch: a write query, when it runs, and the parameters of each of its runs. */
interface WriteStep {
  query: QueryName;
  phase: Phase;
  run(tx: ManagedTransaction, batch: GraphBatch, selection: Selection): Promise<QueryResult<QueryName>['counters'][]>;
}

/** A step whose parameters and rows are its own query's types (erased to a WriteStep, so steps make one list). */
function step<N extends QueryName>(query: N, phase: Phase, params: (batch: GraphBatch, selection: Selection) => QueryParams<N>[], found?: (rows: QueryRow<N>[], selection: Selection) => void): WriteStep {
  return {
    query,
    phase,
    async run(tx, batch, selection) {
      const results = [];
      for (const each of params(batch, selection)) results.push(await runQuery(tx, query, each));
      found?.(results.flatMap((result) => result.rows), selection);
      return results.map((result) => result.counters);
    },
  };
}

/** The rows as one run of a query, or none when there are none. */
const once = <R, P>(rows: readonly R[], params: (rows: R[]) => P): P[] => (rows.length ? [params([...rows])] : []);

/**
 * Rows of one statement that could meet the same edge twice must not run together: a
 * statement reads an edge's languages before it writes them. Citation rows are unique per
 * language, so one run per language keeps every read ahead of its own write.
 */
function perLanguage<R extends { language: string }, P>(rows: readonly R[], params: (rows: R[]) => P): P[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.language);
    if (group) group.push(row);
    else groups.set(row.language, [row]);
  }
  return [...groups.values()].map(params);
}

const storedLanguageOrder = [...STORED_LANGUAGE_ORDER];
const displayLanguageOrder = [...OFFICIAL_LANGUAGES];

/**
 * The citation rows of documents that had no version before this batch's (`first`: they have
 * no citation edges yet) or did, to targets written early or late.
 */
function citations(rows: readonly CitationParams[], selection: Selection, first: boolean, phase: Phase): CitationParams[] {
  return rows
    .filter((row) => selection.first.has(row.source) === first)
    .map((row) => ({ ...row, citations: row.citations.filter((c) => selection.leftToPrevious(c.target) === (phase === 'late')) }))
    .filter((row) => row.citations.length > 0);
}

/** Which versions replace one in the graph, and which documents have this batch's version only, from what the versions step returned. */
function sawVersions(rows: QueryRow<'write/versions'>[], selection: Selection): void {
  const versionsBefore = new Map<string, number>();
  for (const { symbol, language, before } of rows) {
    if (before.includes(language)) selection.replacing.add(`${symbol}\u0000${language}`);
    versionsBefore.set(symbol, (versionsBefore.get(symbol) ?? 0) + before.length + 1);
  }
  for (const [symbol, count] of versionsBefore) if (count === 1) selection.first.add(symbol);
}

/** The write queries of cypher/write/, in the order a batch runs them. */
export const WRITE_STEPS: readonly WriteStep[] = [
  step('write/nodes', 'early', (b) => once(b.nodes, (nodes) => ({ nodes }))),
  step('write/versions', 'early', (b) => perLanguage(b.versions, (versions) => ({ versions, storedLanguageOrder })), sawVersions),
  step('write/clear-version', 'early', (b, s) =>
    perLanguage(b.versions.filter((v) => s.replacing.has(`${v.symbol}\u0000${v.language}`)), (versions) => ({ versions, storedLanguageOrder, displayLanguageOrder })),
  ),
  step('write/citations-instruments-new', 'early', (b, s) => perLanguage(citations(b.instrumentCitations, s, true, 'early'), (instrumentCitations) => ({ instrumentCitations }))),
  step('write/citations-instruments', 'early', (b, s) => perLanguage(citations(b.instrumentCitations, s, false, 'early'), (instrumentCitations) => ({ instrumentCitations, storedLanguageOrder }))),
  step('write/citations-documents-new', 'early', (b, s) => perLanguage(citations(b.documentCitations, s, true, 'early'), (documentCitations) => ({ documentCitations }))),
  step('write/citations-documents', 'early', (b, s) => perLanguage(citations(b.documentCitations, s, false, 'early'), (documentCitations) => ({ documentCitations, storedLanguageOrder }))),
  step('write/citations-documents-new', 'late', (b, s) => perLanguage(citations(b.documentCitations, s, true, 'late'), (documentCitations) => ({ documentCitations }))),
  step('write/citations-documents', 'late', (b, s) => perLanguage(citations(b.documentCitations, s, false, 'late'), (documentCitations) => ({ documentCitations, storedLanguageOrder }))),
  step('write/based-on', 'late', (b) => perLanguage(b.basedOn, (basedOn) => ({ basedOn, storedLanguageOrder }))),
  step('write/adoptions', 'late', (b) => once(b.adoptions, (adoptions) => ({ adoptions }))),
  step('write/publications', 'late', (b) => once(b.publications, (publications) => ({ publications }))),
  step('write/modifiers', 'late', (b) => once(b.modifiers, (modifiers) => ({ modifiers }))),
  step('write/subjects', 'late', (b) => once(b.subjects, (subjects) => ({ subjects }))),
  step('write/files', 'late', (b) => once(b.files, (files) => ({ files }))),
  // Last: a new version token for the API servers' result caches, in the batch's own transaction.
  step('write/graph-version', 'late', () => [{}]),
];

export interface BatchStats {
  documents: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreated: number;
  /** Whether the batch wrote its own nodes and versions while the batch before it committed. */
  overlapped: boolean;
}

/** About 10 MB of symbols: the nodes of some 20,000 documents and what they cite. */
const KNOWN_LIMIT = 100_000;

export type IngestableRecord = ExtractRecord & { symbol: string; hash?: string };

export class GraphWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  /** Which of these file keys the graph holds (files ingested whole, unchanged since). */
  async heldFiles(keys: readonly string[]): Promise<Set<string>> {
    try {
      const { rows } = await runQuery({ driver: this.driver, database: this.database, routing: 'READ' }, 'write/held-files', { keys: [...keys] });
      return new Set(rows.map((row) => row.key));
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
        await runQuery(tx, 'write/nodes', { nodes });
        await runQuery(tx, 'write/instruments', { instruments });
        await runQuery(tx, 'write/graph-version', {});
      });
    } catch (error) {
      throw toAppError(error, 'the graph');
    } finally {
      await session.close();
    }
  }

  /**
   * Symbols whose node an earlier batch of this writer committed: their nodes (and the links
   * to their base documents) exist, so later batches need not MERGE them again. Forgotten
   * whole past KNOWN_LIMIT, so that memory stays flat in the corpus size (a forgotten node
   * is only MERGEd again).
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
          if (this.known.size > KNOWN_LIMIT) this.known.clear();
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
        const selection: Selection = { leftToPrevious, replacing: new Set(), first: new Set() };
        let waited = false;
        for (const step of WRITE_STEPS) {
          if (step.phase === 'late' && previous && !waited) {
            await previous.committedOrRestarting();
            waited = true;
          }
          for (const counters of await step.run(tx, batch, selection)) {
            stats.relationshipsCreated += counters.relationshipsCreated;
            stats.relationshipsDeleted += counters.relationshipsDeleted;
            stats.nodesCreated += counters.nodesCreated;
          }
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
