// npm run bench:ui — the explorer's lineage view in headless Chromium: time from the
// request to a settled layout for lineage graphs of about 100, 500 and 2,000 nodes from
// the synthetic corpus (test/bench/synthetic.ts), and how responsive the page stayed
// (the longest main-thread task, the longest gap between animation frames).
// Writes the corpus into a throw-away Neo4j, serves the app on a free port, prints a table.
import { createDriver } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadConfig } from '../../server/config.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, ensureClientBuilt, launchChromium, startApp } from '../e2e/harness.ts';
import { generateRecords, lineageSeed } from './synthetic.ts';

const DOCUMENTS = Number(process.env.BENCH_UI_DOCUMENTS ?? 20_000);
const SIZES = [100, 500, 2000] as const;
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
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
      const rows: string[][] = [];
      for (const size of SIZES) {
        const seed = lineageSeed(size, { documents: DOCUMENTS });
        const route = `/document/${encodeURIComponent(seed.root)}?direction=descendants&depth=${seed.depth}`;
        log(`lineage of ${seed.root} (about ${seed.expectedNodes} nodes)…`);
        // The API alone, as the page asks for it (so the table can tell server time from page time).
        const apiStarted = performance.now();
        const apiResponse = await fetch(
          `${app.url}/api/lineage/${encodeURIComponent(seed.root)}?direction=descendants&depth=${seed.depth}&relations=RECALLS,REAFFIRMS,WELCOMES,TAKES_NOTE,CITES,ADOPTS&limit=2000`,
          { signal: AbortSignal.timeout(300_000) },
        );
        const apiBody = (await apiResponse.json()) as { nodes?: unknown[] };
        const apiMs = performance.now() - apiStarted;
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
        await page.screenshot({ path: path.join(artifactsDir, `bench-lineage-${size}.png`) });
        const median = (pick: (m: Measurement) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
        const last = runs[runs.length - 1]!;
        rows.push([
          String(size),
          seed.root,
          String(last.nodes),
          String(last.edges),
          last.layout,
          apiMs.toFixed(0),
          median((m) => m.total).toFixed(0),
          median((m) => m.layoutMs).toFixed(0),
          median((m) => m.longestTask).toFixed(0),
          median((m) => m.longestFrameGap).toFixed(0),
        ]);
      }
      const header = ['target', 'root', 'nodes', 'edges', 'layout', 'API alone ms (cold)', 'request→settled ms', 'layout+draw ms', 'longest task ms', 'longest frame gap ms'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
      console.log(`\nLineage view, headless Chromium, median of ${RUNS} runs (corpus: ${DOCUMENTS} synthetic documents)\n`);
      console.log(line(header));
      console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
      for (const row of rows) console.log(line(row));
      console.log('\nTargets: under 1,000 ms for 500 nodes, under 3,000 ms for 2,000 nodes.');
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
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
