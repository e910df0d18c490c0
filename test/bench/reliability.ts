// npm run bench:reliability [-- --only escapes,fuzz-api] [--quick] [--seed 1]
// Issue #15: one table of figures, each from a real run against the real server (a child
// process, `citegraph start`) and a real Neo4j (a throw-away one, holding the bundled UN
// corpus): console escape attempts, fuzzed extraction and API requests, `citegraph ingest`
// killed with SIGKILL, Neo4j killed under load, and a load run with autocannon. Each part is
// a module of reliability/ returning its rows; `--quick` shrinks every count for a first try.
// The table is printed and written to test-artifacts/reliability.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../server/config.ts';
import { consoleEscapes } from './reliability/escapes.ts';
import { fuzzApi } from './reliability/fuzz-api.ts';
import { fuzzExtraction } from './reliability/fuzz-extraction.ts';
import { CONSOLE_RATE_LIMIT_FOR_BENCH, Harness, log, machine, type Row, type Scale } from './reliability/harness.ts';
import { killIngest } from './reliability/kill-ingest.ts';
import { killNeo4j } from './reliability/kill-neo4j.ts';
import { load } from './reliability/load.ts';

/** The parts in the order they run: the ingest kills last, since they wipe the graph the others read. */
const PARTS = {
  'fuzz-extraction': (scale: Scale) => fuzzExtraction(scale),
  escapes: (scale: Scale, harness: Harness) => consoleEscapes(scale, harness),
  'fuzz-api': (scale: Scale, harness: Harness) => fuzzApi(scale, harness),
  load: (scale: Scale, harness: Harness) => load(scale, harness),
  'kill-neo4j': (scale: Scale, harness: Harness) => killNeo4j(scale, harness),
  'kill-ingest': (scale: Scale, harness: Harness) => killIngest(scale, harness),
} satisfies Record<string, (scale: Scale, harness: Harness) => Promise<Row[]>>;
type Part = keyof typeof PARTS;
const isPart = (name: string): name is Part => Object.hasOwn(PARTS, name);

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '15' },
  },
});
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean) ?? Object.keys(PARTS);
const unknown = only.filter((name) => !isPart(name));
if (unknown.length > 0) {
  console.error(`bench:reliability: unknown part ${unknown.join(', ')}; the parts are ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
const scale: Scale = { quick: values.quick, seed: Number(values.seed) };

const started = performance.now();
// The machine may be shared: the load average says how much of it the run had.
const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');
const loadAtStart = loadAverage();
log(`bench:reliability on ${machine()}${scale.quick ? ' (--quick: reduced counts)' : ''}; parts: ${only.join(', ')}`);
log(`The API server runs with CITEGRAPH_CONSOLE_RATE_LIMIT=${CONSOLE_RATE_LIMIT_FOR_BENCH} (every bench request comes from one address; 429s are counted apart).`);

const harness = new Harness();
const rows: Row[] = [];
const partErrors: string[] = [];
const stopping = () => {
  void harness.close().finally(() => process.exit(130));
};
process.once('SIGINT', stopping);
process.once('SIGTERM', stopping);
try {
  for (const name of Object.keys(PARTS).filter(isPart)) {
    if (!only.includes(name)) continue;
    const partStarted = performance.now();
    log(`\n== ${name} ==`);
    try {
      const partRows = await PARTS[name](scale, harness);
      rows.push(...partRows);
      for (const row of partRows) log(`  ${row.measure}: ${row.tried} tried, ${row.failures} failures — ${row.met ? 'met' : 'NOT met'}; ${row.detail.join('; ')}`);
    } catch (error) {
      // One part that cannot run must not hide the others' figures: it is a row that failed.
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      partErrors.push(`${name}: ${message}`);
      rows.push({ measure: `${name} (did not complete)`, tried: 0, failures: 1, target: 'runs', met: false, detail: [message.split('\n')[0]!] });
      log(`  ${name} did not complete:\n${message}`);
    }
    log(`  (${name}: ${((performance.now() - partStarted) / 1000).toFixed(0)} s)`);
  }
} finally {
  await harness.close();
}

const minutes = (performance.now() - started) / 60_000;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const table = [
  '| measure | tried | failures / changes | target | met? |',
  '|---|---|---|---|---|',
  ...rows.map((row) => `| ${cell(row.measure)} | ${row.tried.toLocaleString('en')} | ${row.failures.toLocaleString('en')} | ${cell(row.target)} | ${row.met ? '✓' : '✗'} |`),
];
console.log(`\nbench:reliability — ${machine()}; ${minutes.toFixed(1)} min${scale.quick ? ' (--quick)' : ''}; load average (1/5/15 min) ${loadAtStart} at the start, ${loadAverage()} at the end\n`);
console.log(table.join('\n'));
console.log('');
for (const row of rows) console.log(`- ${row.measure}: ${row.detail.join('; ')}`);

const artifacts = path.join(projectRoot, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const report = { machine: machine(), quick: scale.quick, seed: scale.seed, parts: only, minutes: Number(minutes.toFixed(2)), loadAverage: { start: loadAtStart, end: loadAverage() }, date: new Date().toISOString(), rows, partErrors };
fs.writeFileSync(path.join(artifacts, 'reliability.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(process.cwd(), path.join(artifacts, 'reliability.json'))}.`);
process.exitCode = rows.every((row) => row.met) ? 0 : 1;
