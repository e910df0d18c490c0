// The explorer in a real Chromium against the real server and the sample graph
// (A/RES/76/158 in Chinese and English): search, lineage, edge details, recalled-by,
// the console (rows, graph, refusal), deep links, back/forward, exports, the language
// switch, browsing — and no console error or CSP violation on the way. Screenshots of
// the main views go to test-artifacts/.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphReady, ingestSample, openPage, screenshot, startExplorer, type RunningApp, type WatchedPage } from './harness.ts';
import { testGraph } from '../support/graph.ts';

let app: RunningApp;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

const sample = 'A/RES/76/158';
const documentUrl = (symbol: string, query = '') => `${app.url}/document/${encodeURIComponent(symbol)}${query}`;

/** Ids of the nodes and relation-typed edges of the main graph, read through window.__citegraph. */
const graphSnapshot = (p: Page, which: 'cy' | 'consoleCy' = 'cy') =>
  p.evaluate((key) => {
    const cy = (window as unknown as { __citegraph: Record<string, { nodes(): { map(f: (n: { id(): string }) => string): string[] }; edges(): { map(f: (e: { data(k: string): string }) => string): string[] } }> }).__citegraph[key]!;
    return {
      nodes: cy.nodes().map((n) => n.id()),
      edges: cy.edges().map((e) => `${e.data('source')} ${e.data('relation')} ${e.data('target')}`),
    };
  }, which);

