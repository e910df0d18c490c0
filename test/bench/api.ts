// npm run bench:api [-- --documents 100000 --requests 400 --concurrency 1,8,32 --draw uniform,zipf
//                      --endpoints search,recalled-by,neighbourhood,lineage,lineage-evidence --neo4j-uri bolt://127.0.0.1:7687]
// Loads the synthetic corpus (test/bench/synthetic.ts: 100,000 documents, about 1,000,000
// citation edges) into a throw-away Neo4j (or into the server --neo4j-uri names, when it holds
// no document yet; one that holds documents is used as it is), serves the API from a process
// of its own on a free port (`citegraph serve`, compiled as `npm start` runs it), and measures p50/p95/p99 latency under concurrent requests for
// search, recalled-by, neighbourhood and lineage (depth 3, both directions, outlined as the
// explorer asks for it; lineage-evidence: the same with every edge's evidence), and the API
// server's peak RSS.
//
// Two ways of drawing the documents asked for:
// - uniform: every ingested document alike; a result cache barely hits, so this is what the
//   work itself costs;
// - zipf: the documents ranked by citations received, the k-th drawn with probability
//   proportional to 1/k (s = 1): the most cited resolutions are the ones people open, and
//   about 4 in 10 requests go to the 100 most cited.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { writeInBatches } from '../support/write-batches.ts';
import { generateRecords, mulberry32 } from './synthetic.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '1,8,32' },
    draw: { type: 'string', default: 'uniform,zipf' },
    endpoints: { type: 'string', default: 'search,recalled-by,neighbourhood,lineage,lineage-evidence' },
    'neo4j-uri': { type: 'string' },
    /** The Neo4j process of --neo4j-uri, when it runs on this machine: its CPU time per request is reported. */
    'neo4j-pid': { type: 'string' },
  },
});
const documents = Number(values.documents);
const requests = Number(values.requests);
const concurrencies = values.concurrency.split(',').map(Number);
const draws = values.draw.split(',') as ('uniform' | 'zipf')[];
const wanted = new Set(values.endpoints.split(','));
const here = path.dirname(fileURLToPath(import.meta.url));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:api on ${machine}: ${requests} requests per endpoint, ${concurrencies.join(' / ')} at a time, draws ${draws.join(', ')}`);

const CITATIONS = ':RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES';

async function load(driver: Driver): Promise<void> {
  await applySchema(driver);
  const writer = new GraphWriter(driver);
  await writer.writeGazetteer();
  const started = performance.now();
  const records = function* () {
    for (const record of generateRecords({ documents })) yield record as IngestableRecord;
  };
  await writeInBatches(writer, records(), { batchSize: 1000, onBatch: (n) => n % 20_000 === 0 && console.log(`  loaded ${n} documents…`) });
  console.log(`Loaded ${documents} documents in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

/**
 * The API server as a child process, as users run it: `citegraph serve`, the compiled JavaScript
 * of dist/cli (built first, so that it is current; under tsx, source maps alone cost the driver
 * a few ms a request in stack traces). Resolves once it says where it serves.
 */
