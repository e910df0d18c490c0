// The HTTP API on port 0 against the real Neo4j, with the sample ingested (and a small
// synthetic corpus where lineage needs depth): each endpoint's happy path with results
// known from the sample, each error status, and the console's refusals.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../server/cli.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { ensureGraph, stopGraph } from '../../server/db/graph.ts';
import { applySchema } from '../../server/db/schema.ts';
import { sampleDir } from '../../server/sample.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { generateRecords } from '../bench/synthetic.ts';
import { dumpGraph, wipeGraph } from '../support/dump.ts';
import { apiServers } from '../support/api-servers.ts';
import { testConnection, testDriver, testGraph } from '../support/graph.ts';
import { startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

let driver: Driver;
const servers = apiServers();
const startApi = servers.start;
let base = '';
const database = () => testConnection().database;
const SAMPLE = encodeURIComponent('A/RES/76/158');


const get = async (path: string, url = base) => {
  const response = await fetch(`${url}${path}`);
  return { status: response.status, body: await response.json() };
};
const post = async (path: string, body: unknown, url = base) => {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};
const cypher = (query: string, params: Record<string, unknown> = {}, url = base) => post('/api/cypher', { query, params }, url);

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, database());
  await wipeGraph(driver, database());
  // A small synthetic corpus gives lineage some depth …
  const writer = new GraphWriter(driver, database());
  await writer.writeGazetteer();
  const records = [...generateRecords({ documents: 400, seed: 5 })] as IngestableRecord[];
  for (let i = 0; i < records.length; i += 200) await writer.writeRecords(records.slice(i, i + 200));
  // … and the sample the exact expectations.
  const summary = await ingestPaths([sampleDir], { driver, database: database() });
  expect(summary.errors).toEqual([]);
  base = await startApi();
});

afterAll(async () => {
  await servers.closeAll();
  await driver.close();
});

describe('GET /api/health', () => {
  it('when the graph answers, then it reports the database, the version and non-zero counts', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body.neo4j.database).toBe(database() ?? 'neo4j');
    expect(body.neo4j.version).toMatch(/^5\.26/);
    expect(body.counts.documents).toBeGreaterThan(400);
    expect(body.counts.instruments).toBeGreaterThanOrEqual(10);
  });

  it('when the server is one citegraph starts, then it says where its Neo4j Browser is, and the Browser is served there without telemetry', async () => {
    const { body } = await get('/api/health');
    expect(body.neo4j.browser).toBe(testGraph().browserUrl ?? null);
    if (testGraph().mode === 'managed') {
      expect(body.neo4j.browser).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);
      const page = await fetch(body.neo4j.browser);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<title>Neo4j Browser<\/title>/);
      // the Browser reads these from the server: no telemetry, remote content from this host only
      const { records } = await driver.executeQuery("CALL dbms.listConfig() YIELD name, value WHERE name IN ['client.allow_telemetry', 'browser.remote_content_hostname_whitelist'] RETURN name, value ORDER BY name", {}, { database: database() });
      expect(records.map((r) => `${r.get('name')}=${r.get('value')}`)).toEqual(['browser.remote_content_hostname_whitelist=localhost', 'client.allow_telemetry=false']);
    }
  });
});

