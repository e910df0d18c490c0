// The explorer on a graph of real UN records: an AKN resolution's subjects in the details panel,
// and a resolution known only as cited, whose title and date come from the UN Digital Library's
// voting records, ranked in its year and named by its tooltip.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { importMetadata } from '../../ingest/metadata-command.ts';
import { graphReady, ingestSample, screenshot, startExplorer, type RunningApp, type WatchedPage } from './harness.ts';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'corpus');
let app: RunningApp;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ app, browser, watched } = await startExplorer(async (driver, database) => {
    await ingestSample(driver, database);
    const summary = await ingestPaths([path.join(fixtures, 'akn', 'ga', '75_100_E.xml')], { driver, database });
    if (summary.errors.length) throw new Error(JSON.stringify(summary.errors));
    await importMetadata(path.join(fixtures, 'metadata', 'un-voting-records.sample.csv'), { driver, database });
  }));
  page = watched.page;
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const cy = (p: Page) => p.evaluate.bind(p);

describe('the explorer on real records', () => {
  it('when an AKN resolution is opened, then its details list its subject keywords by scheme', async () => {
    await page.goto(`${app.url}/document/${encodeURIComponent('A/RES/75/100')}`);
    await graphReady(page);
    await cy(page)(() => (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById('A/RES/75/100').emit('tap'));
    const subjects = page.getByTestId('details-subjects');
    await subjects.waitFor();
    const text = await subjects.textContent();
    expect(text).toMatch(/SDG/);
    expect(text).toMatch(/SDG 3/);
    expect(text).toMatch(/UNBIS/);
    expect(text).toMatch(/public health/);
    await screenshot(page, 'details-subjects');
  });

  it('when a resolution known only as cited has a title and date from the voting records, then it stands in its year and its tooltip names it', async () => {
    const stub = 'S/RES/2413 (2018)';
    const at = await page.evaluate((id) => {
      const c = (window as unknown as { __citegraph: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number }; data(k: string): unknown } } } }).__citegraph.cy;
      const n = c.getElementById(id);
      return { ...n.renderedPosition(), time: n.data('time') as number };
    }, stub);
    expect(Math.floor(at.time)).toBe(2018);
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    const tooltip = page.getByTestId('graph-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const text = await tooltip.textContent();
    expect(text).toContain(stub);
    expect(text).toMatch(/peacebuilding and sustaining peace/);
    expect(text).toContain('2018-04-26');
    await screenshot(page, 'tooltip-stub');
  });

  it('when its details open, then they say the title and date come from the UN Digital Library voting records, with a link to the record', async () => {
    await page.evaluate((id) => (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById(id).emit('tap'), 'S/RES/2413 (2018)');
    await page.getByTestId('details-sources').waitFor();
    expect(await page.getByTestId('details-sources').textContent()).toMatch(/UN Digital Library voting records/);
    expect(await page.getByTestId('details-catalogue').locator('a').getAttribute('href')).toMatch(/^https:\/\/digitallibrary\.un\.org\/record\//);
    expect(watched.problems).toEqual([]);
  });
});
