// Applies cypher/schema.cypher. Every statement there is idempotent, so this runs at every start.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../config.ts';

export const schemaFile = path.join(projectRoot, 'cypher', 'schema.cypher');

/** The statements of a schema file: `//` comments dropped, split at semicolons that end a line. */
export function schemaStatements(text = fs.readFileSync(schemaFile, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  // Index population is asynchronous; wait so the first query after start-up can use them.
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