describe('GET /api/search', () => {
  it('when the URL is longer than the server reads (20,000 characters), then 431 with a JSON error (it was a bare 431)', async () => {
    const response = await fetch(`${base}/api/search?q=${'a'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect((await response.json()).error.code).toBe('too_large');
  });

  it('when many titles score alike, then they come in the order of their symbols (the same graph always gives the same answer)', async () => {
    const { status, body } = await get('/api/search?q=Palestine%20refugees&limit=50');
    expect(status).toBe(200);
    const titles = body.results.filter((r: { matched: string }) => r.matched === 'title');
    const ties = titles.filter((r: { score: number }, i: number) => i > 0 && r.score === titles[i - 1].score);
    expect(ties.length).toBeGreaterThan(5);
    for (let i = 1; i < titles.length; i++) {
      if (titles[i].score === titles[i - 1].score) expect(titles[i - 1].id < titles[i].id).toBe(true);
      else expect(titles[i].score).toBeLessThan(titles[i - 1].score);
    }
  });

  it.each(['9999-99-99', '2021-02-30', '2021-13-01'])('when a date bound has the form of a date but is no day (%s), then 400, not a 500', async (day) => {
    const { status, body } = await get(`/api/search?q=rights&from=${day}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain('no such day');
  });

  it.each(['61/177', 'A/RES/61/177', 'a/res/61/177', '第61/177号', '第 61/177 号决议', 'resolution 61/177'])(
    'when the user types %s, then A/RES/61/177 comes first',
    async (q) => {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.results[0].symbol).toBe('A/RES/61/177');
      expect(body.results[0].matched).toBe('symbol');
    },
  );

  it('when the user types HRC 36/6, then the Council resolution comes first, not the Assembly one', async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent('HRC 36/6')}`);
    expect(body.results[0].symbol).toBe('A/HRC/RES/36/6');
  });

  it('when the user types title words, then the documents and instruments with all those words come back', async () => {
    // The synthetic corpus reuses the sample's title for a whole theme, so check what matched, not ranks.
    const { body } = await get(`/api/search?q=${encodeURIComponent('protection persons enforced disappearance')}&limit=50`);
    const ids = body.results.map((r: { id: string }) => r.id);
    expect(ids).toContain('instrument:icpped');
    expect(ids).toContain('instrument:declaration-enforced-disappearance');
    for (const result of body.results) {
      expect(result.matched).toBe('title');
      expect(result.title_en.toLowerCase()).toMatch(/protection.*persons.*enforced disappearance/);
    }
    const partial = await get(`/api/search?q=${encodeURIComponent('enforced disapp')}&kind=instrument`);
    expect(partial.body.results.map((r: { id: string }) => r.id)).toContain('instrument:icpped');
    const zh = await get(`/api/search?q=${encodeURIComponent('强迫失踪宣言')}`);
    expect(zh.body.results[0].id).toBe('instrument:declaration-enforced-disappearance');
  });

  it('when a kind filter is given, then only that kind comes back', async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent('enforced disappearance')}&kind=instrument`);
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) expect(result.type).toBe('instrument');
  });

  it.each([['q=', 'q'], ['q=x&limit=0', 'limit'], ['q=x&limit=abc', 'limit'], ['q=x&kind=planet', 'kind']])(
    'when the query string is %s, then 400 names %s',
    async (query, field) => {
      const { status, body } = await get(`/api/search?${query}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain(field);
      expect(body.error.details.length).toBeGreaterThan(0);
    },
  );
});

describe('GET /api/documents/:symbol', () => {
  it('when the sample is asked for, then titles, text, links and exact counts come back', async () => {
    const { status, body } = await get(`/api/documents/${SAMPLE}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      symbol: 'A/RES/76/158',
      ingested: true,
      body: 'GA',
      date: '2021-12-16',
      title_en: 'International Convention for the Protection of All Persons from Enforced Disappearance',
      title_zh: '保护所有人免遭强迫失踪国际公约',
      languages: ['en', 'zh'],
    });
    expect(body.links).toContainEqual({ language: 'en', url: 'https://undocs.org/en/A/RES/76/158' });
    expect(body.links).toContainEqual({ language: 'zh', url: 'https://undocs.org/zh/A/RES/76/158' });
    // From the golden table: documents and instruments the sample cites, by relation.
    expect(body.citations.out).toEqual({ RECALLS: 14, REAFFIRMS: 1, WELCOMES: 3, TAKES_NOTE: 5, CITES: 4 });
  });

  it('when a cited-only document is asked for by another spelling, then it is found and marked not ingested', async () => {
    const { status, body } = await get(`/api/documents/${encodeURIComponent('HRC 36/6')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ symbol: 'A/HRC/RES/36/6', ingested: false, body: 'HRC' });
    expect(body.citations.in.RECALLS).toBe(1);
    expect(body.publishedIn).toEqual(['A/72/53/Add.1']);
  });

  it('when an unknown symbol is asked for, then 404 with a JSON error', async () => {
    const { status, body } = await get(`/api/documents/${encodeURIComponent('A/RES/99/999')}`);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('A/RES/99/999');
  });

  it('when the symbol is absurdly long, then 400', async () => {
    const { status } = await get(`/api/documents/${'A'.repeat(300)}`);
    expect(status).toBe(400);
  });
});

describe('GET /api/documents/:symbol/citations', () => {
  it('when out-citations of one relation are asked for, then each comes with its evidence', async () => {
    const { status, body } = await get(`/api/documents/${SAMPLE}/citations?direction=out&relation=TAKES_NOTE`);
    expect(status).toBe(200);
    const rows = body.citations.map((c: { to: { id: string }; evidence: { paragraph: string; footnote: number } }) => `${c.to.id} ${c.evidence.paragraph} ${c.evidence.footnote}`);
    expect(rows.sort()).toEqual(['A/HRC/WGEID/98/1 OP13 10', 'A/HRC/WGEID/98/1/Corr.1 OP13 10', 'A/HRC/WGEID/98/2 OP13 11', 'CED/C/7 OP10 8', 'CED/C/8 OP16 12']);
    for (const c of body.citations) {
      expect(c.relation).toBe('TAKES_NOTE');
      expect(c.evidence.languages).toEqual(['en', 'zh']);
      expect(c.evidence.quote.length).toBeGreaterThan(10);
    }
  });

  it('when paged with a cursor, then the pages follow each other without overlap', async () => {
    const all = await get(`/api/documents/${SAMPLE}/citations?limit=100`);
    const first = await get(`/api/documents/${SAMPLE}/citations?limit=10`);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await get(`/api/documents/${SAMPLE}/citations?limit=10&cursor=${first.body.nextCursor}`);
    const key = (c: { to: { id: string }; relation: string; evidence: { paragraph: string } }) => `${c.relation} ${c.to.id} ${c.evidence.paragraph}`;
    expect([...first.body.citations, ...second.body.citations].map(key)).toEqual(all.body.citations.slice(0, 20).map(key));
    expect(all.body.citations).toHaveLength(27);
    expect(all.body.nextCursor).toBeNull();
  });

  it('when in-citations are asked for, then the citing resolution and its paragraph come back', async () => {
    const { body } = await get(`/api/documents/${encodeURIComponent('A/RES/47/133')}/citations?direction=in`);
    expect(body.citations.map((c: { from: { id: string }; relation: string; evidence: { paragraph: string } }) => `${c.from.id} ${c.relation} ${c.evidence.paragraph}`).sort()).toEqual([
      'A/RES/76/158 CITES OP11',
      'A/RES/76/158 RECALLS PP2',
    ]);
  });

  it('when the cursor is forged or the relation unknown, then 400', async () => {
    expect((await get(`/api/documents/${SAMPLE}/citations?cursor=bm9wZQ`)).status).toBe(400);
    expect((await get(`/api/documents/${SAMPLE}/citations?relation=LIKES`)).status).toBe(400);
    expect((await get(`/api/documents/${SAMPLE}/citations?direction=sideways`)).status).toBe(400);
  });
});

describe('GET /api/recalled-by/:symbol', () => {
  it('when A/RES/47/133 is asked for, then A/RES/76/158 recalls it in PP2', async () => {
    const { status, body } = await get(`/api/recalled-by/${encodeURIComponent('A/RES/47/133')}`);
    expect(status).toBe(200);
    expect(body.results.map((r: { from: { id: string }; relation: string; evidence: { paragraph: string } }) => `${r.from.id} ${r.relation} ${r.evidence.paragraph}`)).toEqual([
      'A/RES/76/158 RECALLS PP2',
    ]);
    expect(body.results[0].evidence.quote).toContain('47/133');
  });

  it('when the adopting resolution is asked for, then citations of its instrument count too', async () => {
    const { body } = await get(`/api/recalled-by/${encodeURIComponent('A/RES/61/177')}`);
    const rows = body.results.map((r: { from: { id: string }; to: { id: string }; relation: string; evidence: { paragraph: string } }) => `${r.from.id} ${r.relation} ${r.to.id} ${r.evidence.paragraph}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        'A/RES/76/158 REAFFIRMS A/RES/61/177 PP1',
        'A/RES/76/158 RECALLS instrument:icpped PP10',
        'A/RES/76/158 RECALLS instrument:icpped PP11',
      ]),
    );
  });

  it('when the instrument is asked for with every relation, then the welcome in OP2 is there too, sorted by date', async () => {
    const { body } = await get(`/api/recalled-by/instrument%3Aicpped?relations=RECALLS,REAFFIRMS,WELCOMES,TAKES_NOTE,CITES`);
    const paragraphs = body.results.filter((r: { from: { id: string } }) => r.from.id === 'A/RES/76/158').map((r: { evidence: { paragraph: string } }) => r.evidence.paragraph);
    expect(paragraphs).toEqual(expect.arrayContaining(['PP1', 'PP10', 'OP2']));
    const dates = body.results.map((r: { from: { date: string | null } }) => r.from.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('when transitive is asked for on the synthetic corpus, then documents two steps away come with depth 2 or 3', async () => {
    const founder = encodeURIComponent('A/RES/31/1');
    const direct = await get(`/api/recalled-by/${founder}?limit=5000`);
    const transitive = await get(`/api/recalled-by/${founder}?transitive=true&limit=5000`);
    expect(direct.body.truncated).toBe(false);
    expect(transitive.body.results.length).toBeGreaterThan(direct.body.results.length);
    type Result = { depth: number; from: { id: string }; to: { id: string; date: string | null } };
    const twoSteps = transitive.body.results.filter((r: Result) => r.depth === 2);
    expect(twoSteps.length).toBeGreaterThan(0);
    // `to` is the document it recalls through, read whole: one that recalls the founder itself
    const recallers = new Set(direct.body.results.map((r: Result) => r.from.id));
    for (const r of twoSteps as Result[]) {
      expect(recallers.has(r.to.id), `${r.from.id} through ${r.to.id}`).toBe(true);
      expect(r.to.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('GET /api/lineage/:symbol', () => {
  it('when the sample is asked for, then A/RES/61/177 and A/HRC/RES/36/6 are ancestors with the right relations', async () => {
    const { status, body } = await get(`/api/lineage/${SAMPLE}?direction=ancestors&depth=1`);
    expect(status).toBe(200);
    expect(body.focus).toBe('A/RES/76/158');
    const ids = body.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['A/RES/76/158', 'A/RES/61/177', 'A/HRC/RES/36/6', 'instrument:icpped']));
    const edge = (target: string) => body.edges.filter((e: { data: { source: string; target: string } }) => e.data.source === 'A/RES/76/158' && e.data.target === target).map((e: { data: { relation: string } }) => e.data.relation);
    expect(edge('A/RES/61/177')).toEqual(['REAFFIRMS']);
    expect(edge('A/HRC/RES/36/6')).toEqual(['RECALLS']);
    expect(body.truncated).toBe(false);
    for (const e of body.edges) expect(ids).toContain(e.data.target);
  });

  it('when depth 2 is asked for, then the instrument leads on to the resolution that adopted it', async () => {
    const { body } = await get(`/api/lineage/${SAMPLE}?direction=ancestors&depth=2`);
    expect(body.edges.some((e: { data: { source: string; target: string; relation: string } }) => e.data.relation === 'ADOPTS' && e.data.source === 'A/RES/47/133')).toBe(true);
  });

  it('when the node cap is small, then the graph is cut and says so', async () => {
    const { body } = await get(`/api/lineage/${SAMPLE}?limit=5`);
    expect(body.nodes.length).toBeLessThanOrEqual(5);
    expect(body.truncated).toBe(true);
  });

  it('when descendants at depth 3 are asked for on the synthetic corpus, then there are nodes more than one step away', async () => {
    const one = await get(`/api/lineage/${encodeURIComponent('A/RES/31/1')}?direction=descendants&depth=1&limit=2000`);
    const three = await get(`/api/lineage/${encodeURIComponent('A/RES/31/1')}?direction=descendants&depth=3&limit=2000`);
    expect(three.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
  });

  it('when the direction or depth is invalid, then 400', async () => {
    expect((await get(`/api/lineage/${SAMPLE}?direction=up`)).status).toBe(400);
    expect((await get(`/api/lineage/${SAMPLE}?depth=99`)).status).toBe(400);
    expect((await get(`/api/lineage/${SAMPLE}?evidence=maybe`)).status).toBe(400);
  });
});

type Outline = { data: { id: string; source: string; relation: string; target: string; paragraph: string | null } };
const asked = (outlines: Outline[]) => outlines.map(({ data: { id: _id, ...named } }) => named);

describe('lineage outlines and POST /api/evidence', () => {
  const lineages = [`${SAMPLE}?depth=2`, `${encodeURIComponent('A/RES/31/1')}?direction=descendants&depth=3&limit=2000`];

  it.each(lineages)('when %s is asked for without evidence, then the same edges come outlined: ends, relation and paragraph only', async (path) => {
    const full = await get(`/api/lineage/${path}`);
    const outlined = await get(`/api/lineage/${path}&evidence=false`);
    expect(outlined.status).toBe(200);
    expect(outlined.body.nodes).toEqual(full.body.nodes);
    expect(outlined.body.edges.map((e: Outline) => e.data.id)).toEqual(full.body.edges.map((e: Outline) => e.data.id));
    for (const edge of outlined.body.edges) expect(Object.keys(edge.data).sort()).toEqual(['id', 'paragraph', 'relation', 'source', 'target']);
    expect(full.body.edges.some((e: { data: { quote: string | null } }) => e.data.quote)).toBe(true);
    expect(JSON.stringify(outlined.body).length).toBeLessThan(JSON.stringify(full.body).length);
  });

  it.each(lineages)('when the evidence of %s outlined is asked for, then it is the full lineage\'s edges, in the order asked', async (path) => {
    const full = await get(`/api/lineage/${path}`);
    const outlined = await get(`/api/lineage/${path}&evidence=false`);
    const { status, body } = await post('/api/evidence', { edges: asked(outlined.body.edges) });
    expect(status).toBe(200);
    expect(body.edges).toEqual(full.body.edges);
  });

  it('when an outline names a citation the graph does not hold, then it is left out and the others come back', async () => {
    const outlined = await get(`/api/lineage/${SAMPLE}?direction=ancestors&depth=1&evidence=false`);
    const real = asked(outlined.body.edges).find((e) => e.target === 'A/RES/61/177')!;
    const { status, body } = await post('/api/evidence', { edges: [{ ...real, paragraph: 'OP99' }, real, { ...real, relation: 'WELCOMES' }] });
    expect(status).toBe(200);
    expect(body.edges.map((e: Outline) => e.data.id)).toEqual([`A/RES/76/158|REAFFIRMS|A/RES/61/177|${real.paragraph}`]);
    expect(body.edges[0].data.quote).toMatch(/61\/177/);
  });

  it.each([
    ['no citation', { edges: [] }],
    ['an unknown relation', { edges: [{ source: 'A/RES/76/158', relation: 'LIKES', target: 'A/RES/61/177', paragraph: 'PP1' }] }],
    ['a citation without its target', { edges: [{ source: 'A/RES/76/158', relation: 'RECALLS', paragraph: 'PP1' }] }],
    ['more than 5,000 citations', { edges: Array.from({ length: 5001 }, () => ({ source: 'A/RES/76/158', relation: 'RECALLS', target: 'A/RES/61/177', paragraph: 'PP1' })) }],
  ])('when the request holds %s, then 400 and a message', async (_case, request) => {
    const { status, body } = await post('/api/evidence', request);
    expect(status).toBe(400);
    expect(body.error.message.length).toBeGreaterThan(5);
  });
});

describe('GET /api/neighbourhood/:symbol', () => {
  it('when A/RES/61/177 is expanded, then its citer and its instrument are its neighbours', async () => {
    const { status, body } = await get(`/api/neighbourhood/${encodeURIComponent('A/RES/61/177')}`);
    expect(status).toBe(200);
    const ids = body.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['A/RES/61/177', 'A/RES/76/158', 'instrument:icpped']));
    expect(body.edges.map((e: { data: { relation: string } }) => e.data.relation)).toEqual(expect.arrayContaining(['REAFFIRMS', 'ADOPTS']));
  });

  it('when the limit is 1, then one neighbour comes back and the cut is flagged', async () => {
    const { body } = await get(`/api/neighbourhood/${SAMPLE}?limit=1`);
    expect(body.edges).toHaveLength(1);
    expect(body.truncated).toBe(true);
  });
});

describe('GET /api/queries and /api/openapi.json', () => {
  it('when the example queries are listed, then each runs in the console', async () => {
    const { body } = await get('/api/queries');
    expect(body.queries.length).toBeGreaterThanOrEqual(4);
    for (const query of body.queries) {
      expect(query.description.length).toBeGreaterThan(10);
      const result = await cypher(query.query);
      expect(result.status, query.name).toBe(200);
    }
  });

  it('when the OpenAPI document is fetched, then every endpoint is in it', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([
      '/api/cypher', '/api/documents/{symbol}', '/api/documents/{symbol}/citations', '/api/documents/{symbol}/citations-per-year', '/api/evidence', '/api/health', '/api/lineage/{symbol}',
      '/api/neighbourhood/{symbol}', '/api/paths', '/api/queries', '/api/recalled-by/{symbol}', '/api/search', '/api/statistics', '/api/subjects',
    ]);
    expect(body.paths['/api/neighbourhood/{symbol}'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['symbol', 'relations', 'body', 'from', 'to', 'subject', 'ingested', 'limit']);
    expect(body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'kind', 'body', 'from', 'to', 'subject', 'limit']);
  });
});

describe('POST /api/cypher', () => {
  it('when a read query returns nodes and relationships, then rows and Cytoscape elements come back', async () => {
    const { status, body } = await cypher("MATCH (d:Document {symbol: $s})-[r:RECALLS]->(t:Document) RETURN d, r, t.symbol AS target, d.date AS date ORDER BY target", { s: 'A/RES/76/158' });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['d', 'r', 'target', 'date']);
    expect(body.rowCount).toBe(12);
    expect(body.rows[0][2]).toBe('A/HRC/RES/14/7');
    expect(body.rows[0][3]).toBe('2021-12-16');
    expect(body.rows[0][0].properties.symbol).toBe('A/RES/76/158');
    expect(body.graph.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain('A/RES/76/158');
    // The relationships' other ends were not returned; the console fetches them to draw the edges.
    expect(body.graph.edges).toHaveLength(12);
    expect(body.graph.nodes).toHaveLength(13);
  });

  it('when integer parameters are given, then they are integers to Cypher (LIMIT accepts them)', async () => {
    const { status, body } = await cypher('MATCH (d:Document) RETURN d.symbol LIMIT $n', { n: 3 });
    expect(status).toBe(200);
    expect(body.rowCount).toBe(3);
  });

  const refusals: [string, string][] = [
    ['CREATE (:Document {symbol: "X"})', 'write'],
    ["MERGE (d:Document {symbol: 'A/RES/76/158'}) SET d.title_en = 'changed'", 'write'],
    ['MATCH (n) DETACH DELETE n', 'write'],
    ["MATCH (d:Document) SET d.x = 1", 'write'],
    ["MATCH (d:Document) REMOVE d.title_en", 'write'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD CSV'],
    ["LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line CREATE (:X {v: line[0]})", 'LOAD CSV'],
    ['CREATE INDEX console_index IF NOT EXISTS FOR (n:Document) ON (n.x)', 'schema'],
    ['DROP CONSTRAINT document_symbol', 'schema'],
    ["CREATE USER mallory SET PASSWORD 'correct-horse-battery'", 'administration'],
    ['SHOW USERS', 'administration'],
    ["CALL db.createLabel('Intruder')", 'db.createLabel'],
    ['CALL dbms.listConfig()', 'dbms.listConfig'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TERMINATE'],
    ['CALL { CREATE (:X) } IN TRANSACTIONS', 'write'],
  ];

  it.each(refusals)('when the console gets %s, then Neo4j refuses it (403) and the graph is unchanged', async (query, what) => {
    const before = await dumpGraph(driver, database());
    const { status, body } = await cypher(query);
    expect(status).toBe(403);
    expect(body.error.code).toBe('read_only');
    expect(body.error.message.toLowerCase()).toContain(what.toLowerCase());
    expect(await dumpGraph(driver, database())).toEqual(before);
    const { records } = await driver.executeQuery('SHOW INDEXES YIELD name WHERE name = "console_index" RETURN name', {}, { database: database() });
    expect(records).toHaveLength(0);
  });

  it('when the query is malformed, then 400 with Neo4j\'s message', async () => {
    const { status, body } = await cypher('MATCH (n RETURN n');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/Invalid input|expected/i);
  });

  it.each([
    [{ query: '' }, 'empty'],
    [{ query: 'RETURN 1 //' + 'x'.repeat(6000) }, '5,000'],
    [{}, 'query'],
    [{ query: 'RETURN 1', params: 'not a map' }, 'params'],
  ])('when the body is %#, then 400 says why', async (payload, message) => {
    const { status, body } = await post('/api/cypher', payload);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });

  it('when the parameters nest 2,000 levels deep, then 400 (Neo4j would close the connection: a 503)', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 2000; i++) deep = [deep];
    const { status, body } = await cypher('RETURN $deep', { deep });
    expect(status).toBe(400);
    expect(body.error.message).toContain('nest more than 32 levels');
  });

  it('when the body is larger than the limit, then 413', async () => {
    const response = await fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1', params: { pad: 'x'.repeat(100_000) } }) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('too_large');
  });

  it('when a query returns more rows than the cap, then the rows are cut and flagged', async () => {
    const { body } = await cypher('UNWIND range(1, 5000) AS x RETURN x');
    expect(body.rowCount).toBe(1000);
    expect(body.truncated).toBe(true);
  });

  it('when a query runs past the time limit, then Neo4j stops it and the answer is 504', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_TIMEOUT_MS: '300' });
    const started = Date.now();
    const { status, body } = await cypher('UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)', {}, url);
    expect(status).toBe(504);
    expect(body.error.code).toBe('query_timeout');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('when the user cancels a running console query, then the server ends its transaction in Neo4j', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_TIMEOUT_MS: '120000' });
    const slow = 'UNWIND range(1, 900000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS cancelMe';
    const running = async () => {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries', {}, { database: database() });
      return (records[0]!.get('queries') as string[]).some((q) => q.includes('cancelMe'));
    };
    const controller = new AbortController();
    const request = fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: slow, params: {} }), signal: controller.signal }).catch((error: Error) => error);
    await expect.poll(running, { timeout: 10_000, interval: 100 }).toBe(true);
    controller.abort();
    expect(await request).toBeInstanceOf(Error);
    const cancelledAt = Date.now();
    await expect.poll(running, { timeout: 10_000, interval: 100 }).toBe(false);
    expect(Date.now() - cancelledAt).toBeLessThan(5_000);
  });

  // Issue #15: what a hostile or careless query could do before the console had byte caps,
  // a deadline of its own and Neo4j's memory guard.
  const rawCypher = async (url: string, query: string) => {
    const started = Date.now();
    const response = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params: {} }) });
    const text = await response.text();
    return { status: response.status, bytes: Buffer.byteLength(text), body: JSON.parse(text), milliseconds: Date.now() - started };
  };

  it('when one value is huge (a 67 MB string), then it is cut to the value cap and the answer stays small', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_MAX_BYTES: '1000000', CITEGRAPH_CONSOLE_MAX_VALUE_BYTES: '20000', CITEGRAPH_CONSOLE_TIMEOUT_MS: '60000' });
    const { status, bytes, body } = await rawCypher(url, "RETURN reduce(s = 'x', i IN range(1, 26) | s + s) AS big, 'small' AS small");
    expect(status).toBe(200);
    expect(bytes).toBeLessThan(1_000_000);
    expect(body.valuesCut).toBe(1);
    expect(body.rows[0][0]).toMatch(/^x{1000,}/);
    expect(Buffer.byteLength(body.rows[0][0])).toBeLessThanOrEqual(20_000);
    expect(body.rows[0][1]).toBe('small');
    expect(body.truncated).toBe(false);
  });

  it('when rows add up past the byte cap (1,000 rows of 128 kB), then the rows stop there, flagged as cut by size', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_MAX_BYTES: '1000000', CITEGRAPH_CONSOLE_TIMEOUT_MS: '60000' });
    const { status, bytes, body } = await rawCypher(url, "UNWIND range(1, 1000) AS i RETURN i, reduce(s = 'x', j IN range(1, 17) | s + s) AS pad");
    expect(status).toBe(200);
    expect(bytes).toBeLessThan(1_000_000);
    expect(body.truncated).toBe(true);
    expect(body.truncatedBy).toBe('bytes');
    expect(body.rowCount).toBe(body.rows.length);
    expect(body.rowCount).toBeGreaterThan(0);
    expect(body.rowCount).toBeLessThan(1000);
    expect(body.rows.map((row: unknown[]) => row[0])).toEqual(Array.from({ length: body.rowCount }, (_, i) => i + 1));
  });

  it('when a query returns a list of five million numbers, then the answer comes within a second of the time limit', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_TIMEOUT_MS: '1500' });
    const { status, body, milliseconds } = await rawCypher(url, 'RETURN range(1, 5000000) AS numbers');
    expect([200, 504]).toContain(status);
    if (status === 504) expect(body.error.code).toBe('query_timeout');
    else expect(body.valuesCut).toBe(1);
    expect(milliseconds).toBeLessThan(1500 + 1000);
  });

  it('when a query runs past the time limit, then the server answers 504 within a second and ends the transaction in Neo4j', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_TIMEOUT_MS: '1000' });
    const { status, body, milliseconds } = await rawCypher(url, 'UNWIND range(1, 900000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS deadlineMe');
    expect(status).toBe(504);
    expect(body.error.code).toBe('query_timeout');
    expect(milliseconds).toBeLessThan(1000 + 1000);
    const running = async () => {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries', {}, { database: database() });
      return (records[0]!.get('queries') as string[]).some((q) => q.includes('deadlineMe'));
    };
    await expect.poll(running, { timeout: 3_000, interval: 100 }).toBe(false);
  });

  it('when a query needs more memory than Neo4j allows one transaction, then 422 says so (not a 500)', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_TIMEOUT_MS: '120000' });
    const { status, body } = await rawCypher(url, 'UNWIND range(1, 2000000) AS a RETURN size(collect([a, a, a])) AS n');
    expect(status).toBe(422);
    expect(body.error.code).toBe('memory_limit');
    expect(body.error.message).toContain('memory');
  }, 180_000);

  it.each([
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['SHOW TRANSACTIONS YIELD * RETURN *', 'SHOW TRANSACTIONS'],
    ['SHOW SETTINGS', 'SHOW SETTINGS'],
    ['CALL dbms.listConnections()', 'dbms.listConnections'],
    ['CALL db.awaitIndexes(1000)', 'db.awaitIndexes'],
    ["CALL tx.setMetaData({who: 'me'})", 'tx.setMetaData'],
  ])('when the console gets %s, then it is refused (403): it tells of other clients or the server', async (query, named) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(403);
    expect(body.error.code).toBe('read_only');
    expect(body.error.message).toContain(named);
  });

  it.each([['SHOW INDEXES'], ['SHOW CONSTRAINTS'], ['CALL db.labels()'], ['CALL db.schema.visualization()']])('when the console gets the schema listing %s, then it runs', async (query) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(200);
    expect(body.rowCount).toBeGreaterThan(0);
  });

  it('when the console is called faster than its rate limit, then 429', async () => {
    const url = await startApi({ CITEGRAPH_CONSOLE_RATE_LIMIT: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await cypher('RETURN 1', {}, url)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('security headers', () => {
  it('when any page is served, then a strict Content-Security-Policy and friends are set', async () => {
    const response = await fetch(`${base}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('a Neo4j that goes away and comes back', () => {
  it('when Neo4j stops, then requests get 503; when it is back, the same server answers again', async () => {
    const own = await startThrowawayNeo4j({ heap: '512m', pageCache: '64m' });
    try {
      const ownDriver = createDriver(own.graph.connection);
      await applySchema(ownDriver);
      await ownDriver.close();
      const config = loadConfig({ NEO4J_URI: own.graph.connection.uri, PORT: '0' });
      const started = await serve(config, { mode: 'external', connection: config.external!, description: '' });
      servers.keep(started);
      expect((await get('/api/health', started.url)).status).toBe(200);

      await stopGraph(own.config);
      const down = await get('/api/health', started.url);
      expect(down.status).toBe(503);
      expect(down.body.error.code).toBe('graph_unavailable');
      expect((await get('/api/search?q=61/177', started.url)).status).toBe(503);

      await ensureGraph(own.config);
      const back = await get('/api/health', started.url);
      expect(back.status).toBe(200);
    } finally {
      await own.stop();
    }
  });
});
