#!/usr/bin/env node
// The `citegraph` command. Runs the compiled JavaScript of dist/cli (`npm run build:cli`, which
// `npm install`, `npm start` and `npm test` run) while every TypeScript file it was built from
// is unchanged; after an edit, the TypeScript itself through tsx, so nothing stale ever runs.
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 runs a regular expression's first matches in its bytecode interpreter and compiles it to
// machine code only once it has run; the extractor's tables are hundreds of expressions, each run
// over every line, so a short run paid for both: compiling them at once took the first small
// file's extraction from about 80 to about 40 ms (before any expression exists, so all of them, in
// the worker threads too, are compiled so).
setFlagsFromString('--no-regexp-tier-up');

const root = new URL('../../', import.meta.url);
const built = new URL('dist/cli/', root);

function builtIsCurrent() {
  try {
    const { inputs } = JSON.parse(readFileSync(new URL('manifest.json', built), 'utf8'));
    return Object.entries(inputs).every(([file, then]) => {
      const now = statSync(new URL(file, root));
      return now.size === then.size && now.mtimeMs === then.mtimeMs;
    });
  } catch {
    return false; // no build, or a file of it gone
  }
}

let main;
if (builtIsCurrent()) ({ main } = await import(new URL('main.js', built).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
