// Brings a graph written by an older citegraph up to what this one writes, once per ingest:
// each step is a query of cypher/write/ that changes only what is still in the old form.
import type { Driver } from 'neo4j-driver';
import { toAppError } from '../../server/db/driver.ts';
import { runQuery } from '../../server/db/run-query.ts';
import { STORED_LANGUAGE_ORDER } from '../vocabulary.ts';

/** Runs every migration; returns how many documents each changed. */
export async function migrateGraph(driver: Driver, database?: string): Promise<{ sourceFiles: number }> {
  try {
    // source paths of the ingesting machine → file names (#15)
    const { rows } = await runQuery({ driver, database }, 'write/migrate-source-files', { storedLanguageOrder: [...STORED_LANGUAGE_ORDER] });
    return { sourceFiles: rows[0]?.migrated ?? 0 };
  } catch (error) {
    throw toAppError(error, 'the graph');
  }
}
