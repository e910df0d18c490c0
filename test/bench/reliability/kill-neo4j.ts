// Neo4j killed under load: clients keep asking a fixed set of requests whose answers were
// recorded first; the throw-away Neo4j (a plain java process, its pid in the managed state
// file) is killed with SIGKILL, left down a few seconds, and started again on the same data
// folder the way `citegraph db start` does (ensureGraph → startManaged). The API server, a
// child process, must stay up; during the outage it must answer 503 graph_unavailable; every
// 200 must equal the answer recorded before the kill; and the first good answer must follow
// Neo4j's return within seconds.
import { ensureGraph } from '../../../server/db/graph.ts';
import { isOurProcess, readState } from '../../../server/db/managed.ts';
import { formatTally, log, readResponse, sleep, tally, type Harness, type Row, type Scale } from './harness.ts';
import { requestMix, type MixRequest } from './load.ts';

/** An answer as compared: JSON with the console's timing left out. */
function normalised(json: unknown): string {
  return JSON.stringify(json, (key, value: unknown) => (key === 'milliseconds' ? undefined : value));
}

/** The same answer with every list sorted: equal when two answers differ only in order. */
function unordered(json: unknown): string {
  const sortLists = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortLists).map((v) => JSON.stringify(v)).sort();
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'milliseconds').sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortLists(v)]));
    return value;
  };
  return JSON.stringify(sortLists(json));
}

interface Answer {
  at: number;
  probe: number;
  status: number | 'no answer';
  code?: string;
  wrong: boolean;
  /** Differs from the recorded answer only in the order of lists. */
  orderOnly: boolean;
  /** For a wrong answer: how it differs (its length and the recorded one's). */
  difference?: string;
}

const RECOVERY_TARGET_MS = 10_000;

