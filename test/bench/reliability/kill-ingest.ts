// `citegraph ingest` killed with SIGKILL at random moments, the mechanism of
// test/graph/ingest-crash.test.ts repeated: a synthetic text corpus (test/bench/synthetic.ts)
// is ingested once cleanly by the real command in a child process (the reference dump), then,
// round after round on a wiped graph, the command is started, killed at a random moment,
// checked, started again … and at last run to the end. After every kill each document that
// is in must be whole (its own relationships exactly a clean run's); after every round the
// graph must equal the clean run's, PageRank included.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { dumpGraph, wipeGraph, type GraphDump } from '../../support/dump.ts';
import { writeTextCorpus } from '../synthetic.ts';
import { citegraphBin, log, percentile, random, sleep, type Harness, type Row, type Scale } from './harness.ts';

/** The relationships a document's own text gives; PUBLISHED_IN or ADOPTS edges from it come from other documents' footnotes. */
const OWN = new Set(['RECALLS', 'REAFFIRMS', 'WELCOMES', 'TAKES_NOTE', 'CITES', 'ADOPTED_ON_REPORT']);

function ownRelationships(dump: GraphDump): Map<string, string[]> {
  const bySymbol = new Map<string, string[]>();
  for (const line of dump.relationships) {
    const relationship = JSON.parse(line) as { from: string; type: string };
    if (!OWN.has(relationship.type)) continue;
    bySymbol.set(relationship.from, [...(bySymbol.get(relationship.from) ?? []), line]);
  }
  return bySymbol;
}

async function ingestedSymbols(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (d:Document {ingested: true}) RETURN d.symbol AS s');
  return records.map((record) => String(record.get('s')));
}

function startIngest(uri: string, corpusDir: string) {
  const child = spawn(process.execPath, [citegraphBin, 'ingest', '--json', '--batch-size', '4', '--workers', '1', corpusDir], {
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: () => string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr: () => stderr })),
  );
  return { child, exited };
}

