// npm run bench:start [-- --fresh-maven]
// Time from `npm start` to a usable page, as a new user meets it: a clone of this project in a
// temporary folder (its own Neo4j data), an empty citegraph cache (so Neo4j is assembled and the
// bundled corpus unpacked and ingested), then the second start (Neo4j stopped, graph kept).
// With --fresh-maven the first start also downloads Neo4j's jars into an empty Maven repository.
// "Usable" is: the page answers and /api/health counts the bundled documents.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../server/config.ts';
import { freePort } from '../support/free-port.ts';

const { values } = parseArgs({ options: { 'fresh-maven': { type: 'boolean', default: false } } });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-start-'));
const clone = path.join(work, 'citegraph');
execFileSync('git', ['clone', '--quiet', projectRoot, clone]);
// node_modules as `npm install` left them (not timed: installing is not starting)
fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(clone, 'node_modules'));
const [port, bolt, http] = [await freePort(), await freePort(), await freePort()];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  CITEGRAPH_CACHE_DIR: path.join(work, 'cache'),
  CITEGRAPH_NEO4J_BOLT_PORT: String(bolt),
  CITEGRAPH_NEO4J_HTTP_PORT: String(http),
  ...(values['fresh-maven'] ? { MAVEN_OPTS: `${process.env.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${path.join(work, 'm2')}` } : {}),
};
delete env.NEO4J_URI;

async function usable(): Promise<{ documents: number }> {
  for (;;) {
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
      const health = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (page.ok && health.ok) return { documents: ((await health.json()) as { counts: { documents: number } }).counts.documents };
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function timedStart(label: string): Promise<void> {
  const started = performance.now();
  // its own process group, so that Ctrl-C (SIGINT to the group) reaches npm and the server both, as in a terminal
  const child = spawn('npm', ['start'], { cwd: clone, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  child.stderr.on('data', (c) => {
    log += c;
    if (process.env.BENCH_VERBOSE) process.stderr.write(c);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const result = await Promise.race([usable(), exited.then((code) => Promise.reject(new Error(`npm start exited ${code}:\n${log}`)))]);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s to a usable page (${result.documents} documents in the graph)`);
  process.kill(-child.pid!, 'SIGINT');
  await exited;
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:start on ${machine}${values['fresh-maven'] ? ', empty Maven repository' : ''}`);
try {
  await timedStart('first start (empty cache: Neo4j assembled, the bundle unpacked and ingested)');
  execFileSync(process.execPath, [path.join(clone, 'server', 'bin', 'citegraph.mjs'), 'db', 'stop'], { cwd: clone, env, stdio: 'ignore' });
  await timedStart('second start (Neo4j stopped and cached, the graph kept)');
  await timedStart('third start (Neo4j running)');
} finally {
  execFileSync(process.execPath, [path.join(clone, 'server', 'bin', 'citegraph.mjs'), 'db', 'stop'], { cwd: clone, env, stdio: 'ignore' });
  fs.rmSync(work, { recursive: true, force: true });
}
