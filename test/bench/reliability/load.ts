// Load: autocannon with 200 concurrent clients for 60 s against the API server on the
// bundled real graph, over a mix of what the explorer asks — search, a document, recalled-by,
// lineage, neighbourhood, and console queries (the example queries of /api/queries and small
// parameterised reads). Every answer but a 2xx is an error, except 429, counted apart (the
// console's per-client rate limit is raised for the bench: all clients share one address).
// Latency percentiles are computed from every response's own time, over the whole mix and per kind.
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { CONSOLE_RATE_LIMIT_FOR_BENCH, formatTally, log, percentile, random, tally, type Harness, type Row, type Scale } from './harness.ts';

export type RequestKind = 'search' | 'document' | 'recalled-by' | 'lineage' | 'neighbourhood' | 'console';

export interface MixRequest {
  kind: RequestKind;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** The share of each kind in the mix: mostly the explorer's own reads, some console queries. */
export const MIX: Record<RequestKind, number> = { search: 0.25, document: 0.2, 'recalled-by': 0.15, lineage: 0.1, neighbourhood: 0.2, console: 0.1 };

const SEARCH_TERMS = ['61/177', 'A/RES/70/1', 'human rights', 'enforced disappearance', '第75/1号', 'HRC 36/6', 'climate', 'S/RES/1325 (2000)', '1325', 'women', 'peacekeeping', 'Palestine', 'sustainable development', 'torture', 'children'];

/** A generator of realistic requests over the real graph: documents drawn from those that cite or are cited. */
export async function requestMix(driver: Driver, seed: number): Promise<() => MixRequest> {
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.ingested AND COUNT { (d)-[:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]-() } > 0 RETURN d.symbol AS s ORDER BY s',
  );
  const symbols = records.map((record) => String(record.get('s')));
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const symbol = () => encodeURIComponent(pick(symbols));
  const consoleQueries = [
    { query: "MATCH (d:Document {symbol: 'A/RES/76/158'})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(t) RETURN d, r, t LIMIT 200" },
    { query: 'MATCH (d:Document)<-[r:RECALLS|REAFFIRMS]-(citing:Document) RETURN d.symbol AS document, count(DISTINCT citing) AS recalledBy ORDER BY recalledBy DESC, document LIMIT 20' },
    { query: "MATCH p = (d:Document {body: 'HRC'})-[:PUBLISHED_IN]->(:Document) RETURN p LIMIT 100" },
    { query: 'MATCH (d:Document {symbol: $s})-[r]->(t) RETURN d, r, t LIMIT 50', symbol: true },
    { query: 'MATCH (d:Document {symbol: $s})<-[r:RECALLS]-(c:Document) RETURN c.symbol AS citing, c.date AS date ORDER BY date LIMIT 100', symbol: true },
    { query: 'MATCH (d:Document) WHERE d.body = $b RETURN d.symbol AS symbol, d.date AS date ORDER BY date DESC LIMIT 25', body: true },
  ];
  const kinds = Object.entries(MIX) as [RequestKind, number][];
  return () => {
    let r = rand();
    const kind = kinds.find(([, share]) => (r -= share) < 0)?.[0] ?? 'search';
    switch (kind) {
      case 'search':
        return { kind, method: 'GET', path: `/api/search?q=${encodeURIComponent(rand() < 0.6 ? pick(SEARCH_TERMS) : pick(symbols))}` };
      case 'document':
        return { kind, method: 'GET', path: `/api/documents/${symbol()}` };
      case 'recalled-by':
        return { kind, method: 'GET', path: `/api/recalled-by/${symbol()}${rand() < 0.3 ? '?transitive=true' : ''}` };
      case 'lineage':
        return { kind, method: 'GET', path: `/api/lineage/${symbol()}?depth=${pick([2, 2, 3])}&direction=${pick(['both', 'ancestors', 'descendants'])}` };
      case 'neighbourhood':
        return { kind, method: 'GET', path: `/api/neighbourhood/${symbol()}` };
      case 'console': {
        const chosen = pick(consoleQueries);
        const params = chosen.symbol ? { s: pick(symbols) } : chosen.body ? { b: pick(['GA', 'SC', 'HRC', 'ECOSOC']) } : {};
        return { kind, method: 'POST', path: '/api/cypher', body: JSON.stringify({ query: chosen.query, params }) };
      }
    }
  };
}

