// npm run bench:ui — the explorer's lineage view in headless Chromium: time from the
// request to a settled layout for lineage graphs of about 100, 500 and 2,000 nodes from
// the synthetic corpus (test/bench/synthetic.ts), then for the biggest lineages of the real
// bundled UN corpus (ingest/bundle, what `npm start` loads), and how responsive the page stayed
// (the longest main-thread task, the longest gap between animation frames).
// Writes each corpus into a throw-away Neo4j, serves the app on a free port, prints a table.
// BENCH_UI_REAL=0 skips the real corpus.
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadConfig } from '../../server/config.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, ensureClientBuilt, launchChromium, startApp } from '../e2e/harness.ts';
import { generateRecords, lineageSeed } from './synthetic.ts';
import os from 'node:os';
import { BUNDLE, unpackBundle } from '../../server/bundle.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { importMetadata } from '../../ingest/metadata-command.ts';
import { wipeGraph } from '../support/dump.ts';
import type { Page } from 'playwright-core';
import type { LineageResponse } from '../../server/wire.ts';
import { groupSiblings } from '../../client/graph/groups.ts';

const DOCUMENTS = Number(process.env.BENCH_UI_DOCUMENTS ?? 20_000);
const SIZES = [100, 500, 2000] as const;
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
const REAL = process.env.BENCH_UI_REAL !== '0';
/** The biggest lineages of the bundled corpus (measured with the API), each as the page opens it. */
const REAL_TARGETS = [
  { root: 'A/RES/75/100', direction: 'both', depth: 3 },
  { root: 'A/RES/70/1', direction: 'both', depth: 2 },
  { root: 'S/PRST/2018/18', direction: 'ancestors', depth: 2 },
  { root: 'A/RES/70/1', direction: 'descendants', depth: 3 },
] as const;
type Target = { label: string; root: string; direction: string; depth: number; allOpen?: boolean };
const BATCH = 500;

const log = (line: string) => console.error(`[bench:ui] ${line}`);

