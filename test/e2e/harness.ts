// What the browser tests share: the client built into dist/client when missing or older
// than its sources (Vite's JS API, so a clean clone needs no separate step), the sample
// ingested into the test graph, the real server on a free port, Chromium, and a page
// that records console errors and CSP violations.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import type { Driver } from 'neo4j-driver';
import { projectRoot, type Config } from '../../server/config.ts';
import type { Graph } from '../../server/db/graph.ts';
import { serve } from '../../server/cli.ts';
import { applySchema } from '../../server/db/schema.ts';
import { sampleDir } from '../../server/sample.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { wipeGraph } from '../support/dump.ts';
import { launchChromium } from '../support/chromium.ts';
import { externalTestConfig, testConnection, testDriver } from '../support/graph.ts';
import { ensureGraph } from '../../server/db/graph.ts';

export const artifactsDir = path.join(projectRoot, 'test-artifacts');
const clientDir = path.join(projectRoot, 'client');
const distIndex = path.join(projectRoot, 'dist', 'client', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

let building: Promise<void> | null = null;

/** Builds the client unless dist/client is newer than client/, vite.config.ts, server/wire.ts and ingest/vocabulary.ts. */
export function ensureClientBuilt(): Promise<void> {
  building ??= (async () => {
    const sources = Math.max(
      newestMtime(clientDir),
      fs.statSync(path.join(projectRoot, 'vite.config.ts')).mtimeMs,
      fs.statSync(path.join(projectRoot, 'server', 'wire.ts')).mtimeMs,
      fs.statSync(path.join(projectRoot, 'ingest', 'vocabulary.ts')).mtimeMs,
    );
    if (fs.existsSync(distIndex) && fs.statSync(distIndex).mtimeMs >= sources) return;
    await build({ configFile: path.join(projectRoot, 'vite.config.ts'), root: clientDir, logLevel: 'warn' });
  })();
  return building;
}

/** Wipes the graph and ingests the bundled sample (A/RES/76/158, Chinese and English). */
export async function ingestSample(driver: Driver, database?: string): Promise<void> {
  await applySchema(driver, database);
  await wipeGraph(driver, database);
  const summary = await ingestPaths([sampleDir], { driver, database });
  if (summary.errors.length) throw new Error(`the sample did not ingest: ${JSON.stringify(summary.errors)}`);
}

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** The real server (server/cli.ts serve) on a free port, for `config` (PORT=0) and its graph. */
export async function startApp(config: Config, graph: Graph): Promise<RunningApp> {
  const { server, repository, url } = await serve(config, graph);
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await repository.close();
    },
  };
}

export { launchChromium };

/**
 * What a browser test starts from: the test graph prepared by `prepare` (e.g. the sample
 * ingested), the client built, the real server on a free port, Chromium and a watched page.
 */
export async function startExplorer(prepare: (driver: Driver, database?: string) => Promise<void>): Promise<{ app: RunningApp; browser: Browser; watched: WatchedPage }> {
  const driver = testDriver();
  try {
    await prepare(driver, testConnection().database);
  } finally {
    await driver.close();
  }
  const config = externalTestConfig({ HOST: '127.0.0.1' });
  const [graph] = await Promise.all([ensureGraph(config), ensureClientBuilt()]);
  const app = await startApp(config, graph);
  const browser = await launchChromium();
  return { app, browser, watched: await openPage(browser) };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

/** A fresh page that records every console error, uncaught exception and CSP violation. */
export async function openPage(browser: Browser, options: { width?: number; height?: number; touch?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1400, height: options.height ?? 860 }, acceptDownloads: true, deviceScaleFactor: 1, hasTouch: options.touch ?? false, isMobile: options.touch ?? false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

/** Waits until the main graph has settled after the last load. */
export async function graphReady(page: Page, testid = 'graph'): Promise<void> {
  await page.waitForSelector(`[data-testid="${testid}"][data-state="ready"]`, { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
