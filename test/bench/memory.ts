// npm run bench:memory [-- --files 10000,100000 --bin path/to/citegraph.mjs --skip-own]
// Memory of a whole `citegraph ingest` as a user runs it: synthetic text files (one resolution
// each, test/bench/synthetic.ts) written to a temporary folder, ingested by the command in its
// own process into a throw-away Neo4j; the peak resident memory of that process (VmHWM, from
// /usr/bin/time -v: its worker threads and the PageRank at the end included) at each corpus
// size. Flat in the corpus size means about the same peak at 10⁴ and 10⁵ files. `--bin` runs
// another checkout's command (a baseline) against the same files.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { wipeGraph } from '../support/dump.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';
import { writeTextCorpus } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000,100000' },
    bin: { type: 'string', multiple: true },
    /** Only the --bin commands (a baseline run alone). */
    'skip-own': { type: 'boolean', default: false },
  },
});
const sizes = values.files.split(',').map(Number);
const ownBin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'bin', 'citegraph.mjs');
const bins = [...(values['skip-own'] ? [] : [ownBin]), ...(values.bin ?? []).map((bin) => path.resolve(bin))];

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:memory on ${machine}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
// Wiping a graph of 10⁵ documents between runs needs more than the 256 MB a transaction may
// take by default (the ingest itself runs within it).
process.env.CITEGRAPH_NEO4J_TX_MEMORY ??= '1g';
const neo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '1g' });
const driver = createDriver(neo4j.graph.connection);
console.log(`${neo4j.graph.description}\n`);

/** Runs `citegraph ingest --json dir` under /usr/bin/time -v: its summary, wall time and peak RSS. */
function ingest(bin: string, dir: string): Promise<{ seconds: number; peakMB: number; summary: { files: number; documents: number; errorsTotal?: number; errors: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, bin, 'ingest', '--json', dir], {
      env: { ...process.env, NEO4J_URI: neo4j.graph.connection.uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', () => {
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (!peak || !wall || !line) return reject(new Error(`ingest failed:\n${stdout.slice(-2000)}\n${stderr.slice(-3000)}`));
      resolve({ seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), peakMB: Number(peak[1]) / 1024, summary: JSON.parse(line) });
    });
  });
}

const rows: string[] = [];
try {
  await applySchema(driver);
  for (const size of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-memory-'));
    try {
      const corpus = writeTextCorpus(dir, { documents: size, seed: 11 });
      for (const bin of bins) {
        await wipeGraph(driver);
        const run = await ingest(bin, dir);
        const { records: rels } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
        const row = `| ${bin === ownBin ? 'this checkout' : bin} | ${corpus.files.length} | ${(corpus.bytes / 2 ** 20).toFixed(0)} MB | ${run.summary.documents} | ${Number(rels[0]!.get('n'))} | ${run.seconds.toFixed(0)} | ${(run.summary.documents / run.seconds).toFixed(0)} | **${run.peakMB.toFixed(0)} MB** | ${run.summary.errorsTotal ?? run.summary.errors.length} |`;
        console.log(row);
        rows.push(row);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nload average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| command | files | text | documents | relationships | s | documents/s | peak RSS of `citegraph ingest` | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await driver.close();
  await neo4j.stop();
}
