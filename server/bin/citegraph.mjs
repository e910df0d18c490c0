#!/usr/bin/env node
// The `citegraph` command. Runs the compiled JavaScript of dist/cli (`npm run build:cli`, which
// `npm install`, `npm start` and `npm test` run) while every TypeScript file it was built from
// is unchanged; after an edit, the TypeScript itself through tsx, so nothing stale ever runs.
import { readFileSync, statSync } from 'node:fs';
import { setV8Flags } from './v8-flags.mjs';

setV8Flags(process.argv[2]);
// A reader that has what it wants closes the pipe (`citegraph extract DIR | head`): stop quietly,
// as other commands do, rather than with a stack trace for the write that found it closed.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