async function main() {
  const started = Date.now();
  const neo4j = await startThrowawayNeo4j({ heap: '1g', pageCache: '512m' });
  // Interrupted: still stop the throw-away Neo4j and remove its folder.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void neo4j.stop().finally(() => process.exit(130));
    });
  }
  const driver = createDriver(neo4j.graph.connection);
  const database = neo4j.graph.connection.database;
  try {
    await applySchema(driver, database);
    const writer = new GraphWriter(driver, database);
    await writer.writeGazetteer();
    let batch: IngestableRecord[] = [];
    let written = 0;
    for (const record of generateRecords({ documents: DOCUMENTS })) {
      batch.push(record as IngestableRecord);
      if (batch.length === BATCH) {
        await writer.writeRecords(batch);
        written += batch.length;
        batch = [];
        if (written % 5000 === 0) log(`${written} / ${DOCUMENTS} documents written`);
      }
    }
    if (batch.length) await writer.writeRecords(batch);
    log(`corpus of ${DOCUMENTS} documents written in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    await ensureClientBuilt();
    const config = loadConfig({ ...process.env, ...neo4j.env, NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1' });
    const app = await startApp(config, neo4j.graph);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      // tsx keeps function names with an __name helper that the page does not have.
      await page.addInitScript('window.__name = (f) => f');
      await page.goto(app.url);
      await page.waitForFunction(() => Boolean((window as unknown as { __citegraph?: unknown }).__citegraph));
      const synthetic = SIZES.map((size) => {
        const seed = lineageSeed(size, { documents: DOCUMENTS });
        return { label: String(size), root: seed.root, direction: 'descendants', depth: seed.depth };
      });
      // the worst case: every group of siblings opened, so all the nodes are drawn
      synthetic.push(...synthetic.filter((t) => t.label !== '100').map((t) => ({ ...t, label: `${t.label} all open`, allOpen: true })));
      const rows = await measureLineages(page, app.url, synthetic);
      printTable(`Lineage view, headless Chromium, median of ${RUNS} runs (corpus: ${DOCUMENTS} synthetic documents)`, rows);
      console.log('\nTargets: under 1,000 ms for 500 nodes, under 3,000 ms for 2,000 nodes.');
      if (REAL) {
        await wipeGraph(driver, database);
        const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bench-ui-'));
        try {
          const ingestStarted = Date.now();
          const summary = await ingestPaths([await unpackBundle(cache)], { driver, database });
          await importMetadata(BUNDLE.votingRecords, { driver, database });
          log(`bundled corpus: ${summary.documents ?? '?'} documents ingested in ${((Date.now() - ingestStarted) / 1000).toFixed(0)} s`);
        } finally {
          fs.rmSync(cache, { recursive: true, force: true });
        }
        const real = REAL_TARGETS.map((t) => ({ label: `${t.direction} ${t.depth}`, ...t }));
        printTable(`Lineage view on the bundled real corpus, headless Chromium, median of ${RUNS} runs`, await measureLineages(page, app.url, real, 'real'));
      }
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

/** Opens each lineage RUNS + 1 times from scratch (the first warms up) and returns a table row per target. */
async function measureLineages(page: Page, url: string, targets: Target[], tag = 'lineage'): Promise<string[][]> {
  const rows: string[][] = [];
  for (const target of targets) {
    const query = `direction=${target.direction}&depth=${target.depth}`;
    log(`lineage of ${target.root} (${query})…`);
    // The API alone, as the page asks for it (edges outlined; so the table can tell server time from page time).
    const lineageUrl = `${url}/api/lineage/${encodeURIComponent(target.root)}?${query}&relations=RECALLS,REAFFIRMS,WELCOMES,TAKES_NOTE,CITES,ADOPTS&limit=2000&evidence=false`;
    const apiStarted = performance.now();
    const apiResponse = await fetch(lineageUrl, {
      signal: AbortSignal.timeout(300_000),
    });
    const apiBody = (await apiResponse.json()) as LineageResponse;
    const apiMs = performance.now() - apiStarted;
    // warm: the same request again, three times
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await (await fetch(lineageUrl)).json();
      warm.push(performance.now() - t0);
    }
    const apiWarmMs = warm.sort((a, b) => a - b)[1]!;
    const opened = target.allOpen ? groupSiblings(apiBody, apiBody.focus, { describe: () => '' }).groups.map((g) => `&open=${encodeURIComponent(g.id)}`).join('') : '';
    const route = `/document/${encodeURIComponent(target.root)}?${query}${opened}`;
    log(`  API: ${apiResponse.status}, ${apiBody.nodes?.length ?? 0} nodes in ${apiMs.toFixed(0)} ms`);
    const runs: Measurement[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      // Leave the view, then come back: every run fetches and lays out from scratch.
      await page.evaluate(() => {
        (window as unknown as { __citegraph: { graph: { clear(): void } } }).__citegraph.graph.clear();
        history.pushState(null, '', '/');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      const measured = await page.evaluate(measure, route);
      if (run > 0) runs.push(measured); // the first run warms the server and the JIT
    }
    fs.mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, `bench-${tag}-${target.label.replace(/\W+/g, '-')}.png`) });
    const median = (pick: (m: Measurement) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const last = runs[runs.length - 1]!;
    rows.push([
      target.label,
      target.root,
      `${apiBody.nodes?.length ?? 0} / ${apiBody.edges?.length ?? 0}`,
      `${last.nodes} / ${last.edges}`,
      last.layout,
      `${apiMs.toFixed(0)} / ${apiWarmMs.toFixed(0)}`,
      median((m) => m.total).toFixed(0),
      median((m) => m.layoutMs).toFixed(0),
      median((m) => m.longestTask).toFixed(0),
      median((m) => m.longestFrameGap).toFixed(0),
    ]);
  }
  return rows;
}

function printTable(title: string, rows: string[][]): void {
  const header = ['target', 'root', 'API nodes / edges', 'drawn nodes / edges (groups)', 'layout', 'API alone ms (cold / warm)', 'request→settled ms', 'layout+draw ms', 'longest task ms', 'longest frame gap ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

interface Measurement {
  nodes: number;
  edges: number;
  layout: string;
  total: number;
  layoutMs: number;
  longestTask: number;
  longestFrameGap: number;
}

/** Runs in the page: opens `path` through the app's router and waits for the settled graph. */
function measure(path: string): Promise<Measurement> {
  type Hook = { graph: { settled: number; generation: number; lastLayout: { name: string; nodes: number; edges: number; milliseconds: number } | null; container: HTMLElement } };
  const hook = (window as unknown as { __citegraph: Hook }).__citegraph;
  return new Promise((resolve, reject) => {
    let longestTask = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let longestFrameGap = 0;
    let lastFrame = performance.now();
    let measuring = true;
    const frame = (now: number) => {
      longestFrameGap = Math.max(longestFrameGap, now - lastFrame);
      lastFrame = now;
      if (measuring) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const before = hook.graph.generation;
    const start = performance.now();
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
    const poll = () => {
      const graph = hook.graph;
      if (graph.container.dataset.state === 'error' || performance.now() - start > 30_000) {
        measuring = false;
        observer.disconnect();
        const why = graph.container.dataset.state === 'error' ? document.querySelector('[data-testid=error]')?.textContent : 'no settled graph within 30 s';
        reject(new Error(`${path}: ${why} (${JSON.stringify({ url: location.href, state: graph.container.dataset.state, before, generation: graph.generation, settled: graph.settled, last: graph.lastLayout })})`));
        return;
      }
      if (graph.settled > before && graph.container.dataset.state === 'ready') {
        // Settled means drawn: wait for the frame that paints it.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const total = performance.now() - start;
            measuring = false;
            setTimeout(() => {
              observer.disconnect();
              const report = graph.lastLayout!;
              resolve({ nodes: report.nodes, edges: report.edges, layout: report.name, total, layoutMs: report.milliseconds, longestTask, longestFrameGap });
            }, 50);
          }),
        );
      } else setTimeout(poll, 5);
    };
    poll();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
