// npm run bench:api [-- --documents 100000 --requests 400 --concurrency 8]
// Loads the synthetic corpus (test/bench/synthetic.ts: 100,000 documents, about 1,000,000
// citation edges) into a throw-away Neo4j, serves the API on a free port, and measures
// p50/p95/p99 latency under concurrent requests for search, recalled-by, lineage (depth 3)
// and neighbourhood, on documents drawn at random from the corpus.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '../../server/cli.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { writeInBatches } from '../support/write-batches.ts';
import { generateRecords, mulberry32 } from './synthetic.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '1,4,8' },
  },
});
const documents = Number(values.documents);
const requests = Number(values.requests);
const concurrencies = values.concurrency.split(',').map(Number);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`bench:api on ${machine}: ${documents} documents, ${requests} requests per endpoint, ${concurrencies.join(' / ')} at a time`);
const neo4j = await startThrowawayNeo4j({ heap: '3g', pageCache: '3g' });
const driver = createDriver(neo4j.graph.connection);

try {
  await applySchema(driver);
  const writer = new GraphWriter(driver);
  await writer.writeGazetteer();
  const loadStarted = performance.now();
  const symbols: string[] = [];
  const corpus = function* () {
    for (const record of generateRecords({ documents })) {
      symbols.push(record.symbol!);
      yield record as IngestableRecord;
    }
  };
  await writeInBatches(writer, corpus(), { batchSize: 1000, onBatch: (n) => n % 20_000 === 0 && console.log(`  loaded ${n} documents…`) });
  const { records } = await driver.executeQuery('MATCH ()-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->() RETURN count(r) AS edges');
  const edges = Number(records[0]?.get('edges'));
  console.log(`Loaded ${symbols.length} documents and ${edges} citation edges in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s.\n`);

  const config = loadConfig({ NEO4J_URI: neo4j.graph.connection.uri, PORT: '0', HOST: '127.0.0.1' });
  const { server, repository, url } = await serve(config, { mode: 'external', connection: config.external!, description: '' });
  const random = mulberry32(42);
  const pick = () => encodeURIComponent(symbols[Math.floor(random() * symbols.length)]!);
  const searchTerms = ['61/177', 'A/RES/70/1', 'human rights', 'enforced disappearance', '第75/1号', 'HRC 36/6', 'climate', 'S/RES/1325 (2000)'];

  const endpoints: [string, () => string, number?][] = [
    ['search', () => `/api/search?q=${encodeURIComponent(searchTerms[Math.floor(random() * searchTerms.length)]!)}`],
    ['recalled-by', () => `/api/recalled-by/${pick()}`, 50],
    ['neighbourhood', () => `/api/neighbourhood/${pick()}`, 50],
    ['lineage (depth 3)', () => `/api/lineage/${pick()}?depth=3`, 150],
  ];

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const rows: string[] = [];
  for (const concurrency of concurrencies) {
    for (const [name, path, target] of endpoints) {
      const run = async (count: number) => {
        const latencies: number[] = [];
        let next = 0;
        let failures = 0;
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (next++ < count) {
              const started = performance.now();
              const response = await fetch(`${url}${path()}`);
              await response.arrayBuffer();
              latencies.push(performance.now() - started);
              if (!response.ok) failures++;
            }
          }),
        );
        return { latencies: latencies.sort((a, b) => a - b), failures };
      };
      await run(Math.min(100, requests)); // warm-up: plans cached, pages in memory
      const started = performance.now();
      const { latencies, failures } = await run(requests);
      const seconds = (performance.now() - started) / 1000;
      const p95 = percentile(latencies, 95);
      const verdict = target === undefined ? '' : p95 < target ? `✓ (< ${target} ms)` : `✗ (target < ${target} ms)`;
      rows.push(`| ${concurrency} | ${name} | ${percentile(latencies, 50).toFixed(1)} | ${p95.toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${(latencies.length / seconds).toFixed(0)} | ${failures} | ${verdict} |`);
    }
  }
  console.log('| concurrent clients | endpoint | p50 ms | p95 ms | p99 ms | requests/s | errors | target |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  server.close();
  await repository.close();
} finally {
  await driver.close();
  await neo4j.stop();
}
