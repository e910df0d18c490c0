// The explorer on a graph of real UN records: an AKN resolution's subjects in the details panel,
// a resolution known only as cited, whose title and date come from the UN Digital Library's
// voting records, ranked in its year and named by its tooltip; and the lineage as a history
// (a column per year with its label, a wall of siblings as one group that opens, labels that
// stay readable, the compact layout).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { importMetadata } from '../../ingest/metadata-command.ts';
import { graphReady, ingestSample, openPage, screenshot, startExplorer, type RunningApp, type WatchedPage } from './harness.ts';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'corpus');
let app: RunningApp;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ app, browser, watched } = await startExplorer(async (driver, database) => {
    await ingestSample(driver, database);
    const summary = await ingestPaths([path.join(fixtures, 'akn', 'ga', '75_100_E.xml'), path.join(fixtures, 'akn', 'ga', '75_133_E.xml')], { driver, database });
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
    await cy(page)(() => void (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById('A/RES/75/100').emit('tap'));
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
    await page.evaluate((id) => void (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById(id).emit('tap'), 'S/RES/2413 (2018)');
    await page.getByTestId('details-sources').waitFor();
    expect(await page.getByTestId('details-sources').textContent()).toMatch(/UN Digital Library voting records/);
    expect(await page.getByTestId('details-catalogue').locator('a').getAttribute('href')).toMatch(/^https:\/\/digitallibrary\.un\.org\/record\//);
    expect(watched.problems).toEqual([]);
  });
});

type CyNode = { length: number; id(): string; data(k: string): unknown; position(): { x: number; y: number }; hasClass(c: string): boolean; emit(e: string): void; renderedPosition(): { x: number; y: number }; style(k: string): string };
type Cy = { nodes(s?: string): { map<T>(f: (n: CyNode) => T): T[]; length: number }; getElementById(id: string): CyNode; scratch(k: string): unknown; zoom(z?: number): number; width(): number; height(): number };
const cyOf = () => (window as unknown as { __citegraph: { cy: Cy } }).__citegraph.cy;

describe('the lineage as a history', () => {
  const focus = 'A/RES/75/133';

  it('when a lineage opens, then every node stands in the column of its year, the columns run oldest to newest with their years written over them, and the undated stand apart', async () => {
    await page.goto(`${app.url}/document/${encodeURIComponent(focus)}?depth=2`);
    await graphReady(page);
    const layout = (await page.evaluate(`(${(cyOf: () => Cy) => {
      const cy = cyOf();
      const columns = cy.scratch('timeline') as { year: number | null; x: number }[];
      return { columns, nodes: cy.nodes().map((n) => ({ id: n.id(), time: n.data('time') as number | null, x: n.position().x })) };
    }})(${cyOf})`)) as { columns: { year: number | null; x: number }[]; nodes: { id: string; time: number | null; x: number }[] };
    const years = layout.columns.map((c) => c.year);
    expect(years.filter((y) => y !== null)).toEqual([...new Set(years.filter((y) => y !== null))].sort((a, b) => a! - b!));
    expect(years.indexOf(null)).toBeLessThanOrEqual(0);
    for (const n of layout.nodes) {
      const column = layout.columns.find((c) => c.year === (n.time === null ? null : Math.floor(n.time)))!;
      // a node stands in its own year's column (or one of its sub-columns), never in another year's
      const nearest = layout.columns.reduce((best, c) => (Math.abs(c.x - n.x) < Math.abs(best.x - n.x) ? c : best));
      expect({ id: n.id, year: nearest.year }).toEqual({ id: n.id, year: column.year });
    }
    const written = await page.locator('.axis.years .year').allTextContents();
    expect(written.length).toBeGreaterThan(1);
    const numbers = written.filter((w) => /^\d{4}$/.test(w)).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await screenshot(page, 'lineage-timeline');
  });

  it('when the focus cites more than twelve GA resolutions, then they are one group node that names them, lists them, and opens into them (kept in the URL)', async () => {
    const groupLabels = () => page.evaluate(`(${(cyOf: () => Cy) => cyOf().nodes('.group').map((n) => [n.id(), n.data('display')])})(${cyOf})`) as Promise<[string, string][]>;
    const groups = await groupLabels();
    const ga = groups.find(([id]) => id === `group:${focus}>cites>ga`);
    expect(ga).toBeDefined();
    const [, label] = ga!;
    expect(label).toMatch(/^\d+ GA resolutions, \d{4}–\d{4}$/);
    const count = Number(label.split(' ')[0]);
    expect(count).toBeGreaterThan(12);
    await page.evaluate(`(${(cyOf: () => Cy, id: string) => void cyOf().getElementById(id).emit('tap')})(${cyOf}, ${JSON.stringify(ga![0])})`);
    await page.getByTestId('group-title').waitFor();
    expect(await page.getByTestId('group-title').textContent()).toBe(label);
    expect(await page.getByTestId('group-members').locator('li').count()).toBe(count);
    await screenshot(page, 'lineage-group');
    await page.getByTestId('group-open').click();
    await page.waitForFunction(`(${(cyOf: () => Cy, id: string) => cyOf().getElementById(id).length === 0})(${cyOf}, ${JSON.stringify(ga![0])})`);
    expect(new URL(page.url()).searchParams.getAll('open')).toEqual([ga![0]]);
    const members = await page.evaluate(`(${(cyOf: () => Cy) => cyOf().nodes('.ga').length})(${cyOf})`);
    expect(members).toBeGreaterThanOrEqual(count);
    // the opened group survives a reload, and "group again" closes it
    await page.reload();
    await graphReady(page);
    expect((await groupLabels()).some(([id]) => id === ga![0])).toBe(false);
    await page.getByTestId('regroup').click();
    await page.waitForFunction(`(${(cyOf: () => Cy, id: string) => cyOf().getElementById(id).length === 1})(${cyOf}, ${JSON.stringify(ga![0])})`);
    expect(new URL(page.url()).searchParams.getAll('open')).toEqual([]);
  });

  it('when the user zooms far out, then the focus and its neighbours keep labels of at least 11 px on screen while the rest hide', async () => {
    const sizes = await page.evaluate(`(${(cyOf: () => Cy, id: string) => {
      const cy = cyOf();
      cy.zoom(0.2);
      return new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const onScreen = (n: CyNode) => parseFloat(n.style('font-size')) * cy.zoom();
            const focusNode = cy.getElementById(id);
            resolve({ focus: onScreen(focusNode), kept: cy.nodes('.keep-label').map(onScreen), ordinary: cy.nodes().map((n) => (n.hasClass('keep-label') || n.hasClass('lit') ? null : [n.id(), onScreen(n)])).filter(Boolean) });
          }),
        ),
      );
    }})(${cyOf}, ${JSON.stringify(focus)})`) as { focus: number; kept: number[]; ordinary: [string, number][] };
    expect(sizes.focus).toBeGreaterThanOrEqual(11);
    expect(Math.min(...sizes.kept)).toBeGreaterThanOrEqual(11);
    // an ordinary label at this zoom is below the size at which Cytoscape hides it (style.ts MIN_LABEL_PIXELS)
    expect(sizes.ordinary.filter(([, px]) => px >= 9)).toEqual([]);
    await screenshot(page, 'lineage-zoomed-out');
  });

  it('when the keyboard is used, then arrows walk the lineage (left: cited, right: citing, down: same year), Esc clears and / goes to the search box', async () => {
    const selected = () => page.evaluate(`(${(cyOf: () => Cy) => cyOf().nodes(':selected').map((n) => ({ id: n.id(), ...n.position() }))})(${cyOf})`) as Promise<{ id: string; x: number; y: number }[]>;
    const cites = (from: string, to: string) => page.evaluate(`(${(cyOf: () => Cy, a: string, b: string) => (cyOf() as unknown as { edges(s: string): { length: number } }).edges(`[source = "${a}"][target = "${b}"]`).length > 0})(${cyOf}, ${JSON.stringify(from)}, ${JSON.stringify(to)})`) as Promise<boolean>;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowLeft');
    const [first] = await selected();
    expect(first).toBeDefined();
    expect(await cites(focus, first!.id)).toBe(true);
    await page.keyboard.press('ArrowRight');
    const [back] = await selected();
    expect(await cites(back!.id, first!.id)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    // down: the nearest node below in the same column (or the same node when it is the last)
    const all = (await page.evaluate(`(${(cyOf: () => Cy) => cyOf().nodes().map((n) => ({ id: n.id(), ...n.position() }))})(${cyOf})`)) as { id: string; x: number; y: number }[];
    const [now] = await selected();
    const expected = all.filter((n) => Math.abs(n.x - now!.x) < 1 && n.y > now!.y).sort((a, b) => a.y - b.y)[0]?.id ?? now!.id;
    await page.keyboard.press('ArrowDown');
    expect((await selected())[0]!.id).toBe(expected);
    await page.keyboard.press('Escape');
    expect(await selected()).toEqual([]);
    await page.getByTestId('details-empty').waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.press('Escape');
  });

  it('when the compact layout is chosen, then dagre draws it, the URL says so, and the axis only says older and newer', async () => {
    await page.getByTestId('layout').selectOption('compact');
    await page.waitForFunction(`(${() => (window as unknown as { __citegraph: { graph: { lastLayout: { name: string } | null } } }).__citegraph.graph.lastLayout?.name === 'dagre'})()`);
    expect(new URL(page.url()).searchParams.get('layout')).toBe('compact');
    expect(await page.locator('.axis.years').count()).toBe(0);
    expect(await page.locator('.axis').textContent()).toMatch(/older.*newer/);
    expect(watched.problems).toEqual([]);
  });
});

describe('filters', () => {
  const ids = () => page.evaluate(`(${(cyOf: () => Cy) => cyOf().nodes().map((n) => n.id()).sort()})(${cyOf})`) as Promise<string[]>;
  const settled = () =>
    page.waitForFunction(() => {
      const g = (window as unknown as { __citegraph: { graph: { settled: number; generation: number } } }).__citegraph.graph;
      return g.settled === g.generation && document.querySelector('[data-testid="graph"]')?.getAttribute('data-state') !== 'loading';
    });

  it('when a body is chosen in the lineage, then only that body is drawn (and the focus), the URL says so, and clearing brings everything back', async () => {
    await page.goto(`${app.url}/document/${encodeURIComponent('A/RES/75/100')}?direction=ancestors&depth=1`);
    await graphReady(page);
    const all = await ids();
    await page.getByTestId('filters-summary').click();
    await page.getByTestId('filter-body').selectOption('SC');
    await page.waitForURL(/body=SC/);
    await settled();
    expect(await ids()).toEqual(['A/RES/75/100', 'S/RES/2282 (2016)', 'S/RES/2413 (2018)']);
    expect(await page.getByTestId('filters-summary').textContent()).toBe('Filters (1)');
    await screenshot(page, 'lineage-filtered');
    await page.getByTestId('filter-ingested').check();
    await page.waitForURL(/ingested=true/);
    await settled();
    expect(await ids()).toEqual(['A/RES/75/100']);
    await page.getByTestId('filter-clear').click();
    await page.waitForURL((url) => !url.search.includes('body='));
    await settled();
    expect(await ids()).toEqual(all);
  });

  it('when a date bound is not a year or a date, then the panel says so and nothing is asked', async () => {
    await page.getByTestId('filter-from').fill('last year');
    await page.getByTestId('filter-from').press('Enter');
    await page.getByTestId('filter-error').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    await page.getByTestId('filter-from').fill('2017');
    await page.getByTestId('filter-from').press('Enter');
    await page.waitForURL(/from=2017/);
    expect(await page.getByTestId('filter-error').isHidden()).toBe(true);
  });

  it('when recalled-by is filtered by date, then the list follows, and the filter is in its URL', async () => {
    await page.goto(`${app.url}/document/${encodeURIComponent('A/RES/70/262')}?view=recalled&relations=RECALLS`);
    await page.getByTestId('recalled-row').first().waitFor();
    expect(await page.getByTestId('recalled-row').count()).toBe(1);
    await page.getByTestId('filters-summary').click();
    await page.getByTestId('filter-to').fill('2019');
    await page.getByTestId('filter-to').press('Enter');
    await page.waitForURL(/to=2019/);
    await page.getByTestId('recalled-empty').waitFor();
    expect(await page.getByTestId('filter-ingested').count()).toBe(0);
    expect(watched.problems).toEqual([]);
  });
});

describe('statistics', () => {
  it('when the statistics of a document open, then its citing documents are charted by year, and a year opens that year’s list in recalled-by', async () => {
    await page.goto(`${app.url}/statistics?doc=${encodeURIComponent('A/RES/70/262')}`);
    await page.waitForSelector('[data-testid="statistics"][data-state="ready"]');
    const years = page.getByTestId('stats-document-years').locator('a');
    expect(await years.allTextContents()).toEqual(['2020: 1']);
    expect(await page.locator('[data-testid="stats-document"] canvas').count()).toBe(1);
    await screenshot(page, 'statistics');
    await years.first().click();
    await page.waitForURL(/view=recalled/);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['2020', '2020']);
    await page.getByTestId('recalled-row').first().waitFor();
    // a row per citation (a document may cite in several paragraphs): one citing document
    const citing = new Set(await page.getByTestId('recalled-row').evaluateAll((rows) => rows.map((r) => r.querySelector('a')?.textContent)));
    expect([...citing]).toEqual(['A/RES/75/100']);
  });

  it('when a count of the most recalled is clicked, then recalled-by lists that many documents', async () => {
    await page.goto(`${app.url}/statistics`);
    await page.waitForSelector('[data-testid="statistics"][data-state="ready"]');
    const first = page.getByTestId('stats-most-recalled').getByTestId('stats-count').first();
    const count = Number(await first.textContent());
    expect(count).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(/view=recalled/);
    await page.getByTestId('recalled-row').first().waitFor();
    // a row per citation: at least one per recalling document
    const citing = new Set(await page.getByTestId('recalled-row').evaluateAll((rows) => rows.map((r) => r.querySelector('a')?.textContent)));
    expect(citing.size).toBe(count);
  });

  it('when a year of citations made is clicked, then the console lists that year’s citing documents', async () => {
    await page.goto(`${app.url}/statistics`);
    await page.waitForSelector('[data-testid="statistics"][data-state="ready"]');
    const link = page.getByTestId('stats-per-year-years').locator('a').first();
    const [year, citations] = (await link.textContent())!.split(': ').map(Number);
    await link.click();
    await page.waitForURL(/\/console\?q=/);
    await page.getByTestId('console-row').first().waitFor();
    const total = await page.getByTestId('console-row').evaluateAll((rows) => rows.reduce((sum, r) => sum + Number(r.lastElementChild?.textContent ?? 0), 0));
    expect(total).toBe(citations);
    expect(new URL(page.url()).searchParams.get('q')).toContain(`citing.date.year = ${year}`);
  });

  it('when the statistics open on a phone, then nothing is wider than the screen', async () => {
    const phone = await openPage(browser, { width: 390, height: 844, touch: true });
    try {
      await phone.page.goto(`${app.url}/statistics?doc=${encodeURIComponent('A/RES/70/262')}`);
      await phone.page.waitForSelector('[data-testid="statistics"][data-state="ready"]');
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone.page, 'phone-statistics');
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.page.context().close();
    }
    expect(watched.problems).toEqual([]);
  });
});

