// Brings a graph written by an older citegraph up to what this one writes, once per ingest:
// each step is a query of cypher/write/ that changes only what is still in the old form.
import type { Driver } from 'neo4j-driver';
import { loadQueryFiles } from '../../server/db/queries.ts';
import { toAppError } from '../../server/db/driver.ts';
import { OFFICIAL_LANGUAGES } from '../vocabulary.ts';
import { writeQueriesDir } from './write.ts';

/** The migrations, in order: [query file, what it fixes]. */
const MIGRATIONS = [['migrate-source-files', 'source paths of the ingesting machine → file names (#15)']] as const;

/** Runs every migration; returns how many nodes each changed. */
export async function migrateGraph(driver: Driver, database?: string): Promise<Record<string, number>> {
  const queries = loadQueryFiles(writeQueriesDir);
  const changed: Record<string, number> = {};
  for (const [name] of MIGRATIONS) {
    try {
      const { records } = await driver.executeQuery(queries.get(name)!.text, { languages: OFFICIAL_LANGUAGES }, { database });
      changed[name] = Number(records[0]?.get('migrated') ?? 0);
    } catch (error) {
      throw toAppError(error, 'the graph');
    }
  }
  return changed;
}