export async function killNeo4j(scale: Scale, harness: Harness): Promise<Row[]> {
  const server = await harness.server();
  const neo4j = await harness.neo4j();
  const next = await requestMix(await harness.driver(), scale.seed + 1);
  const kills = scale.quick ? 1 : 2;
  const clients = 16;

  const send = async (request: MixRequest) =>
    readResponse(
      await fetch(`${server.url}${request.path}`, {
        method: request.method,
        headers: request.body ? { 'content-type': 'application/json' } : {},
        body: request.body,
        signal: AbortSignal.timeout(30_000),
      }),
    );

  // The probes: requests whose answer is the same twice in a row (the graph does not change).
  const probes: { request: MixRequest; expected: string; expectedUnordered: string }[] = [];
  for (let i = 0; probes.length < 40 && i < 80; i++) {
    const request = next();
    const [first, second] = [await send(request), await send(request)];
    if (first.status === 200 && second.status === 200 && normalised(first.json) === normalised(second.json)) probes.push({ request, expected: normalised(first.json), expectedUnordered: unordered(first.json) });
  }
  const health0 = (await send({ kind: 'search', method: 'GET', path: '/api/health' })).json;
  probes.push({ request: { kind: 'search', method: 'GET', path: '/api/health' }, expected: normalised(health0), expectedUnordered: unordered(health0) });
  log(`  ${probes.length} probe requests with recorded answers; ${clients} clients asking them during ${kills} kill(s)`);

  const answers: Answer[] = [];
  let stopped = false;
  let turn = 0;
  const workers = Array.from({ length: clients }, async () => {
    while (!stopped) {
      const probe = turn++ % probes.length;
      const at = performance.now();
      try {
        const answer = await send(probes[probe]!.request);
        const error = answer.json && typeof answer.json === 'object' && 'error' in answer.json ? (answer.json.error as { code?: string }) : undefined;
        const differs = answer.status === 200 && normalised(answer.json) !== probes[probe]!.expected;
        const orderOnly = differs && unordered(answer.json) === probes[probe]!.expectedUnordered;
        const wrong = differs && !orderOnly;
        answers.push({ at, probe, status: answer.status, code: error?.code, wrong, orderOnly, difference: wrong ? `${normalised(answer.json).length} characters, recorded ${probes[probe]!.expected.length}` : undefined });
      } catch {
        answers.push({ at, probe, status: 'no answer', wrong: false, orderOnly: false });
      }
      if (answers.length % 50 === 0) await sleep(0);
    }
  });

  const cycles: { killedAt: number; restartedAt: number; answeringAt: number; restartSeconds: number; firstGoodAt?: number }[] = [];
  try {
    await sleep(5_000);
    for (let k = 0; k < kills; k++) {
      const state = readState(neo4j.config.managed);
      if (!state || !isOurProcess(state)) throw new Error('the throw-away Neo4j is not running');
      process.kill(state.pid, 'SIGKILL');
      const killedAt = performance.now();
      while (isOurProcess(state)) await sleep(50);
      log(`  kill ${k + 1}: Neo4j (pid ${state.pid}) killed with SIGKILL; down for 5 s`);
      await sleep(5_000);
      const restartedAt = performance.now();
      await ensureGraph(neo4j.config); // the same data folder and ports: what `citegraph db start` does
      const answeringAt = performance.now();
      const restartSeconds = (answeringAt - restartedAt) / 1000;
      log(`  kill ${k + 1}: Neo4j answers again after a ${restartSeconds.toFixed(1)} s start (pid ${readState(neo4j.config.managed)?.pid})`);
      const cycle: (typeof cycles)[number] = { killedAt, restartedAt, answeringAt, restartSeconds };
      cycles.push(cycle);
      const deadline = performance.now() + 60_000;
      while (performance.now() < deadline) {
        const good = answers.find((a) => a.at >= answeringAt && a.status === 200 && !a.wrong);
        if (good) {
          cycle.firstGoodAt = good.at;
          break;
        }
        await sleep(100);
      }
      await sleep(10_000); // answers after recovery, compared with those before
    }
  } finally {
    stopped = true;
    await Promise.all(workers);
  }

  // Down for sure: from just after the kill until the restart begins (while Neo4j starts, its Bolt port may answer before `RETURN 1` does).
  const inOutage = (a: Answer) => cycles.some((c) => a.at >= c.killedAt + 500 && a.at < c.restartedAt);
  const inRestart = (a: Answer) => cycles.some((c) => a.at >= c.restartedAt && a.at < c.answeringAt);
  const outage = answers.filter(inOutage);
  const outageOther = outage.filter((a) => !(a.status === 503 && a.code === 'graph_unavailable'));
  const outsideErrors = answers.filter((a) => !inOutage(a) && a.status !== 200 && !cycles.some((c) => a.at >= c.killedAt && a.at < (c.firstGoodAt ?? Infinity)));
  const wrong = answers.filter((a) => a.wrong);
  const health = await send({ kind: 'search', method: 'GET', path: '/api/health' }).catch(() => undefined);
  const serverUp = server.exited() === undefined && health?.status === 200;
  const recoveries = cycles.map((c) => (c.firstGoodAt === undefined ? Infinity : Math.max(0, c.firstGoodAt - c.answeringAt)));
  const recovered = recoveries.every((ms) => ms <= RECOVERY_TARGET_MS);
  const describeRecovery = recoveries.map((ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'never')).join(', ');
  const statusesOf = (list: Answer[]) => formatTally(tally(list.map((a) => (a.code ? `${a.status} ${a.code}` : a.status))));
  const lastGood = cycles.at(-1)?.firstGoodAt;
  const after = answers.filter((a) => lastGood !== undefined && a.at >= lastGood);
  const reordered = answers.filter((a) => a.orderOnly);
  const reorderedProbes = [...new Set(reordered.map((a) => probes[a.probe]!.request.path))];
  const end = Math.max(...answers.map((a) => a.at));
  const wrongLate = wrong.filter((a) => a.at > end - 5_000);
  const wrongProbes = [...new Set(wrong.map((a) => probes[a.probe]!.request.path))];
  for (const a of wrong.slice(0, 5)) log(`  wrong answer to ${probes[a.probe]!.request.path} at +${((a.at - cycles[0]!.killedAt) / 1000).toFixed(1)} s after the kill: ${a.difference}`);

  const measure = `Neo4j killed (SIGKILL) and restarted under load, ${kills}×`;
  return [
    {
      measure: `${measure} / API server crashes`,
      tried: kills,
      failures: serverUp ? 0 : 1,
      target: '0',
      met: serverUp,
      detail: [`server process ${server.exited() ?? 'still up'}, /api/health ${health?.status ?? 'no answer'} after the last restart`],
    },
    {
      measure: `${measure} / wrong answers (200s compared with answers recorded before the kill)`,
      tried: answers.filter((a) => a.status === 200).length,
      failures: wrong.length,
      target: '0',
      met: wrong.length === 0,
      detail: [
        `${answers.length} requests from ${clients} clients over ${probes.length} probes; after the last recovery: ${statusesOf(after)}`,
        `${reordered.length} answers the same but in another order (not counted as wrong)${reordered.length ? `: ${reorderedProbes.join(', ')}` : ''}`,
        ...(wrong.length ? [`wrong answers to ${wrongProbes.join(', ')}; ${wrongLate.length} of them in the last 5 s of the run`] : []),
      ],
    },
    {
      measure: `${measure} / answers during the outage other than 503 graph_unavailable`,
      tried: outage.length,
      failures: outageOther.length + (outage.length === 0 ? 1 : 0),
      target: '0 (all 503)',
      met: outage.length > 0 && outageOther.length === 0,
      detail: [`during the outage: ${statusesOf(outage)}`, `while Neo4j restarted: ${statusesOf(answers.filter(inRestart))}`, `errors outside [kill, first good answer] windows: ${outsideErrors.length}${outsideErrors.length ? ` (${statusesOf(outsideErrors)})` : ''}`],
    },
    {
      measure: `${measure} / recovery: Neo4j answering again → first good API answer`,
      tried: kills,
      failures: recoveries.filter((ms) => ms > RECOVERY_TARGET_MS).length,
      target: `≤ ${RECOVERY_TARGET_MS / 1000} s`,
      met: recovered,
      detail: [`recovery ${describeRecovery}; Neo4j's own restart on the same data ${cycles.map((c) => `${c.restartSeconds.toFixed(1)} s`).join(', ')}; kill → first good answer ${cycles.map((c) => (c.firstGoodAt ? `${((c.firstGoodAt - c.killedAt) / 1000).toFixed(1)} s` : 'never')).join(', ')} (5 s of it kept down on purpose)`],
    },
  ];
}
