// Fuzzed API requests: generated from the route table's OpenAPI document (server/routes/api.ts)
// — every path and query parameter given random, boundary and wrong values (enums and
// their near misses, integers at and past their bounds, wrong types, huge and empty
// strings, Unicode, encoded slashes and dots, malformed percent-encoding, repeated and
// unknown parameters), console bodies of every shape, wrong methods and unknown paths —
// and sent as raw HTTP (node:http, so paths reach the server as written). Every answer must
// be JSON, an error must be {error: {code, message}}, and none may be a 500 or carry a stack trace.
import http from 'node:http';
import { openApiDocument, routes } from '../../../server/routes/api.ts';
import { formatTally, LEAKS_INTERNALS, log, random, tally, type Harness, type Row, type Scale } from './harness.ts';

interface ParameterSchema {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: { enum?: string[] };
}
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: ParameterSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  hasBody: boolean;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The route whose answer this is, to check a 200 against its response schema. */
  route?: string;
}

function operations(): Operation[] {
  const document = openApiDocument() as { paths: Record<string, Record<string, { parameters: Parameter[]; requestBody?: unknown }>> };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path, parameters: operation.parameters, hasBody: operation.requestBody !== undefined })),
  );
}

/** Strings that have broken servers: encodings, separators, injections, sizes. */
const NASTY = [
  '', ' ', '%', '%%', '%2', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%0A', '%0D%0A', '%FF%FE', '..', '%2E%2E', '..%2F..%2Fetc%2Fpasswd', '%2F', '%2F%2F',
  '%5C', 'A%2FRES%2F76%2F158%2F..%2F..', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', "'%20OR%201%3D1", '%27)%20DETACH%20DELETE%20n%20%2F%2F', '%24param',
  '%7B%7D', '%5B%5D', 'null', 'undefined', 'NaN', 'Infinity', '-0', '1e309', '0x10', '1.5', '-1', '9007199254740993', '99999999999999999999999',
  'true', 'TRUE', '1', 'yes', '%F0%9F%98%80', '%E2%80%AE', '%E2%80%8B', '%EF%BB%BF', '%E7%AC%AC61%2F177%E5%8F%B7', 'instrument%3A', 'instrument%3Anope',
  'instrument%3Aicpped', 'A%2FRES%2F61%2F177', 'a%2Fres%2F61%2F177', 'HRC%2036%2F6', 'S%2FRES%2F1325%20(2000)', '__proto__', 'constructor', 'toString',
];

const enc = encodeURIComponent;
/** What an HTTP request line cannot carry as is (spaces, controls, non-ASCII) percent-encoded; deliberate % sequences stay. */
const rawSafe = (text: string) => text.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));

