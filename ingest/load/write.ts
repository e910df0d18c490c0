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

  /** Writes whole documents in one transaction: all of them, or (on any failure) none. */
  async writeRecords(records: readonly IngestableRecord[]): Promise<BatchStats> {
    const batch = toGraphBatch(records);
    const stats: BatchStats = { documents: records.length, relationshipsCreated: 0, relationshipsDeleted: 0, nodesCreated: 0 };
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        stats.relationshipsCreated = stats.relationshipsDeleted = stats.nodesCreated = 0; // a retried transaction starts over
        for (const [name, key] of WRITE_STEPS) {
          const rows = batch[key];
          if (rows.length === 0) continue;
          const result = await tx.run(this.text(name), asCypherIntegers({ [key]: rows }) as Record<string, unknown>);
          const counters = result.summary.counters.updates();
          stats.relationshipsCreated += counters.relationshipsCreated;
          stats.relationshipsDeleted += counters.relationshipsDeleted;
          stats.nodesCreated += counters.nodesCreated;
        }
      });
    } catch (error) {
      throw toAppError(error, 'the graph');
    } finally {
      await session.close();
    }
    return stats;
  }
}