describe('paths', () => {
  it('when a second document is named in the paths view, then the shortest citation paths are drawn on the timeline and said in words', async () => {
    await page.goto(`${app.url}/document/${encodeURIComponent('A/RES/75/100')}?view=path`);
    await graphReady(page);
    expect(await page.getByTestId('graph-notice').textContent()).toMatch(/Name a second document/);
    await page.getByTestId('path-to').fill('S/RES/2282 (2016)');
    await page.getByTestId('path-find').click();
    await page.waitForURL(/to=S%2FRES%2F2282/);
    await expect.poll(() => page.getByTestId('graph-notice').textContent()).toMatch(/^Shortest citation paths from A\/RES\/75\/100 to S\/RES\/2282 \(2016\): 1 step/);
    const drawn = await page.evaluate(`(${(cyOf: () => Cy) => cyOf().nodes().map((n) => [n.id(), n.hasClass('goal')])})(${cyOf})`);
    expect(drawn).toEqual(expect.arrayContaining([['A/RES/75/100', false], ['S/RES/2282 (2016)', true]]));
    expect(await page.locator('.axis.years .year').count()).toBeGreaterThan(0);
    await screenshot(page, 'paths');
  });

  it('when "paths to here" is chosen on a node of the lineage, then the paths view opens from the focus to it', async () => {
    await page.goto(`${app.url}/document/${encodeURIComponent('A/RES/75/100')}?depth=1`);
    await graphReady(page);
    await page.evaluate(`(${(cyOf: () => Cy, id: string) => void cyOf().getElementById(id).emit('tap')})(${cyOf}, ${JSON.stringify('S/RES/2413 (2018)')})`);
    await page.getByTestId('details-path').click();
    await page.waitForURL(/view=path/);
    expect(new URL(page.url()).searchParams.get('to')).toBe('S/RES/2413 (2018)');
    await expect.poll(() => page.getByTestId('graph-notice').textContent()).toMatch(/1 step/);
    expect(watched.problems).toEqual([]);
  });
});
