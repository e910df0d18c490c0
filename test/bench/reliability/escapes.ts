// Console escape attempts: every query of the corpus (escape-corpus.ts) through
// `POST /api/cypher` of the real server on the bundled graph. Success is judged by what
// changed, not by the answer: the whole graph is dumped before and after (test/support/dump.ts)
// and a fingerprint of what lies beside the graph — counts, labels, types, indexes,
// constraints, users, databases, settings — is taken after every query, so a change names its
// query. A crash is a 500, an answer that is not JSON, a stack trace, or a dead server.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { dumpGraph } from '../../support/dump.ts';
import { ESCAPE_ATTEMPTS, type EscapeAttempt } from './escape-corpus.ts';
import { formatTally, LEAKS_INTERNALS, log, readResponse, tally, type Harness, type Row, type Scale } from './harness.ts';

/** What lies beside the documents that a console must not change either, one line each. */
async function fingerprint(driver: Driver): Promise<Record<string, string>> {
  const read = async (query: string, database?: string) => {
    try {
      const { records } = await driver.executeQuery(query, {}, { database });
      return records.map((record) => JSON.stringify(record.toObject())).sort().join('\n');
    } catch (error) {
      return `(cannot read: ${(error as Error).message.split('\n')[0]})`;
    }
  };
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
  return {
    nodes: await read('MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS properties'),
    relationships: await read('MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS properties'),
    sample: hash(await read("MATCH (n:Document {symbol: 'A/RES/76/158'}) OPTIONAL MATCH (n)-[r]-() RETURN properties(n) AS n, collect(properties(r)) AS r")),
    labels: await read('CALL db.labels() YIELD label RETURN label'),
    types: await read('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'),
    indexes: await read('SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN *'),
    constraints: await read('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *'),
    users: await read('SHOW USERS YIELD user, passwordChangeRequired, suspended RETURN *', 'system'),
    databases: await read('SHOW DATABASES YIELD name, currentStatus, access, home, default RETURN *', 'system'),
    settings: hash(await read('SHOW SETTINGS YIELD name, value RETURN *')),
  };
}

/** Property keys are tokens: a refused write may leave one behind without changing the graph; reported, not counted. */
async function propertyKeys(driver: Driver): Promise<Set<string>> {
  const { records } = await driver.executeQuery('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey');
  return new Set(records.map((record) => String(record.get('propertyKey'))));
}

interface Outcome {
  kind: string;
  attempt: EscapeAttempt;
  status: number | 'no answer';
  code?: string;
  crash?: string;
  changed: string[];
}

export async function consoleEscapes(scale: Scale, harness: Harness): Promise<Row[]> {
  const server = await harness.server();
  const driver = await harness.driver();
  const attempts = scale.quick ? ESCAPE_ATTEMPTS.filter((_, i) => i % 5 === 0) : ESCAPE_ATTEMPTS;

  log(`  dumping the graph before ${attempts.length} escape attempts…`);
  const before = await dumpGraph(driver);
  const keysBefore = await propertyKeys(driver);
  let previous = await fingerprint(driver);
  const outcomes: Outcome[] = [];
  for (const { kind, attempt } of attempts) {
    const outcome: Outcome = { kind, attempt, status: 'no answer', changed: [] };
    try {
      const response = await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: attempt.query, params: attempt.params ?? {} }),
        signal: AbortSignal.timeout(60_000),
      });
      const answer = await readResponse(response);
      outcome.status = answer.status;
      const error = answer.json && typeof answer.json === 'object' && 'error' in answer.json ? (answer.json.error as { code?: string }) : undefined;
      outcome.code = error?.code;
      if (answer.status >= 500 && answer.status !== 503 && answer.status !== 504) outcome.crash = `${answer.status} ${answer.text.slice(0, 200)}`;
      else if (!answer.isJson) outcome.crash = `not JSON: ${answer.text.slice(0, 200)}`;
      else if (LEAKS_INTERNALS.test(answer.text)) outcome.crash = `internals in the answer: ${answer.text.slice(0, 200)}`;
    } catch (error) {
      outcome.crash = `no answer: ${(error as Error).message}`;
    }
    if (server.exited()) outcome.crash = `the server ${server.exited()}`;
    const now = await fingerprint(driver);
    outcome.changed = Object.keys(now).filter((key) => now[key] !== previous[key]);
    previous = now;
    outcomes.push(outcome);
    if (outcome.crash || outcome.changed.length > 0) {
      log(`  ✗ ${JSON.stringify(attempt.query)} → ${outcome.status}${outcome.crash ? ` crash: ${outcome.crash}` : ''}${outcome.changed.length ? ` changed: ${outcome.changed.join(', ')}` : ''}`);
    }
    if (server.exited()) break;
  }
  log('  dumping the graph after…');
  const after = await dumpGraph(driver);
  const keysAfter = await propertyKeys(driver);
  const newKeys = [...keysAfter].filter((key) => !keysBefore.has(key));
  const graphUnchanged = JSON.stringify(before) === JSON.stringify(after);

  const answered200 = outcomes.filter((o) => o.status === 200);
  const byKind = new Map<string, Outcome[]>();
  for (const o of outcomes) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  log('  status by kind of trick:');
  for (const [kind, list] of byKind) log(`    ${kind} (${list.length}): ${formatTally(tally(list.map((o) => (o.code ? `${o.status} ${o.code}` : o.status))))}`);
  log(`  answered 200 (ran, changed nothing): ${answered200.length}`);
  for (const o of answered200) log(`    200  [${o.kind}] ${JSON.stringify(o.attempt.query)}${o.attempt.params ? ` params ${JSON.stringify(o.attempt.params)}` : ''}`);

  const changes = outcomes.filter((o) => o.changed.length > 0);
  const crashes = outcomes.filter((o) => o.crash);
  return [
    {
      measure: 'console escape attempts / graph changes (graph dumped before and after)',
      tried: outcomes.length,
      failures: changes.length + (graphUnchanged ? 0 : 1),
      target: `${outcomes.length} / 0`,
      met: changes.length === 0 && graphUnchanged,
      detail: [
        `dump before = after: ${graphUnchanged ? 'yes' : 'NO'} (${before.nodes.length} nodes, ${before.relationships.length} relationships)`,
        `statuses ${formatTally(tally(outcomes.map((o) => o.status)))}`,
        `${answered200.length} answered 200 without changing anything: ${answered200.map((o) => JSON.stringify(o.attempt.query.slice(0, 60))).join(', ')}`,
        ...(changes.length ? [`changed: ${changes.map((o) => `${JSON.stringify(o.attempt.query)} (${o.changed.join(', ')})`).join('; ')}`] : []),
        ...(newKeys.length ? [`new property-key tokens (not graph data): ${newKeys.join(', ')}`] : []),
        `${Object.keys(Object.fromEntries(byKind)).length} kinds of trick`,
      ],
    },
    {
      measure: 'console escape attempts / server crashes (500, not JSON, stack trace, no answer)',
      tried: outcomes.length,
      failures: crashes.length,
      target: '0',
      met: crashes.length === 0,
      detail: crashes.length ? crashes.slice(0, 5).map((o) => `${JSON.stringify(o.attempt.query)}: ${o.crash}`) : ['none'],
    },
  ];
}