export async function fuzzApi(scale: Scale, harness: Harness): Promise<Row[]> {
  const server = await harness.server();
  const driver = await harness.driver();
  const total = scale.quick ? 1_000 : 10_000;
  const rand = random(scale.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;

  const { records } = await driver.executeQuery('MATCH (d:Document) WITH d ORDER BY d.pagerank DESC LIMIT 60 RETURN d.symbol AS s UNION MATCH (i:Instrument) RETURN i.key AS s LIMIT 20');
  const realSymbols = records.map((r) => String(r.get('s')));
  const examples = (await (await fetch(`${server.url}/api/queries`)).json()) as { queries: { query: string }[] };

  const randomUnicode = (length: number) =>
    Array.from({ length }, () => String.fromCodePoint(pick([0x41 + Math.floor(rand() * 26), 0x4e00 + Math.floor(rand() * 2000), 0x600 + Math.floor(rand() * 200), 0x1f600 + Math.floor(rand() * 50), 0x20 + Math.floor(rand() * 95)]))).join('');

  const symbolValue = (): string => {
    const r = rand();
    if (r < 0.35) return enc(pick(realSymbols));
    if (r < 0.6) return pick(NASTY) || 'x';
    if (r < 0.7) return enc(randomUnicode(1 + Math.floor(rand() * 30)));
    if (r < 0.75) return 'x'.repeat(pick([199, 200, 201, 1000, 8000]));
    if (r < 0.85) return enc(pick(realSymbols)).replace(/%2F/g, pick(['/', '%2f', '%252F', '%5C']));
    return enc(`${pick(['A/RES/', 'S/RES/', 'A/HRC/RES/', 'E/CN.4/RES/', 'instrument:', ''])}${Math.floor(rand() * 100)}/${Math.floor(rand() * 400)}${pick(['', ' A', '/Add.1', ' (2000)', '*', '.'])}`);
  };

  const valueFor = (schema: ParameterSchema): string | string[] => {
    const r = rand();
    if (r < 0.15) return pick(NASTY);
    if (r < 0.2) return enc(randomUnicode(1 + Math.floor(rand() * 40)));
    if (r < 0.23) return [valueFor(schema), valueFor(schema)].flat(); // a repeated parameter
    if (schema.enum) return chance(0.7) ? pick(schema.enum) : pick([pick(schema.enum).toLowerCase(), `${pick(schema.enum)} `, `${pick(schema.enum)},${pick(schema.enum)}`, 'x']);
    if (schema.type === 'array') {
      const items = schema.items?.enum ?? ['x'];
      const list = Array.from({ length: Math.floor(rand() * 5) }, () => (chance(0.8) ? pick(items) : pick(['recalls', 'NOPE', '', ' ', 'RECALLS '])));
      return chance(0.2) ? list : list.join(pick([',', ',,', ' , ', '%2C']));
    }
    if (schema.type === 'integer') {
      const { minimum = 0, maximum = 1000 } = schema;
      return String(pick([minimum, maximum, minimum - 1, maximum + 1, 0, -1, Math.floor(minimum + rand() * (maximum - minimum)), 2 ** 31, 2 ** 53 + 1, 1e21, '1.5', '1e3', ' 5', '0x10', 'ten', '']));
    }
    if (schema.pattern) return pick(['1992', '1992-12-18', '0000', '9999-99-99', '1992-1-1', '19921', '20000', '1992-12-18T00:00', '-1992', '１９９２']);
    const max = schema.maxLength ?? 200;
    const r2 = rand();
    if (r2 < 0.5) return enc(pick(['61/177', 'human rights', 'A/RES/70/1', '第75/1号', 'HRC 36/6', 'climate', 'S/RES/1325 (2000)', '1325', 'UNBIS:health', 'health', 'women']));
    if (r2 < 0.7) return 'a'.repeat(pick([max, max + 1, 0, 10_000]));
    if (r2 < 0.8) return enc(randomUnicode(max));
    return enc(pick(realSymbols));
  };

  const consoleBody = (): { body: string; contentType: string } => {
    const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: 'application/json' });
    const r = rand();
    if (r < 0.25) return json({ query: pick(examples.queries).query, params: {} });
    if (r < 0.35) return json({ query: `MATCH (d:Document) WHERE d.symbol = $s RETURN d LIMIT $n`, params: { s: pick(realSymbols), n: pick([1, 10, -1, 0, 1e12, 'ten', null, 2.5]) } });
    if (r < 0.45) return json({ query: pick(['MATCH (n RETURN n', 'RETURN', '', ' ', 'RETURN 1', 'RETURN $x', 'MATCH (n) RETURN n', 'UNWIND range(1,5000) AS x RETURN x', 'RETURN 1/0', "RETURN toInteger('x')", 'RETURN [x IN range(1,10) | x*x]', randomUnicode(50)]), params: {} });
    if (r < 0.55) return json({ query: pick([1, null, true, [], {}, ['RETURN 1']]), params: {} });
    if (r < 0.62) return json({ query: 'RETURN $p AS p', params: pick([[], 'x', null, 1, { p: null }, { p: { a: [1, { b: 'c' }] } }, { p: 'x'.repeat(60_000) }]) });
    if (r < 0.67) return json({ query: 'RETURN 1', params: {}, extra: pick([1, 'x', {}]) });
    if (r < 0.72) return json(pick([null, [], 'RETURN 1', 1, {}]));
    if (r < 0.77) return json({ query: 'RETURN 1', params: { deep: JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`) as unknown } });
    if (r < 0.82) return json({ query: 'RETURN $x', params: { x: 'y'.repeat(70_000) } }); // past the 64 kB cap: 413
    if (r < 0.86) return json({ query: `RETURN 1 ${'/* pad */'.repeat(700)}`, params: {} }); // past 5,000 characters
    if (r < 0.93) return { body: pick(['{', '{"query": ', '{"query": "RETURN 1",}', 'RETURN 1', '\u0000', '{"query": "\\ud800"}', '[1,2', '{"__proto__": {"x": 1}, "query": "RETURN 1"}']), contentType: 'application/json' };
    return { body: pick(['query=RETURN%201', 'RETURN 1', '<xml/>']), contentType: pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', '']) };
  };

  const ops = operations();
  const generate = (): FuzzRequest => {
    const r = rand();
    if (r < 0.04) {
      return { method: pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: pick(['/api/nope', '/api/', '/api', '/api/documents', '/api/documents/', '/api/lineage', '/api//health', '/api/health/extra', '/api/cypher/x', `/api/${pick(NASTY)}`]), headers: {} };
    }
    const op = pick(ops);
    // a wrong method on a known path
    if (r < 0.07) return { method: op.method === 'get' ? pick(['POST', 'PUT', 'DELETE']) : 'GET', path: op.path.replace('{symbol}', enc(pick(realSymbols))), headers: { 'content-type': 'application/json' }, body: '{}' };
    let path = op.path;
    const query: string[] = [];
    for (const parameter of op.parameters) {
      if (parameter.in === 'path') {
        path = path.replace(`{${parameter.name}}`, rawSafe(symbolValue()));
        continue;
      }
      if (!parameter.required && chance(0.5)) continue;
      if (parameter.required && chance(0.05)) continue; // a missing required parameter
      const value = valueFor(parameter.schema);
      for (const v of Array.isArray(value) ? value : [value]) query.push(`${parameter.name}=${rawSafe(v)}`);
    }
    if (chance(0.1)) query.push(`${pick(['unknown', 'limit[]', 'q[a]', '__proto__', 'constructor', '%00', '', 'a'.repeat(300)])}=${rawSafe(pick(NASTY))}`);
    if (chance(0.03)) query.push(pick(['&&&', '=', '==', 'q', '?']));
    const route = routes.find((candidate) => candidate.path === op.path.replace(/\{(\w+)\}/g, ':$1') && candidate.method === op.method)?.path;
    const request: FuzzRequest = { method: op.method.toUpperCase(), path: query.length ? `${path}?${query.join('&')}` : path, headers: {}, route };
    if (op.hasBody) {
      const { body, contentType } = consoleBody();
      request.body = body;
      if (contentType) request.headers['content-type'] = contentType;
    }
    return request;
  };

  const { port, hostname } = new URL(server.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const send = (request: FuzzRequest) =>
    new Promise<{ status: number; contentType: string; text: string }>((resolve, reject) => {
      const outgoing = http.request(
        { host: hostname, port, method: request.method, path: request.path, headers: { ...request.headers, ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}) }, agent, timeout: 60_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 60 s')));
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });

  const statuses: number[] = [];
  const failures: { request: FuzzRequest; why: string }[] = [];
  const wrongShape: { request: FuzzRequest; why: string }[] = [];
  const byRoute = new Map<string, number>();
  const millisecondsByRoute = new Map<string, number>();
  // A few generated paths cannot be sent at all (Node's client refuses unescaped characters in
  // a path): they are not requests the server saw, so more are drawn until `total` were sent.
  const requests = Array.from({ length: Math.ceil(total * 1.01) + 10 }, generate);
  let next = 0;
  let unsendable = 0;
  const started = performance.now();
  const serverErrorsBefore = server.stderr.length;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (statuses.length < total && next < requests.length) {
        const request = requests[next++]!;
        byRoute.set(request.route ?? 'other', (byRoute.get(request.route ?? 'other') ?? 0) + 1);
        const sent = performance.now();
        try {
          const answer = await send(request);
          millisecondsByRoute.set(request.route ?? 'other', (millisecondsByRoute.get(request.route ?? 'other') ?? 0) + performance.now() - sent);
          statuses.push(answer.status);
          let json: unknown;
          try {
            json = JSON.parse(answer.text);
          } catch {
            failures.push({ request, why: `${answer.status}, not JSON: ${answer.text.slice(0, 120)}` });
            continue;
          }
          if (!answer.contentType.includes('application/json')) failures.push({ request, why: `${answer.status} with content-type ${answer.contentType}` });
          else if (answer.status >= 500 && !(answer.status === 504 && request.route === '/api/cypher')) failures.push({ request, why: `${answer.status}: ${answer.text.slice(0, 160)}` });
          else if (LEAKS_INTERNALS.test(answer.text)) failures.push({ request, why: `internals in the answer: ${answer.text.slice(0, 160)}` });
          else if (answer.status >= 400) {
            const error = json && typeof json === 'object' && 'error' in json ? (json.error as { code?: unknown; message?: unknown }) : undefined;
            if (typeof error?.code !== 'string' || typeof error.message !== 'string') failures.push({ request, why: `${answer.status} without {error: {code, message}}: ${answer.text.slice(0, 120)}` });
          } else if (answer.status === 200 && request.route) {
            const spec = routes.find((route) => route.path === request.route);
            const parsed = spec?.response.safeParse(json);
            if (parsed && !parsed.success) wrongShape.push({ request, why: parsed.error.issues.slice(0, 2).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
          }
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_UNESCAPED_CHARACTERS') {
            unsendable++;
            continue;
          }
          statuses.push(0);
          failures.push({ request, why: `no answer: ${(error as Error).message}` });
        }
        if (next % 2_000 === 0) log(`  API fuzz: ${next} requests, ${failures.length} failing`);
      }
    }),
  );
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const serverErrors = server.stderr.slice(serverErrorsBefore).filter((line) => /Error|internal/.test(line));
  const describeRequest = (request: FuzzRequest) => `${request.method} ${request.path.slice(0, 160)}${request.body ? ` ${request.body.slice(0, 80)}` : ''}`;
  failures.sort((a, b) => Number(/^5\d\d/.test(b.why)) - Number(/^5\d\d/.test(a.why)));
  for (const line of serverErrors.slice(0, 20)) log(`  server log: ${line}`);
  for (const failure of failures.slice(0, 10)) log(`  ✗ ${describeRequest(failure.request)} → ${failure.why}`);
  for (const shape of wrongShape.slice(0, 5)) log(`  200 not matching the route's response schema: ${describeRequest(shape.request)} → ${shape.why}`);
  const crashed = server.exited();
  return [
    {
      measure: 'fuzzed API requests through every route (valid JSON error, never a 500 or a stack trace)',
      tried: statuses.length,
      failures: failures.length + (crashed ? 1 : 0),
      target: '0',
      met: failures.length === 0 && !crashed,
      detail: [
        `statuses ${formatTally(tally(statuses))}`,
        `failures by kind: ${formatTally(tally(failures.map((f) => f.why.replace(/^(\d{3}|no answer)[:,]? ?(\{"error":\{"code":"(\w+)")?.*$/s, (_, status: string, _json: string, code?: string) => `${status}${code ? ` ${code}` : ''}`).slice(0, 60))))}`,
        `${byRoute.size - (byRoute.has('other') ? 1 : 0)} routes (${[...byRoute].map(([route, n]) => `${route.replace('/api/', '')} ${n}`).join(', ')})`,
        `mean ms by route: ${[...millisecondsByRoute].map(([route, ms]) => `${route.replace('/api/', '')} ${(ms / (byRoute.get(route) ?? 1)).toFixed(0)}`).join(', ')}`,
        `${(statuses.length / seconds).toFixed(0)} requests/s over ${seconds.toFixed(0)} s, 8 at a time, seed ${scale.seed}`,
        `server process ${crashed ?? 'still up'}; ${serverErrors.length} error lines in its log`,
        `${unsendable} generated paths not sendable (unescaped characters, refused by Node's client) and replaced`,
        `${wrongShape.length} answers of 200 not matching their route's response schema`,
        ...failures.slice(0, 3).map((f) => `e.g. ${describeRequest(f.request)} → ${f.why}`),
      ],
    },
  ];
}
