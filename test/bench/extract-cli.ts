// The second half of `npm run bench:extract` (alone: `npm run bench:extract -- --only command`):
// `citegraph extract` as a user runs it, whole-process: the real corpus of many small files
// (../shared/corpus: Akoma Ntoso XML and text, or $CITEGRAPH_CORPUS, or the bundled AKN corpus
// where there is no shared folder) and small English texts like the issue's own corpus (see
// below) through the command, output to a pipe; and the time from
// start to the first byte of output for one small file. Wall time, CPU time and peak RSS come
// from /usr/bin/time (the kernel's accounting of the whole process tree), not from a timer
// inside the command. With --baseline, that commit's command runs too, in turn with this one.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../ingest/paths.ts';
import { shortCommit, withBaselineCheckout } from './baseline.ts';
import { unpackBundle } from '../../server/bundle.ts';

const TIME = '/usr/bin/time';

export interface CommandBenchOptions {
  baseline?: string;
  /** Whole-corpus runs per command. */
  runs: number;
  /** Starts on one small file per command. */
  starts: number;
}

export async function benchCommand({ baseline, runs, starts }: CommandBenchOptions): Promise<void> {
  const shared = path.resolve(projectRoot, '../shared/corpus');
  const inputs = process.env.CITEGRAPH_CORPUS
    ? [process.env.CITEGRAPH_CORPUS]
    : existsSync(shared)
      ? ['akn', 'en', 'zh'].map((d) => path.join(shared, d))
      : [await unpackBundle(path.join(os.tmpdir(), 'citegraph-bench-extract'))];
  const small = path.join(projectRoot, 'test', 'fixtures', 'corpus', 'en', 'sc', 'S_RES_0312_1972_EN_GOLD.txt');
  
  function walk(p: string): string[] {
    const info = statSync(p);
    if (!info.isDirectory()) return [p];
    return readdirSync(p).flatMap((n) => walk(path.join(p, n)));
  }
  const documentFiles = (paths: string[]) => paths.flatMap(walk).filter((f) => /\.(xml|akn|txt|md)$/i.test(f));
  const megabytesOf = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0) / 2 ** 20;
  const files = documentFiles(inputs);
  const megabytes = megabytesOf(files);
  // The issue's own corpus was 6,240 English resolution texts of 16.4 MB, about 2.6 kB a file: the
  // real English texts (../shared/corpus/en, else the bundled ones) copied into as many folders as
  // make 16 MB stand in for it. Small plain-text files cost more a byte than Akoma Ntoso's markup.
  const textSource = existsSync(shared) ? path.join(shared, 'en') : path.join(projectRoot, 'test', 'fixtures', 'corpus', 'en');
  const texts = documentFiles([textSource]).filter((f) => f.endsWith('.txt'));
  const textCorpus = mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-texts-'));
  const copies = Math.ceil(16 / megabytesOf(texts));
  for (let copy = 0; copy < copies; copy++) {
    mkdirSync(path.join(textCorpus, String(copy)));
    texts.forEach((f, i) => copyFileSync(f, path.join(textCorpus, String(copy), `${i}-${path.basename(f)}`)));
  }
  const corpora = [
    { name: 'the real corpus', inputs, megabytes },
    { name: `small English texts (${texts.length} × ${copies})`, inputs: [textCorpus], megabytes: megabytesOf(documentFiles([textCorpus])) },
  ];
  
  interface Run {
    wall: number;
    cpu: number;
    maxRssMB: number;
    firstOutputMs: number;
    outputMB: number;
  }
  
  /** One whole-process run of `citegraph extract ARGS` under /usr/bin/time. */
  function runCommand(root: string, args: string[]): Promise<Run> {
    const started = performance.now();
    const child = spawn(TIME, ['-f', '%e %U %S %M', process.execPath, path.join(root, 'server', 'bin', 'citegraph.mjs'), 'extract', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let firstOutputMs = NaN;
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (!bytes) firstOutputMs = performance.now() - started;
      bytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    return new Promise((resolve, reject) =>
      child.on('close', () => {
        const last = stderr.trim().split('\n').pop() ?? '';
        const [wall, user, sys, rssKb] = last.split(' ').map(Number);
        if (![wall, user, sys, rssKb].every(Number.isFinite)) return reject(new Error(`no timing from ${TIME}: ${stderr.slice(-500)}`));
        resolve({ wall: wall!, cpu: user! + sys!, maxRssMB: rssKb! / 1024, firstOutputMs, outputMB: bytes / 2 ** 20 });
      }),
    );
  }
  
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  
  async function measure(label: string, roots: Record<string, string>): Promise<void> {
    const corpusRuns: Record<string, Run[]>[] = corpora.map(() => ({}));
    const startRuns: Record<string, Run[]> = {};
    for (let i = 0; i < runs; i++) for (const [k, corpus] of corpora.entries()) for (const [name, root] of Object.entries(roots)) (corpusRuns[k]![name] ??= []).push(await runCommand(root, corpus.inputs));
    for (let i = 0; i < Number(starts); i++) for (const [name, root] of Object.entries(roots)) (startRuns[name] ??= []).push(await runCommand(root, [small]));
    console.log(`\n${label}`);
    console.log('| command | corpus | MB/s (wall, median) | CPU use | peak RSS | first output |');
    console.log('|---|---|---|---|---|---|');
    for (const [k, corpus] of corpora.entries())
      for (const name of Object.keys(roots)) {
        const c = corpusRuns[k]![name]!;
        const wall = median(c.map((r) => r.wall));
        console.log(
          `| ${name} | ${corpus.name} | ${(corpus.megabytes / wall).toFixed(2)} MB/s (${wall.toFixed(2)} s; runs ${c.map((r) => r.wall.toFixed(2)).join(' · ')}) | ${Math.round((100 * median(c.map((r) => r.cpu))) / wall)} % | ${median(c.map((r) => r.maxRssMB)).toFixed(0)} MB | ${median(c.map((r) => r.firstOutputMs)).toFixed(0)} ms |`,
        );
      }
    console.log(`\n| command | one small file: first output, median of ${starts} | its peak RSS |`);
    console.log('|---|---|---|');
    for (const name of Object.keys(roots)) {
      const s = startRuns[name]!;
      console.log(`| ${name} | ${median(s.map((r) => r.firstOutputMs)).toFixed(0)} ms | ${median(s.map((r) => r.maxRssMB)).toFixed(0)} MB |`);
    }
  }
  
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  console.log(`bench:extract-cli on ${machine}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`corpus: ${files.length} files, ${megabytes.toFixed(1)} MB (${inputs.join(', ')}); small English texts: ${texts.length} real texts of ${textSource} copied ${copies} times, ${corpora[1]!.megabytes.toFixed(1)} MB; small file: ${path.relative(projectRoot, small)}`);
  if (baseline) {
    const commit = shortCommit(baseline);
    await withBaselineCheckout(commit, async (root) => {
      // A baseline that has a build step runs compiled, as its users would run it.
      if (existsSync(path.join(root, 'server', 'build.ts'))) await new Promise((resolve) => spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'build.ts')], { cwd: root, stdio: 'inherit' }).on('close', resolve));
      await measure(`${runs} runs each, in turn`, { [`baseline ${commit}`]: root, 'working tree': projectRoot });
    });
  } else await measure(`${runs} runs`, { 'working tree': projectRoot });
  console.log(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  rmSync(textCorpus, { recursive: true, force: true });
}
