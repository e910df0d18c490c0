// write, part 2: a batch of whole documents in one transaction. Either every statement of
// the batch commits or none does, so a crash (even kill -9) never leaves half a document;
// every statement MERGEs on a constrained key, so running a batch again changes nothing.
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherDir, loadQueryFiles } from '../../server/db/queries.ts';
import { asCypherIntegers, toAppError } from '../../server/db/driver.ts';
import type { ExtractRecord } from '../models.ts';
import { gazetteerBatch, toGraphBatch, type GraphBatch } from './graph-batch.ts';

/** The write queries of cypher/write/, in the order a batch runs them. */
export const WRITE_STEPS = [
  ['nodes', 'nodes'],
  ['versions', 'versions'],
  ['clear-version', 'versions'],
  ['citations-documents', 'documentCitations'],
  ['citations-instruments', 'instrumentCitations'],
  ['based-on', 'basedOn'],
  ['adoptions', 'adoptions'],
  ['publications', 'publications'],
  ['modifiers', 'modifiers'],
] as const satisfies readonly (readonly [string, keyof GraphBatch])[];

export const writeQueriesDir = path.join(cypherDir, 'write');

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

  /** Writes whole documents in one transaction: all of them, or (on any failure) none. */
  async writeRecords(records: readonly IngestableRecord[]): Promise<BatchStats> {
    const batch = toGraphBatch(records);
    batch.nodes = batch.nodes.filter((node) => !this.known.has(node.symbol));
    batch.modifiers = batch.modifiers.filter((modifier) => !this.known.has(modifier.symbol));
    const stats: BatchStats = { documents: records.length, relationshipsCreated: 0, relationshipsDeleted: 0, nodesCreated: 0 };
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        stats.relationshipsCreated = stats.relationshipsDeleted = stats.nodesCreated = 0; // a retried transaction starts over
        const replacing = new Set<string>();
        for (const [name, key] of WRITE_STEPS) {
          // Only a version the document had before has evidence to withdraw.
          const all = name === 'clear-version' ? batch.versions.filter((v) => replacing.has(`${v.symbol}\u0000${v.language}`)) : batch[key];
          for (const rows of rowGroups<unknown>(all)) {
            if (rows.length === 0) continue;
            const result = await tx.run(this.text(name), asCypherIntegers({ [key]: rows }) as Record<string, unknown>);
            if (name === 'versions') {
              for (const record of result.records) if (record.get('replacing')) replacing.add(`${record.get('symbol')}\u0000${record.get('language')}`);
            }
            const counters = result.summary.counters.updates();
            stats.relationshipsCreated += counters.relationshipsCreated;
            stats.relationshipsDeleted += counters.relationshipsDeleted;
            stats.nodesCreated += counters.nodesCreated;
          }
        }
      });
    } catch (error) {
      throw toAppError(error, 'the graph');
    } finally {
      await session.close();
    }
    for (const node of batch.nodes) this.known.add(node.symbol);
    return stats;
  }
}