interface Sample {
  kind: RequestKind;
  status: number;
  milliseconds: number;
}

export async function load(scale: Scale, harness: Harness): Promise<Row[]> {
  const server = await harness.server();
  const next = await requestMix(await harness.driver(), scale.seed);
  const connections = scale.quick ? 50 : 200;
  const duration = scale.quick ? 10 : 60;

  const run = async (options: { connections: number; duration: number; record: boolean }) => {
    const samples: Sample[] = [];
    const errorBodies: string[] = [];
    let answered: { kind: RequestKind; status: number } | undefined;
    type Context = { kind?: RequestKind };
    const result = await autocannon({
      url: server.url,
      connections: options.connections,
      duration: options.duration,
      timeout: 30,
      requests: [
        {
          setupRequest: (request, context) => {
            const chosen = next();
            (context as Context).kind = chosen.kind;
            return { ...request, method: chosen.method, path: chosen.path, body: chosen.body, headers: chosen.body ? { 'content-type': 'application/json' } : {} };
          },
          onResponse: (status, body, context) => {
            answered = { kind: (context as Context).kind ?? 'search', status };
            if ((status < 200 || status >= 300) && errorBodies.length < 10) errorBodies.push(`${status} ${body.slice(0, 200)}`);
          },
        },
      ],
      setupClient: (client) => {
        // 'response' follows onResponse synchronously for the same request (autocannon's httpClient)
        client.on('response', (_status: number, _bytes: number, milliseconds: number) => {
          if (options.record && answered) samples.push({ ...answered, milliseconds });
          answered = undefined;
        });
      },
    });
    return { result, samples, errorBodies };
  };

  log(`  warm-up: 20 clients for ${scale.quick ? 3 : 8} s…`);
  await run({ connections: 20, duration: scale.quick ? 3 : 8, record: false });
  log(`  load: ${connections} clients for ${duration} s…`);
  const { result, samples, errorBodies } = await run({ connections, duration, record: true });

  const latencies = samples.map((s) => s.milliseconds).sort((a, b) => a - b);
  const rateLimited = samples.filter((s) => s.status === 429).length;
  const badStatuses = samples.filter((s) => (s.status < 200 || s.status >= 300) && s.status !== 429).length;
  const errors = badStatuses + result.errors;
  const perKind = (Object.keys(MIX) as RequestKind[]).map((kind) => {
    const times = samples.filter((s) => s.kind === kind).map((s) => s.milliseconds).sort((a, b) => a - b);
    return `${kind} ${times.length} (p50 ${percentile(times, 50).toFixed(0)}, p95 ${percentile(times, 95).toFixed(0)}, p99 ${percentile(times, 99).toFixed(0)} ms)`;
  });
  for (const body of errorBodies) log(`  error answer: ${body}`);
  const throughput = samples.length / result.duration;
  const figures = {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: throughput,
  };
  return [
    {
      measure: `load: autocannon, ${connections} concurrent clients for ${duration} s, realistic mix on the bundled graph / errors`,
      tried: samples.length,
      failures: errors,
      target: '0',
      met: errors === 0 && server.exited() === undefined,
      detail: [
        `latency p50 ${figures.p50.toFixed(0)} ms, p95 ${figures.p95.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms; ${figures.requestsPerSecond.toFixed(0)} requests/s`,
        `statuses ${formatTally(tally(samples.map((s) => s.status)))}; 429 (rate limit, counted apart): ${rateLimited}; connection errors ${result.errors} (timeouts ${result.timeouts}, limit 30 s)`,
        `mix: ${perKind.join(', ')}`,
        `CITEGRAPH_CONSOLE_RATE_LIMIT=${CONSOLE_RATE_LIMIT_FOR_BENCH} for the run; a warm-up of 20 clients first`,
      ],
    },
  ];
}
