// One resolution in two language versions (the UN's AKN of A/RES/75/274 in English and in French):
// one node that lists both languages and keeps both titles, edges that record which versions
// found them with each version's verb, the README's disagreement query, and the API and search
// serving the French title.
import path from 'node:path';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../server/cli.ts';
import { projectRoot } from '../../server/config.ts';
import { ensureGraph } from '../../server/db/graph.ts';
import { applySchema } from '../../server/db/schema.ts';
import type { Repository } from '../../server/repository.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { wipeGraph } from '../support/dump.ts';
import { externalTestConfig, testConnection, testDriver } from '../support/graph.ts';

const akn = (file: string) => path.join(projectRoot, 'test', 'fixtures', 'corpus', 'akn', 'ga', file);
const SYMBOL = 'A/RES/75/274';

let driver: Driver;
let started: { server: Server; repository: Repository; url: string };
const database = () => testConnection().database;
const query = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params, { database: database() })).records.map((r) => r.toObject());
const get = async (url: string) => {
  const response = await fetch(`${started.url}${url}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, database());
  await wipeGraph(driver, database());
  const summary = await ingestPaths([akn('75_274_E.xml'), akn('75_274_F.xml')], { driver, database: database() });
  expect(summary.errors).toEqual([]);
  const config = externalTestConfig({ HOST: '127.0.0.1' });
  started = await serve(config, await ensureGraph(config));
});

afterAll(async () => {
  await new Promise((resolve) => started.server.close(resolve));
  await started.repository.close();
  await driver.close();
});

describe('a resolution in English and French', () => {
  it('when both versions are ingested, then it is one node listing both languages, with both titles and both source files', async () => {
    const [d] = await query('MATCH (d:Document {symbol: $s}) RETURN d.languages AS languages, d.title_en AS en, d.title_fr AS fr, size(d.sourceFiles) AS files, count { (x:Document {symbol: $s}) } AS nodes', { s: SYMBOL });
    expect(d).toMatchObject({ languages: ['en', 'fr'], en: 'International Day of Women Judges', fr: 'Journée internationale des femmes juges' });
    expect(Number(d!.files)).toBe(2);
    expect(Number(d!.nodes)).toBe(1);
  });

  it('when its citations are read, then each edge records that both versions found it, with each version’s verb', async () => {
    const edges = await query(
      `MATCH (:Document {symbol: $s})-[r:RECALLS]->(t:Document) RETURN t.symbol AS target, r.languages AS languages, r.verb_en AS en, r.verb_fr AS fr ORDER BY target`,
      { s: SYMBOL },
    );
    expect(edges).toEqual([
      { target: 'A/RES/53/199', languages: ['en', 'fr'], en: 'Recalling', fr: 'Rappelant' },
      { target: 'A/RES/61/185', languages: ['en', 'fr'], en: 'Recalling', fr: 'Rappelant' },
      { target: 'E/RES/1980/67', languages: ['en', 'fr'], en: 'Recalling', fr: 'Rappelant' },
    ]);
  });

  it('when the README’s disagreement query runs, then the two versions agree on every edge', async () => {
    const rows = await query(`MATCH (d:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(t)
      WHERE size(d.languages) > 1 AND size(r.languages) < size(d.languages)
      RETURN d.symbol, type(r), coalesce(t.symbol, t.key), r.paragraph, r.languages`);
    expect(rows).toEqual([]);
    const [{ edges }] = (await query('MATCH (:Document {symbol: $s})-[r]->() RETURN count(r) AS edges', { s: SYMBOL })) as [{ edges: unknown }];
    expect(Number(edges)).toBeGreaterThanOrEqual(5);
  });

  it('when the API serves the document and its citations, then the French title and the French verbs come with them', async () => {
    const doc = await get(`/api/documents/${encodeURIComponent(SYMBOL)}`);
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({ title_en: 'International Day of Women Judges', title_fr: 'Journée internationale des femmes juges', title_zh: null });
    const out = await get(`/api/documents/${encodeURIComponent(SYMBOL)}/citations?direction=out`);
    expect(out.status).toBe(200);
    const items = out.body.citations as { to: { id: string }; evidence: { verb_fr: string | null; languages: string[] } }[];
    const ecosoc = items.find((c) => c.to.id === 'E/RES/1980/67');
    expect(ecosoc?.evidence).toMatchObject({ verb_fr: 'Rappelant', languages: ['en', 'fr'] });
  });

  it('when French title words are searched, then the resolution is found', async () => {
    const found = await get(`/api/search?q=${encodeURIComponent('femmes juges')}`);
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.body)).toContain(SYMBOL);
  });
});