beforeAll(async () => {
  // On a fresh machine this installs Chromium with apt and builds the client: minutes, not seconds.
  ({ app, browser, watched } = await startExplorer(ingestSample));
  page = watched.page;
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the explorer', () => {
  it('when the start page opens, then it explains itself and shows the graph counts', async () => {
    await page.goto(app.url);
    await page.getByTestId('start').waitFor();
    await expect.poll(() => page.getByTestId('health').textContent()).toMatch(/\d+ documents/);
    await screenshot(page, 'start');
  });

  it('when 61/177 is typed in the search box, then a suggestion opens A/RES/61/177', async () => {
    await page.getByTestId('search-input').fill('61/177');
    const suggestion = page.locator('[data-testid="suggestion"][data-id="A/RES/61/177"]');
    await suggestion.waitFor();
    await screenshot(page, 'search');
    await suggestion.click();
    await page.waitForURL(/\/document\/A%2FRES%2F61%2F177/);
    await graphReady(page);
    expect(await page.getByTestId('doc-symbol').textContent()).toBe('A/RES/61/177');
    const { nodes } = await graphSnapshot(page);
    expect(nodes).toContain('A/RES/76/158');
  });

  it('when the lineage of A/RES/76/158 opens, then it shows A/RES/61/177 reaffirmed and A/HRC/RES/36/6 recalled', async () => {
    await page.goto(documentUrl(sample));
    await graphReady(page);
    const { nodes, edges } = await graphSnapshot(page);
    expect(nodes).toEqual(expect.arrayContaining([sample, 'A/RES/61/177', 'A/HRC/RES/36/6']));
    expect(edges).toContain(`${sample} REAFFIRMS A/RES/61/177`);
    expect(edges).toContain(`${sample} RECALLS A/HRC/RES/36/6`);
    // Time reads left to right: the cited 1992 resolution lies left of the 2021 one.
    const x = await page.evaluate(() => {
      const cy = (window as unknown as { __citegraph: { cy: { getElementById(id: string): { position(): { x: number } } } } }).__citegraph.cy;
      return { old: cy.getElementById('A/RES/47/133').position().x, focus: cy.getElementById('A/RES/76/158').position().x };
    });
    expect(x.old).toBeLessThan(x.focus);
    expect(await page.getByTestId('doc-title').textContent()).toContain('Enforced Disappearance');
    await screenshot(page, 'lineage');
  });

  it('when an edge is clicked, then the details panel shows its relation, paragraph and quote', async () => {
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __citegraph: { cy: { edges(s: string): { first(): { emit(e: string): void; data(): Record<string, unknown> } } } } }).__citegraph.cy;
      const edge = cy.edges('[source = "A/RES/76/158"][target = "A/RES/61/177"][relation = "REAFFIRMS"]').first();
      const outlined = !('quote' in edge.data());
      edge.emit('tap');
      return outlined;
    });
    // the lineage came outlined: the quote is fetched when the edge is opened
    expect(drawn).toBe(true);
    await page.getByTestId('edge-quote').waitFor();
    expect(await page.getByTestId('edge-relation').textContent()).toBe('reaffirms');
    expect(await page.getByTestId('edge-paragraph').textContent()).toContain('PP1');
    expect(await page.getByTestId('edge-quote').textContent()).toMatch(/61\/177/);
    // the cited number is marked inside the quote, in the other version's quote too
    expect(await page.getByTestId('edge-quote').getByTestId('quote-mark').textContent()).toBe('61/177');
    expect(await page.getByTestId('quote-zh').getByTestId('quote-mark').textContent()).toBe('61/177');
    await screenshot(page, 'lineage-edge');
  });

  it('when the To of an edge is clicked, then that document opens, and the URL says so', async () => {
    const to = page.getByTestId('edge-to');
    expect(await to.textContent()).toBe('A/RES/61/177');
    expect(await to.getAttribute('href')).toBe(`/document/${encodeURIComponent('A/RES/61/177')}`);
    await to.click();
    await page.waitForFunction(() => decodeURIComponent(location.pathname) === '/document/A/RES/61/177');
    await graphReady(page);
    await page.goBack();
    await page.waitForFunction(() => decodeURIComponent(location.pathname) === '/document/A/RES/76/158');
    await graphReady(page);
  });

  it('when a node is clicked, then the details panel shows what it is and its citation counts', async () => {
    await page.evaluate(() => {
      const cy = (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy;
      cy.getElementById('A/RES/76/158').emit('tap');
    });
    await page.getByTestId('counts-out').waitFor();
    expect(await page.getByTestId('details-symbol').textContent()).toBe(sample);
    expect(await page.getByTestId('details-ingested').textContent()).toMatch(/Yes/);
    expect(await page.getByTestId('counts-out').textContent()).toMatch(/recalls\s*14/);
  });

  it('when a relation is switched off in the legend, then its edges go and the URL records it; back brings them back', async () => {
    await page.getByTestId('legend-RECALLS').click();
    await page.waitForURL(/relations=/);
    await graphReady(page);
    expect((await graphSnapshot(page)).edges.some((e) => e.includes(' RECALLS '))).toBe(false);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('relations='));
    await graphReady(page);
    expect((await graphSnapshot(page)).edges.some((e) => e.includes(' RECALLS '))).toBe(true);
  });

  it('when recalled-by opens for A/RES/47/133, then A/RES/76/158 is listed with its quote, and the CSV downloads', async () => {
    await page.goto(documentUrl('A/RES/47/133', '?view=recalled'));
    await page.locator('[data-testid="recalled"][data-state="ready"]').waitFor();
    const rows = page.getByTestId('recalled-row');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('recalled-doc').allTextContents()).toContain(sample);
    expect(await rows.first().textContent()).toMatch(/Recalling its resolution 47\/133/);
    await screenshot(page, 'recalled-by');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('A/RES/76/158');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('when the console runs a named example query, then it shows rows, time, and a graph', async () => {
    await page.goto(`${app.url}/console`);
    const examples = page.getByTestId('console-examples');
    await expect.poll(() => examples.locator('option').count()).toBeGreaterThan(1);
    await examples.selectOption('example-sample-citations');
    await page.locator('[data-testid="console"][data-state="done"]').waitFor();
    expect(await page.getByTestId('console-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('console-status').textContent()).toMatch(/\d+ rows in \d+ ms/);
    await screenshot(page, 'console-table');
    await page.getByTestId('console-tab-graph').click();
    await graphReady(page, 'console-graph');
    expect((await graphSnapshot(page, 'consoleCy')).nodes.length).toBeGreaterThan(1);
    await screenshot(page, 'console-graph');
  });

  it('when the server says where its Neo4j Browser is, then the console links to it with the query in the Browser’s editor', async () => {
    const browserUrl = testGraph().browserUrl;
    const link = page.getByTestId('console-browser');
    expect(await link.isVisible()).toBe(!!browserUrl);
    if (browserUrl) {
      const query = await page.evaluate(() => [...document.querySelectorAll('.cm-content .cm-line')].map((line) => line.textContent).join('\n'));
      expect(query).toMatch(/MATCH/);
      await link.dispatchEvent('click'); // sets the href to the query as it stands (the new tab itself is not followed here)
      expect(await link.getAttribute('href')).toBe(`${browserUrl}?cmd=edit&arg=${encodeURIComponent(query)}`);
      expect(await link.getAttribute('target')).toBe('_blank');
    }
  });

  it('when a write query is run, then the refusal from the server is shown', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (n:Document {symbol: 'X'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="console"][data-state="error"]').waitFor();
    const error = page.getByTestId('console-error');
    expect(await error.getAttribute('data-code')).toBe('read_only');
    expect(await error.textContent()).toMatch(/read-only/);
    await screenshot(page, 'console-refusal');
  });

  it('when a query runs, then its elapsed time shows, and Cancel stops it', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('UNWIND range(1, 900000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)');
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="console"][data-state="running"]').waitFor();
    await expect.poll(() => page.getByTestId('console-status').textContent()).toMatch(/^Running… (?:0\.[5-9]|[1-9]\d*\.\d) s$/);
    await page.getByTestId('console-cancel').click();
    await page.locator('[data-testid="console"][data-state="cancelled"]').waitFor();
    expect(await page.getByTestId('console-status').textContent()).toMatch(/^Cancelled after \d+\.\d s; the server stopped the query\.$/);
    expect(await page.getByTestId('console-cancel').isHidden()).toBe(true);
  });

  it('when a query returns a 16 MB value, then the page shows its start and says it was shortened (it once showed an empty cell)', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("RETURN reduce(s = 'x', i IN range(1, 24) | s + s) AS big");
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="console"][data-state="done"]').waitFor();
    const cell = page.getByTestId('console-row').first().locator('td').first();
    expect(await cell.textContent()).toMatch(/^"?x{1000,}…/);
    expect(await page.getByTestId('console-status').textContent()).toMatch(/^1 rows in \d+ ms 1 long value\(s\) shortened to 64 kB$/);
  });

  it('when a deep link is opened in a new page, then the same view comes back', async () => {
    const url = documentUrl(sample, '?view=lineage&direction=ancestors&depth=1&lang=zh');
    const other = await openPage(browser);
    try {
      await other.page.goto(url);
      await graphReady(other.page);
      const state = await other.page.evaluate(() => (window as unknown as { __citegraph: { state: Record<string, unknown> } }).__citegraph.state);
      expect(state).toMatchObject({ symbol: sample, view: 'lineage', direction: 'ancestors', depth: 1, language: 'zh' });
      expect(await other.page.getByTestId('direction').inputValue()).toBe('ancestors');
      expect(await other.page.getByTestId('doc-title').textContent()).toBe('保护所有人免遭强迫失踪国际公约');
      expect(await other.page.getByTestId('tab-lineage').textContent()).toBe('沿袭');
      // the body and the kind in the header are words of the interface language
      expect(await other.page.locator('.doc-meta .muted').first().textContent()).toMatch(/^大会 · 决议 · /);
      await screenshot(other.page, 'lineage-zh');
      expect(other.problems).toEqual([]);
    } finally {
      await other.page.context().close();
    }
  });

  it('when French is chosen in the language switch, then the page speaks French, the URL keeps it, and a document shows its title in each language it has', async () => {
    const other = await openPage(browser);
    try {
      await other.page.goto(documentUrl(sample, '?view=lineage&depth=1'));
      await graphReady(other.page);
      await other.page.getByTestId('language-switch').selectOption('fr');
      await other.page.waitForFunction(() => document.documentElement.lang === 'fr');
      expect(await other.page.getByTestId('tab-lineage').textContent()).toBe('Filiation');
      expect(new URL(other.page.url()).searchParams.get('lang')).toBe('fr');
      // no French version in the sample: the English title, then the Chinese one, each marked with its language
      expect(await other.page.getByTestId('doc-title').textContent()).toBe('International Convention for the Protection of All Persons from Enforced Disappearance');
      await other.page.evaluate(() => void (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById('A/RES/76/158').emit('tap'));
      await other.page.getByTestId('title-zh').waitFor();
      expect(await other.page.getByTestId('title-en').getAttribute('lang')).toBe('en');
      expect(await other.page.getByTestId('title-zh').textContent()).toBe('保护所有人免遭强迫失踪国际公约');
      await screenshot(other.page, 'lineage-fr');
      expect(other.problems).toEqual([]);
    } finally {
      await other.page.context().close();
    }
  });

  it('when PNG, SVG, JSON, GraphML, GEXF and CSV are exported, then each file is non-empty and of its kind', async () => {
    await page.goto(documentUrl(sample));
    await graphReady(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.length).toBeGreaterThan(5000);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(fs.readFileSync((await svg.path())!, 'utf8')).toMatch(/<svg[\s\S]*A\/RES\/61\/177[\s\S]*<\/svg>/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const elements = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(elements.nodes.length).toBeGreaterThan(10);
    // the lineage is drawn from outlines; an export fetches every edge's evidence first
    const cited = elements.edges.find((e: { data: { source: string; target: string } }) => e.data.source === 'A/RES/76/158' && e.data.target === 'A/RES/61/177');
    expect(cited.data.quote).toMatch(/61\/177/);
    expect(elements.edges.every((e: { data: Record<string, unknown> }) => 'quote' in e.data)).toBe(true);
    // the formats for Gephi and friends, from the "more formats" menu
    const more = async (id: string) => {
      await page.getByTestId('export-more').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${id}`).click()]);
      return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
    };
    const graphml = await more('graphml');
    expect(graphml.name).toBe('A-RES-76-158-lineage.graphml');
    expect(graphml.text).toMatch(/<data key="e_quote">[^<]*61\/177/);
    expect(graphml.text.match(/<node /g)).toHaveLength(elements.nodes.length);
    expect(graphml.text).toContain('<data key="e_relation">REAFFIRMS</data>');
    const gexf = await more('gexf');
    expect(gexf.text).toMatch(/<gexf[^>]*version="1.3"/);
    expect(gexf.text.match(/<node /g)).toHaveLength(elements.nodes.length);
    const edges = await more('edges-csv');
    expect(edges.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Source,Target,Type,relation/);
    expect(edges.text).toContain('A/RES/76/158,A/RES/61/177,Directed,REAFFIRMS');
    const nodes = await more('nodes-csv');
    expect(nodes.text.trim().split('\r\n')).toHaveLength(elements.nodes.length + 1);
  });

  it('when only the nodes table is exported, then it is written without fetching any edge evidence', async () => {
    await page.goto(documentUrl(sample));
    await graphReady(page);
    const asked: string[] = [];
    const listen = (request: { url(): string }) => void (request.url().includes('/api/evidence') && asked.push(request.url()));
    page.on('request', listen);
    await page.getByTestId('export-more').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-nodes-csv').click()]);
    page.off('request', listen);
    const rows = fs.readFileSync((await file.path())!, 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength((await graphSnapshot(page)).nodes.length + 1);
    expect(asked).toEqual([]);
  });

  it('when browsing, then expand adds neighbours, undo removes them, and the rest stays where it was', async () => {
    await page.goto(documentUrl(sample, '?view=browse'));
    await graphReady(page);
    const before = await graphSnapshot(page);
    const position = () =>
      page.evaluate(() => (window as unknown as { __citegraph: { cy: { getElementById(id: string): { position(): { x: number; y: number } } } } }).__citegraph.cy.getElementById('A/RES/76/158').position());
    const focusBefore = await position();
    await page.evaluate(() => void (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById('A/HRC/RES/36/6').emit('tap'));
    await page.getByTestId('expand').click();
    await expect.poll(async () => (await graphSnapshot(page)).nodes.length).toBeGreaterThan(before.nodes.length);
    expect(await position()).toEqual(focusBefore);
    await screenshot(page, 'browse-expanded');
    // expanded again, it has nothing new to add, and says so
    await page.getByTestId('expand').click();
    await expect.poll(() => page.getByTestId('graph-notice').textContent()).toBe('Every neighbour of this document is already shown.');
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await graphSnapshot(page)).nodes.sort()).toEqual([...before.nodes].sort());
  });

  it('when a browse expansion is made, then it is kept in the URL: a reload redraws it, and back undoes it', async () => {
    await page.goto(documentUrl(sample, '?view=browse'));
    await graphReady(page);
    const before = (await graphSnapshot(page)).nodes.sort();
    await page.evaluate(() => void (window as unknown as { __citegraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__citegraph.cy.getElementById('A/HRC/RES/36/6').emit('tap'));
    await page.getByTestId('expand').click();
    await page.waitForURL(/expand=A%2FHRC%2FRES%2F36%2F6/);
    await expect.poll(async () => (await graphSnapshot(page)).nodes.length).toBeGreaterThan(before.length);
    const expanded = (await graphSnapshot(page)).nodes.sort();
    await page.reload();
    await graphReady(page);
    await expect.poll(async () => (await graphSnapshot(page)).nodes.sort()).toEqual(expanded);
    await page.goBack();
    await expect.poll(async () => (await graphSnapshot(page)).nodes.sort()).toEqual(before);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([]);
  });

  it('when the lineage opens on a phone (390×844), then the graph is most of a screen tall, a tap selects, and the details come below it', async () => {
    const phone = await openPage(browser, { width: 390, height: 844, touch: true });
    try {
      await phone.page.goto(documentUrl(sample, '?depth=1'));
      await graphReady(phone.page);
      const canvas = await phone.page.locator('.canvas-wrap').first().boundingBox();
      expect(canvas!.height).toBeGreaterThanOrEqual(400);
      expect(canvas!.width).toBeGreaterThanOrEqual(380);
      // a real tap on the focus node, where it is drawn on the screen once the page has stopped
      // moving (a panel filled in after the graph can still push the canvas down: a CI run once
      // tapped the node that had come to where the focus had been)
      const focusOnScreen = () =>
        phone.page.evaluate(() => {
          const cy = (window as unknown as { __citegraph: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } }; container(): HTMLElement } } }).__citegraph.cy;
          const box = cy.container().getBoundingClientRect();
          const p = cy.getElementById('A/RES/76/158').renderedPosition();
          return { x: box.left + p.x, y: box.top + p.y };
        });
      let at = await focusOnScreen();
      await expect
        .poll(
          async () => {
            const now = await focusOnScreen();
            const still = Math.abs(now.x - at.x) < 0.5 && Math.abs(now.y - at.y) < 0.5;
            at = now;
            return still;
          },
          { interval: 300 },
        )
        .toBe(true);
      await phone.page.touchscreen.tap(at.x, at.y);
      await phone.page.getByTestId('details-symbol').waitFor();
      expect(await phone.page.getByTestId('details-symbol').textContent()).toBe(sample);
      const details = await phone.page.locator('.details').boundingBox();
      const legend = await phone.page.locator('.legend').first().boundingBox();
      expect(details!.y).toBeGreaterThanOrEqual(legend!.y + legend!.height - 1);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone.page, 'phone-lineage');
      // the start page too: its buttons wrap rather than widen the page
      await phone.page.goto(app.url);
      await phone.page.getByTestId('try-example').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await phone.page.goto(`${app.url}/console`);
      await phone.page.getByTestId('console-run').waitFor();
      // once the example queries have come (their menu was 706 px wide)
      await expect.poll(() => phone.page.getByTestId('console-examples').locator('option').count()).toBeGreaterThan(1);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // the console's tab is whole on the screen, not cut at its edge
      const tab = await phone.page.getByTestId('tab-console').boundingBox();
      expect(tab!.x + tab!.width).toBeLessThanOrEqual(390);
      await screenshot(phone.page, 'phone-console');
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.page.context().close();
    }
  });

  it('then no console error or CSP violation happened on the page', () => {
    // Chromium logs the refused write query's HTTP 403 as a failed resource; that one is expected.
    const refusals = watched.problems.filter((p) => /status of 403/.test(p));
    expect(refusals.length).toBeLessThanOrEqual(1);
    expect(watched.problems.filter((p) => !/status of 403/.test(p))).toEqual([]);
  });
});
