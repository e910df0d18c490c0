// Named queries: one file per query in cypher/, loaded by name (like pgtyped). A file
// starts with `// description: …` (shown in the console's menu) and may say
// `// example: true` to be offered there. schema.cypher is not a query.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export const cypherDir = path.join(projectRoot, 'cypher');

export interface QueryFile {
  name: string;
  description: string;
  /** Offered in the console's menu of example queries. */
  example: boolean;
  text: string;
}

function header(text: string, key: string): string | undefined {
  return new RegExp(`^//\\s*${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
}

export const writeQueriesDir = path.join(cypherDir, 'write');

/** Every named query: those of cypher/ by name, those of cypher/write/ as write/<name>. */
export function loadAllQueryFiles(): Map<string, QueryFile> {
  const writes = [...loadQueryFiles(writeQueriesDir).values()].map((file): [string, QueryFile] => [`write/${file.name}`, { ...file, name: `write/${file.name}` }]);
  return new Map([...loadQueryFiles(), ...writes]);
}

export function loadQueryFiles(dir = cypherDir): Map<string, QueryFile> {
  const files = new Map<string, QueryFile>();
  for (const entry of fs.readdirSync(dir).sort()) {
    if (!entry.endsWith('.cypher') || entry === 'schema.cypher') continue;
    const name = entry.slice(0, -'.cypher'.length);
    const text = fs.readFileSync(path.join(dir, entry), 'utf8');
    const description = header(text, 'description');
    if (!description) throw new Error(`${path.join(dir, entry)} has no "// description: …" line`);
    files.set(name, { name, description, example: header(text, 'example') === 'true', text });
  }
  return files;
}