async function startServer(uri: string) {
  const root = path.join(here, '..', '..');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'build.ts')], { cwd: root, stdio: 'ignore' });
  const child = spawn(process.execPath, [path.join(root, 'server', 'bin', 'citegraph.mjs'), 'serve'], {
    env: { ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API server exited (${code}) before it listened`)));
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      const match = /^citegraph is serving (\S+)/.exec(line);
      if (match) resolve(match[1]!);
      else process.stderr.write(`${line}\n`);
    });
  });
  /** Resident and peak resident memory of the server process (MB), from the kernel's own count. */
  const memory = () => {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const mb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
    return { rss: mb('VmRSS'), peak: mb('VmHWM') };
  };
  const stop = () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));
  return { url, memory, stop, pid: child.pid };
}

/** CPU time (user + system, ms) a process of this machine has used so far, from the kernel's count; 0 when it is not ours to see. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

let throwaway: ThrowawayNeo4j | undefined;
let uri = values['neo4j-uri'];
let neo4jPid = values['neo4j-pid'] ? Number(values['neo4j-pid']) : undefined;
if (!uri) {
  throwaway = await startThrowawayNeo4j({ heap: '3g', pageCache: '3g' });
  uri = throwaway.graph.connection.uri;
  neo4jPid = Number(/pid (\d+)/.exec(throwaway.graph.description)?.[1]) || undefined;
}
const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  const counted = await driver.executeQuery('MATCH (d:Document) WHERE d.ingested RETURN count(d) AS n');
  if (Number(counted.records[0]?.get('n')) === 0) await load(driver);
  // The documents to ask for, most cited first (ties by symbol, so that a draw is the same every run).
  const { records } = await driver.executeQuery(
    `MATCH (d:Document) WHERE d.ingested RETURN d.symbol AS symbol, COUNT { (d)<-[${CITATIONS}]-() } AS cited ORDER BY cited DESC, symbol`,
  );
  const symbols = records.map((r) => String(r.get('symbol')));
  const cited = records.map((r) => Number(r.get('cited')));
  const edges = cited.reduce((a, b) => a + b, 0);
  console.log(`Graph: ${symbols.length} ingested documents, ${edges} citation edges into them.\n`);

  // Zipf over the ranks: a cumulative table, drawn by bisection.
  const cumulative: number[] = [];
  symbols.reduce((sum, _, k) => (cumulative.push(sum + 1 / (k + 1)), sum + 1 / (k + 1)), 0);
  const zipfIndex = (u: number) => {
    const goal = u * cumulative[cumulative.length - 1]!;
    let [lo, hi] = [0, cumulative.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < goal) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  server = await startServer(uri);
  const { url } = server;
  const random = mulberry32(42);
  let draw: 'uniform' | 'zipf' = 'uniform';
  const pick = () => encodeURIComponent(symbols[draw === 'zipf' ? zipfIndex(random()) : Math.floor(random() * symbols.length)]!);
  const searchTerms = ['61/177', 'A/RES/70/1', 'human rights', 'enforced disappearance', '第75/1号', 'HRC 36/6', 'climate', 'S/RES/1325 (2000)'];

  const endpoints: [string, string, () => string, Record<number, number>?][] = [
    ['search', 'search', () => `/api/search?q=${encodeURIComponent(searchTerms[Math.floor(random() * searchTerms.length)]!)}`],
    ['recalled-by', 'recalled-by', () => `/api/recalled-by/${pick()}`, { 1: 50, 8: 50 }],
    ['neighbourhood', 'neighbourhood', () => `/api/neighbourhood/${pick()}`, { 1: 50, 8: 50 }],
    // as the explorer asks for it: edges outlined, their evidence read when one is opened
    ['lineage', 'lineage (depth 3)', () => `/api/lineage/${pick()}?depth=3&evidence=false`, { 1: 150, 8: 150, 32: 400 }],
    ['lineage-evidence', 'lineage with evidence (depth 3)', () => `/api/lineage/${pick()}?depth=3`],
  ];

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  console.log('| draw | concurrent clients | endpoint | p50 ms | p95 ms | p99 ms | requests/s | cache hits | errors | API RSS MB (max) | CPU ms a request: API / Neo4j | target |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const drawn of draws) {
    draw = drawn;
    for (const concurrency of concurrencies) {
      for (const [key, name, path, targets] of endpoints) {
        if (!wanted.has(key) || (key === 'search' && drawn === 'zipf')) continue;
        const run = async (count: number) => {
          const latencies: number[] = [];
          let [next, failures, hits, rss] = [0, 0, 0, 0];
          const sampler = setInterval(() => (rss = Math.max(rss, server!.memory().rss)), 100);
          await Promise.all(
            Array.from({ length: concurrency }, async () => {
              while (next++ < count) {
                const started = performance.now();
                const response = await fetch(`${url}${path()}`);
                await response.arrayBuffer();
                latencies.push(performance.now() - started);
                if (!response.ok) failures++;
                if (response.headers.get('citegraph-cache') === 'hit') hits++;
              }
            }),
          );
          clearInterval(sampler);
          return { latencies: latencies.sort((a, b) => a - b), failures, hits, rss: Math.max(rss, server!.memory().rss) };
        };
        await run(Math.min(100, requests)); // warm-up: plans cached, pages in memory
        const started = performance.now();
        const cpuBefore = [cpuMs(server.pid), cpuMs(neo4jPid)];
        const { latencies, failures, hits, rss } = await run(requests);
        const seconds = (performance.now() - started) / 1000;
        const [apiCpu, neo4jCpu] = [cpuMs(server.pid) - cpuBefore[0]!, cpuMs(neo4jPid) - cpuBefore[1]!].map((ms) => (ms / latencies.length).toFixed(1));
        const cpu = `${apiCpu} / ${neo4jPid === undefined ? '?' : neo4jCpu}`;
        const p95 = percentile(latencies, 95);
        const target = targets?.[concurrency];
        const verdict = target === undefined ? '' : p95 < target ? `✓ (< ${target} ms)` : `✗ (target < ${target} ms)`;
        console.log(
          `| ${drawn} | ${concurrency} | ${name} | ${percentile(latencies, 50).toFixed(1)} | ${p95.toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${(latencies.length / seconds).toFixed(0)} | ${((100 * hits) / latencies.length).toFixed(0)} % | ${failures} | ${rss.toFixed(0)} | ${cpu} | ${verdict} |`,
        );
      }
    }
  }
  console.log(`\nAPI server peak RSS over the whole run: ${server.memory().peak.toFixed(0)} MB; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
} finally {
  await server?.stop();
  await driver.close();
  await throwaway?.stop();
}
