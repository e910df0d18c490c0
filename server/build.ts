// `npm run build:cli`: compiles the `citegraph` command and its worker threads into dist/cli
// (esbuild; one ES module per entry, shared code split into chunks, npm packages left as
// imports). The command starts in about a tenth of the time tsx needs to transpile the
// TypeScript at every start. dist/cli/manifest.json records each source file's size and time;
// server/bin/citegraph.mjs runs the build only while every one of them is unchanged.
import { build } from 'esbuild';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../ingest/paths.ts';

/** Entry modules: the command, and every worker thread it starts (found beside their starters). */
const ENTRIES = {
  main: 'server/main.ts',
  'extract-worker': 'ingest/extract-worker.ts',
  'parse-worker': 'ingest/load/parse-worker.ts',
  'fold-worker': 'ingest/bulk/fold-worker.ts',
  'console-worker': 'server/services/console-worker.ts',
};

export const cliDist = path.join(projectRoot, 'dist', 'cli');

/** Builds into `outdir` (dist/cli unless told; tests build elsewhere, never under a running command). */
export async function buildCli(outdir = cliDist): Promise<{ inputs: number; ms: number }> {
  const started = performance.now();
  const staging = `${outdir}.${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: ENTRIES,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs: Record<string, { size: number; mtimeMs: number }> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const info = await stat(path.join(projectRoot, file));
    inputs[file] = { size: info.size, mtimeMs: info.mtimeMs };
  }
  await writeFile(path.join(staging, 'manifest.json'), JSON.stringify({ built: new Date().toISOString(), inputs }, null, 1));
  // Swapped in whole: a command started meanwhile sees the old build or the new one, never half of one.
  await mkdir(path.dirname(outdir), { recursive: true });
  const old = `${outdir}.old.${process.pid}`;
  await rename(outdir, old).catch(() => undefined);
  await rename(staging, outdir);
  await rm(old, { recursive: true, force: true });
  return { inputs: Object.keys(inputs).length, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(projectRoot, 'server', 'build.ts')) {
  const { inputs, ms } = await buildCli();
  console.error(`citegraph: compiled ${inputs} modules into dist/cli in ${ms} ms`);
}
