// Where the project's files are, whether this code runs as TypeScript from its source tree or
// compiled into dist/cli (where a module's own URL says nothing about the source layout).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module holding package.json: the project root in both layouts. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`citegraph: no package.json above ${start}`);
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/**
 * A worker thread's entry module, beside the module that starts it: the compiled `NAME.js` in
 * dist/cli, or from the source tree the `NAME.mjs` shim that loads the TypeScript through tsx.
 */
export function workerEntry(name: string, callerUrl: string): URL {
  return new URL(callerUrl.endsWith('.js') ? `./${name}.js` : `./${name}.mjs`, callerUrl);
}