export async function killIngest(scale: Scale, harness: Harness): Promise<Row[]> {
  const neo4j = await harness.neo4j();
  const driver = await harness.driver();
  const uri = neo4j.graph.connection.uri;
  const files = scale.quick ? 60 : 100;
  const killsWanted = scale.quick ? 3 : 20;
  const killsPerRound = 5;
  const rand = random(scale.seed + 2);
  const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-reliability-ingest-'));
  try {
    writeTextCorpus(corpusDir, { documents: files, seed: 7 });
    log(`  wiping the graph (the bundled corpus of the other parts) and ingesting ${files} synthetic resolutions cleanly…`);
    await wipeGraph(driver);
    const cleanStarted = performance.now();
    const cleanRun = startIngest(uri, corpusDir);
    // when the command starts writing: before it, a kill only tests start-up
    let firstWriteMs = NaN;
    let cleanDone = false;
    void cleanRun.exited.then(() => (cleanDone = true));
    while (!cleanDone && Number.isNaN(firstWriteMs)) {
      if ((await ingestedSymbols(driver)).length > 0) firstWriteMs = performance.now() - cleanStarted;
      else await sleep(100);
    }
    const clean = await cleanRun.exited;
    const cleanMs = performance.now() - cleanStarted;
    if (Number.isNaN(firstWriteMs)) firstWriteMs = cleanMs / 2;
    if (clean.code !== 0) throw new Error(`the clean ingest failed (${clean.code ?? clean.signal}):\n${clean.stderr().slice(-2000)}`);
    const cleanDump = await dumpGraph(driver);
    const cleanOwn = ownRelationships(cleanDump);
    log(`  clean run: ${(cleanMs / 1000).toFixed(1)} s, ${cleanDump.nodes.length} nodes, ${cleanDump.relationships.length} relationships`);

    let kills = 0;
    let rounds = 0;
    let roundsDiffering = 0;
    let partialDocuments = 0;
    let documentsChecked = 0;
    let completedBeforeKill = 0;
    const ingestedAtKill: number[] = [];
    while (kills < killsWanted && rounds < killsWanted * 2) {
      rounds++;
      await wipeGraph(driver);
      let killsThisRound = 0;
      while (killsThisRound < killsPerRound && kills < killsWanted) {
        const already = (await ingestedSymbols(driver)).length;
        const run = startIngest(uri, corpusDir);
        let exited = false;
        void run.exited.then(() => (exited = true));
        // A random moment: one kill in five during start-up (a random time before the first
        // write of the clean run), the others once a random number of the documents left are
        // in, plus up to 300 ms, so that the kill falls between or inside batches. Moments are
        // drawn by progress, not by time, since the machine's speed changes from run to run.
        if (rand() < 0.2) await Promise.race([run.exited, sleep(rand() * firstWriteMs * 0.9)]);
        else {
          const target = already + Math.floor(rand() * (files - already));
          while (!exited && (await ingestedSymbols(driver)).length < target) await sleep(25);
          await Promise.race([run.exited, sleep(rand() * 300)]);
        }
        if (exited) {
          completedBeforeKill++;
          break; // this run got to the end before its moment: the round is complete
        }
        run.child.kill('SIGKILL');
        const { signal } = await run.exited;
        if (signal !== 'SIGKILL') {
          completedBeforeKill++;
          break;
        }
        kills++;
        killsThisRound++;
        const partial = ownRelationships(await dumpGraph(driver));
        const symbols = await ingestedSymbols(driver);
        ingestedAtKill.push(symbols.length);
        for (const symbol of symbols) {
          documentsChecked++;
          if (JSON.stringify(partial.get(symbol) ?? []) !== JSON.stringify(cleanOwn.get(symbol) ?? [])) {
            partialDocuments++;
            log(`  ✗ after kill ${kills}: ${symbol} is in, but not whole`);
          }
        }
      }
      const last = await startIngest(uri, corpusDir).exited;
      if (last.code !== 0) throw new Error(`the run after the kills failed (${last.code ?? last.signal}):\n${last.stderr().slice(-2000)}`);
      const same = JSON.stringify(await dumpGraph(driver)) === JSON.stringify(cleanDump);
      if (!same) roundsDiffering++;
      log(`  round ${rounds}: ${killsThisRound} kills, then run to the end: graph ${same ? 'equals' : 'DIFFERS FROM'} the clean run's (${kills}/${killsWanted} kills so far)`);
    }
    const sorted = [...ingestedAtKill].sort((a, b) => a - b);
    return [
      {
        measure: 'citegraph ingest killed with SIGKILL at random moments, then re-run / partial documents',
        tried: kills,
        failures: partialDocuments,
        target: '0',
        met: partialDocuments === 0,
        detail: [
          `${documentsChecked} ingested documents checked whole after the kills; documents in at the kill: min ${sorted[0] ?? 0}, median ${percentile(sorted, 50)}, max ${sorted.at(-1) ?? 0} of ${files}`,
          `${completedBeforeKill} runs reached the end before their moment; clean run ${(cleanMs / 1000).toFixed(1)} s, writing from ${(firstWriteMs / 1000).toFixed(1)} s (batches of 4, one worker)`,
        ],
      },
      {
        measure: 'citegraph ingest killed, then re-run / final graphs differing from a clean run',
        tried: rounds,
        failures: roundsDiffering,
        target: '0',
        met: roundsDiffering === 0,
        detail: [`${rounds} rounds of up to ${killsPerRound} kills each on a wiped graph, each ended by a run to the end and compared with the clean dump (${cleanDump.nodes.length} nodes, ${cleanDump.relationships.length} relationships, PageRank included)`],
      },
    ];
  } finally {
    fs.rmSync(corpusDir, { recursive: true, force: true });
  }
}
