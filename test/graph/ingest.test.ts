// `citegraph ingest` against the real Neo4j: the sample's golden edges as relationships,
// one node for both language versions, idempotence, replacement of a changed text,
// failure isolation, and a clear error when Neo4j is not there.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { sampleDir } from '../../server/sample.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ingestPaths } from '../../ingest/ingest-command.ts';
import { dumpGraph, wipeGraph } from '../support/dump.ts';
import { freePort } from '../support/free-port.ts';
import { testConnection, testDriver, testGraph } from '../support/graph.ts';

const run = promisify(execFile);
const citegraph = path.join(projectRoot, 'server', 'bin', 'citegraph.mjs');
const sampleZh = path.join(sampleDir, 'A-RES-76-158.zh.txt');
const sampleEn = path.join(sampleDir, 'A-RES-76-158.en.txt');

/** The extraction issue's golden table, as the relationships it must become. */
const GOLDEN: [relation: string, target: string, paragraph: string, footnote: number | null][] = [
  ['REAFFIRMS', 'A/RES/61/177', 'PP1', null],
  ['RECALLS', 'A/RES/47/133', 'PP2', null],
  ['RECALLS', 'A/RES/70/160', 'PP3', null],
  ['RECALLS', 'A/RES/72/183', 'PP3', null],
  ['RECALLS', 'A/RES/74/161', 'PP3', null],
  ['RECALLS', 'A/HRC/RES/36/6', 'PP3', null],
  ['RECALLS', 'A/HRC/RES/45/3', 'PP3', null],
  ['RECALLS', 'A/RES/68/165', 'PP4', null],
  ['RECALLS', 'A/HRC/RES/36/7', 'PP4', null],
  ['RECALLS', 'A/RES/73/162', 'PP5', null],
  ['RECALLS', 'A/RES/65/196', 'PP20', null],
  ['RECALLS', 'A/HRC/RES/14/7', 'PP20', null],
  ['RECALLS', 'CED/CSP/2016/4', 'OP6', 7],
  ['WELCOMES', 'A/74/213', 'OP3', 6],
  ['WELCOMES', 'A/76/315', 'OP3', 6],
  ['TAKES_NOTE', 'CED/C/7', 'OP10', 8],
  ['TAKES_NOTE', 'A/HRC/WGEID/98/1', 'OP13', 10],
  ['TAKES_NOTE', 'A/HRC/WGEID/98/1/Corr.1', 'OP13', 10],
  ['TAKES_NOTE', 'A/HRC/WGEID/98/2', 'OP13', 11],
  ['TAKES_NOTE', 'CED/C/8', 'OP16', 12],
  ['CITES', 'A/RES/47/133', 'OP11', 9],
];

let driver: Driver;
const database = () => testConnection().database;
const ingest = (paths: string[], options = {}) => ingestPaths(paths, { driver, database: database() }, options);

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, database());
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await wipeGraph(driver, database());
});

describe('the sample A/RES/76/158', () => {
  it('when both language versions are ingested, then they are one node with both titles', async () => {
    const summary = await ingest([sampleDir]);
    expect(summary.errors).toEqual([]);
    expect(summary.documents).toBe(1);
    expect(summary.versions).toBe(2);
    const { records } = await driver.executeQuery(
      "MATCH (d:Document {symbol: 'A/RES/76/158'}) RETURN d, labels(d) AS labels",
      {},
      { database: database() },
    );
    expect(records).toHaveLength(1);
    const node = records[0]!.get('d').properties;
    expect(records[0]!.get('labels')).toEqual(expect.arrayContaining(['Document', 'Resolution']));
    expect(node).toMatchObject({
      ingested: true,
      body: 'GA',
      kind: 'resolution',
      session: '76',
      number: 158,
      year: 2021,
      languages: ['en', 'zh'],
      title_en: 'International Convention for the Protection of All Persons from Enforced Disappearance',
      title_zh: '保护所有人免遭强迫失踪国际公约',
    });
    expect(String(node.date)).toBe('2021-12-16');
    // File names, not the paths of the machine that ingested them (issue #15); the content hash identifies the text.
    expect(node.sourceFiles).toEqual(['A-RES-76-158.en.txt', 'A-RES-76-158.zh.txt']);
    expect(node.contentHash_en).toMatch(/^[0-9a-f]{16,}$/);
  });

  it('when ingested, then no property anywhere in the graph holds a path of this machine', async () => {
    await ingest([sampleDir]);
    const { records } = await driver.executeQuery(
      'MATCH (n) UNWIND keys(n) AS key WITH n[key] AS value UNWIND CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END AS item WITH toString(item) AS text WHERE text CONTAINS $root OR text CONTAINS $tmp RETURN count(*) AS leaks',
      { root: projectRoot, tmp: os.tmpdir() },
      { database: database() },
    );
    expect(records[0]!.get('leaks')).toBe(0);
  });

  it('when the graph holds paths from an ingest before #15, then the next ingest rewrites them to file names', async () => {
    await ingest([sampleDir]);
    await driver.executeQuery(
      "MATCH (d:Document {symbol: 'A/RES/76/158'}) SET d.sourceFile_en = $en, d.sourceFile_zh = $zh, d.sourceFiles = [$en, $zh]",
      { en: sampleEn, zh: sampleZh },
      { database: database() },
    );
    await ingest([sampleZh]);
    const { records } = await driver.executeQuery("MATCH (d:Document {symbol: 'A/RES/76/158'}) RETURN d.sourceFile_en AS en, d.sourceFiles AS files", {}, { database: database() });
    expect(records[0]!.toObject()).toEqual({ en: 'A-RES-76-158.en.txt', files: ['A-RES-76-158.en.txt', 'A-RES-76-158.zh.txt'] });
  });

  it('when ingested, then its document citations are exactly the golden edges, found in both languages', async () => {
    await ingest([sampleDir]);
    const { records } = await driver.executeQuery(
      `MATCH (:Document {symbol: 'A/RES/76/158'})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(t:Document)
       RETURN type(r) AS relation, t.symbol AS target, r.paragraph AS paragraph, r.footnote AS footnote, r.languages AS languages,
              r.part AS part, r.verb AS verb, r.quote AS quote, r.verb_zh AS verbZh, r.via AS via`,
      {},
      { database: database() },
    );
    const found = records.map((r) => [r.get('relation'), r.get('target'), r.get('paragraph'), r.get('footnote')]);
    expect(found.map((row) => row.join(' ')).sort()).toEqual(GOLDEN.map((row) => row.join(' ')).sort());
    for (const r of records) {
      expect(r.get('languages'), `${r.get('target')} ${r.get('paragraph')}`).toEqual(['en', 'zh']);
      expect(r.get('part')).toBe(String(r.get('paragraph')).startsWith('PP') ? 'preamble' : 'operative');
      expect(r.get('verb')).toBeTruthy();
      expect(r.get('verbZh')).toBeTruthy();
      expect(r.get('quote').length).toBeGreaterThan(10);
      expect(r.get('via')).toBe(r.get('footnote') === null ? 'text' : 'footnote');
    }
    const pp2 = records.find((r) => r.get('target') === 'A/RES/47/133' && r.get('paragraph') === 'PP2')!;
    expect(pp2.get('verb')).toBe('Recalling');
    expect(pp2.get('quote')).toContain('47/133');
  });

  it('when ingested, then publications, adoptions, the report and modifiers are structural edges', async () => {
    await ingest([sampleDir]);
    const rows = async (query: string) =>
      (await driver.executeQuery(query, {}, { database: database() })).records.map((r) => r.toObject());
    expect(
      await rows("MATCH (d:Document)-[p:PUBLISHED_IN]->(v:Document) RETURN d.symbol AS d, v.symbol AS v ORDER BY d, v"),
    ).toEqual(
      expect.arrayContaining([
        { d: 'A/HRC/RES/36/6', v: 'A/72/53/Add.1' },
        { d: 'A/HRC/RES/36/7', v: 'A/72/53/Add.1' },
        { d: 'A/HRC/RES/45/3', v: 'A/75/53/Add.1' },
        { d: 'A/HRC/RES/14/7', v: 'A/65/53' },
      ]),
    );
    expect(await rows("MATCH (d:Document)-[:ADOPTS]->(i:Instrument) WHERE d.symbol IN ['A/RES/61/177', 'A/RES/47/133'] RETURN d.symbol AS d, i.name_en AS i ORDER BY d")).toEqual([
      { d: 'A/RES/47/133', i: 'Declaration on the Protection of All Persons from Enforced Disappearance' },
      { d: 'A/RES/61/177', i: 'International Convention for the Protection of All Persons from Enforced Disappearance' },
    ]);
    expect(await rows("MATCH (i:Instrument)<-[:ADOPTS]-(:Document {symbol: 'A/RES/61/177'}) RETURN i.treatySeriesVolume AS v, i.treatySeriesNumber AS n")).toEqual([{ v: 2716, n: 48088 }]);
    expect(await rows("MATCH (:Document {symbol: 'A/RES/76/158'})-[r:ADOPTED_ON_REPORT]->(d) RETURN d.symbol AS d, r.paragraph AS p")).toEqual([{ d: 'A/76/462/Add.2', p: 114 }]);
    expect(await rows("MATCH (a)-[:ADDENDUM_OF]->(b {symbol: 'A/76/462'}) RETURN a.symbol AS a")).toEqual([{ a: 'A/76/462/Add.2' }]);
    expect(await rows("MATCH (a {symbol: 'A/HRC/WGEID/98/1/Corr.1'})-[:CORRIGENDUM_OF]->(b) RETURN b.symbol AS b")).toEqual([{ b: 'A/HRC/WGEID/98/1' }]);
    // Cited but not ingested: a stub with what its symbol tells.
    expect(await rows("MATCH (d:Document {symbol: 'A/HRC/RES/36/6'}) RETURN d.ingested AS ingested, d.body AS body, d.session AS session, labels(d) AS labels")).toEqual([
      { ingested: false, body: 'HRC', session: '36', labels: ['Document', 'Resolution'] },
    ]);
    // The numbers that are the Council's here are not the Assembly's.
    expect(await rows("MATCH (d:Document) WHERE d.symbol IN ['A/RES/36/6', 'A/RES/45/3', 'A/RES/36/7', 'A/RES/14/7'] RETURN d.symbol AS d")).toEqual([]);
    // Instrument mentions are citations of the instrument.
    expect(await rows("MATCH (:Document {symbol: 'A/RES/76/158'})-[r]->(i:Instrument) RETURN DISTINCT r.paragraph AS p ORDER BY p")).toEqual(
      expect.arrayContaining([{ p: 'OP1' }, { p: 'OP2' }, { p: 'OP11' }, { p: 'PP10' }, { p: 'PP11' }, { p: 'PP12' }]),
    );
  });
});

describe('idempotence and replacement', () => {
  it('when the same files are ingested twice, then the graph is identical', async () => {
    await ingest([sampleDir]);
    const first = await dumpGraph(driver, database());
    const second = await ingest([sampleZh, sampleEn]);
    expect(second.errors).toEqual([]);
    expect(await dumpGraph(driver, database())).toEqual(first);
    expect(first.relationships.length).toBeGreaterThan(40);
  });

  it('when one language version changes, then only its evidence is replaced', async () => {
    await ingest([sampleDir]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-replace-'));
    try {
      // The English text loses its reference to resolution 73/162 (PP5) and its last footnote line.
      const changed = fs.readFileSync(sampleEn, 'utf8').replace('Recalling its resolution 73/162 of 17 December 2018', 'Recalling its work of 17 December 2018');
      expect(changed).not.toContain('73/162');
      const changedFile = path.join(dir, 'A-RES-76-158.en.txt');
      fs.writeFileSync(changedFile, changed);
      const summary = await ingest([changedFile]);
      expect(summary.errors).toEqual([]);
      const edge = async (target: string) =>
        (
          await driver.executeQuery(
            "MATCH (:Document {symbol: 'A/RES/76/158'})-[r:RECALLS]->(:Document {symbol: $target}) RETURN r.languages AS languages, r.quote_en AS quoteEn, r.verb AS verb",
            { target },
            { database: database() },
          )
        ).records.map((r) => r.toObject());
      expect(await edge('A/RES/73/162')).toEqual([{ languages: ['zh'], quoteEn: null, verb: '回顾' }]);
      expect((await edge('A/RES/47/133'))[0]?.languages).toEqual(['en', 'zh']);

      // Both versions lose it: the edge is gone.
      const zhChanged = fs.readFileSync(sampleZh, 'utf8').replace('第 73/162 号决议', '工作');
      expect(zhChanged).not.toContain('73/162');
      fs.writeFileSync(path.join(dir, 'A-RES-76-158.zh.txt'), zhChanged);
      await ingest([path.join(dir, 'A-RES-76-158.zh.txt')]);
      expect(await edge('A/RES/73/162')).toEqual([]);
      const { records } = await driver.executeQuery("MATCH (d:Document {symbol: 'A/RES/76/158'}) RETURN d.sourceFiles AS files", {}, { database: database() });
      expect(records[0]?.get('files')).toEqual(['A-RES-76-158.en.txt', 'A-RES-76-158.zh.txt']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the order of ingests', () => {
  // The final files are the Chinese sample and an English text that no longer cites 73/162, all
  // at one path each; every way of getting there must give the graph of ingesting both at once.
  const recalling7316 = 'Recalling its resolution 73/162 of 17 December 2018';
  const SEQUENCES: [name: string, steps: ('zh' | 'en' | 'en changed' | 'both changed')[]][] = [
    ['Chinese, then the changed English', ['zh', 'en changed']],
    ['the changed English, then Chinese', ['en changed', 'zh']],
    ['both, then the English changes', ['zh', 'en', 'en changed']],
    ['English, Chinese, then the English changes', ['en', 'zh', 'en changed']],
    ['both changed twice', ['both changed', 'both changed']],
  ];
  let dir: string;
  let zhFile: string;
  let enFile: string;
  const put = (step: 'en' | 'en changed') =>
    fs.writeFileSync(enFile, step === 'en' ? fs.readFileSync(sampleEn, 'utf8') : fs.readFileSync(sampleEn, 'utf8').replace(recalling7316, 'Recalling its work of 17 December 2018'));
  const runStep = async (step: (typeof SEQUENCES)[number][1][number]) => {
    if (step === 'zh') return ingest([zhFile]);
    if (step === 'both changed') return put('en changed'), ingest([zhFile, enFile]);
    put(step);
    return ingest([enFile]);
  };
  let expected: Awaited<ReturnType<typeof dumpGraph>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-order-'));
    zhFile = path.join(dir, 'A-RES-76-158.zh.txt');
    enFile = path.join(dir, 'A-RES-76-158.en.txt');
    fs.copyFileSync(sampleZh, zhFile);
    expect(fs.readFileSync(sampleEn, 'utf8')).toContain(recalling7316);
    await wipeGraph(driver, database());
    await runStep('both changed');
    expected = await dumpGraph(driver, database());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when ingested both at once, then an edge keeps per-language evidence only when both languages found it', async () => {
    await runStep('both changed');
    const { records } = await driver.executeQuery(
      `MATCH (:Document {symbol: 'A/RES/76/158'})-[r:RECALLS]->(t:Document) WHERE t.symbol IN ['A/RES/73/162', 'A/RES/47/133']
       RETURN t.symbol AS target, r.languages AS languages, r.verb AS verb, r.quote AS quote, r.span AS span, [k IN keys(r) WHERE k =~ '.*_(en|zh)'] AS perLanguage`,
      {},
      { database: database() },
    );
    const edges = Object.fromEntries(records.map((r) => [r.get('target'), r.toObject()]));
    // Only the Chinese text still recalls 73/162: its evidence is the language-neutral view, stored once.
    expect(edges['A/RES/73/162']).toMatchObject({ languages: ['zh'], verb: '回顾', perLanguage: [] });
    expect(edges['A/RES/73/162']?.span).toHaveLength(2);
    // Both recall 47/133: the English evidence is shown, each language's is kept.
    expect(edges['A/RES/47/133']).toMatchObject({ languages: ['en', 'zh'], verb: 'Recalling' });
    expect([...edges['A/RES/47/133']!.perLanguage].sort()).toEqual(['quote_en', 'quote_zh', 'span_en', 'span_zh', 'verb_en', 'verb_zh', 'via_en', 'via_zh']);
  });

  it.each(SEQUENCES)('when ingested as %s, then the graph equals ingesting both at once', async (_name, steps) => {
    for (const step of steps) expect((await runStep(step)).errors).toEqual([]);
    const graph = await dumpGraph(driver, database());
    expect(graph.relationships.length).toBe(expected.relationships.length);
    expect(graph).toEqual(expected);
  });
});

describe('documents in every format', () => {
  const formats = path.join(projectRoot, 'test', 'fixtures', 'formats');
  const akn = path.join(projectRoot, 'test', 'fixtures', 'corpus', 'akn', 'ga');

  it('when a folder mixes Word, PDF, AKN and bad files, then the good documents are ingested whole, the bad ones listed, and nothing of them written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-formats-'));
    try {
      fs.copyFileSync(path.join(formats, 'A-RES-76-158.en.docx'), path.join(dir, 'A-RES-76-158.en.docx'));
      fs.copyFileSync(path.join(formats, 'A-RES-76-158.zh.pdf'), path.join(dir, 'A-RES-76-158.zh.pdf'));
      fs.copyFileSync(path.join(akn, '75_101A-B_E.xml'), path.join(dir, '75_101A-B_E.xml'));
      fs.copyFileSync(path.join(formats, 'encrypted.pdf'), path.join(dir, 'encrypted.pdf'));
      fs.copyFileSync(path.join(formats, 'scanned.pdf'), path.join(dir, 'scanned.pdf'));
      fs.writeFileSync(path.join(dir, 'not-a-zip.docx'), 'This is not a Word document.');
      fs.writeFileSync(path.join(dir, 'not-akn.xml'), '<?xml version="1.0"?><catalog><book>61/177</book></catalog>');
      fs.writeFileSync(path.join(dir, 'truncated.xml'), fs.readFileSync(path.join(akn, '75_100_E.xml'), 'utf8').slice(0, 20_000));
      const summary = await ingest([dir]);
      expect(summary.errors.map((e) => path.basename(e.file)).sort()).toEqual(['encrypted.pdf', 'not-a-zip.docx', 'not-akn.xml', 'scanned.pdf', 'truncated.xml']);
      const { records } = await driver.executeQuery(
        'MATCH (d:Document {ingested: true}) RETURN d.symbol AS s, d.languages AS languages, d.sourceFormat_en AS en, d.sourceFormat_zh AS zh, [(d)-[:HAS_SUBJECT]->(t:Subject {scheme: "SDG"}) | t.value] AS sdg ORDER BY s',
        {},
        { database: database() },
      );
      expect(records.map((r) => [r.get('s'), r.get('languages'), r.get('en'), r.get('zh')])).toEqual([
        ['A/RES/75/101 A', ['en'], 'akn', null],
        ['A/RES/75/101 B', ['en'], 'akn', null],
        ['A/RES/76/158', ['en', 'zh'], 'docx', 'pdf'],
      ]);
      expect(records[0]!.get('sdg')).toEqual(expect.arrayContaining(['16']));
      // the sample's golden edges, each found in the Word file and in the PDF
      const { records: edges } = await driver.executeQuery(
        'MATCH (:Document {symbol: "A/RES/76/158"})-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(t:Document) RETURN type(r) AS rel, t.symbol AS target, r.paragraph AS paragraph, r.languages AS languages',
        {},
        { database: database() },
      );
      const got = edges.map((e) => `${e.get('rel')} ${e.get('target')} ${e.get('paragraph')} ${e.get('languages').join('+')}`).sort();
      expect(got).toEqual(GOLDEN.map(([relation, target, paragraph]) => `${relation} ${target} ${paragraph} en+zh`).sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('failures', () => {
  it('when one file among good ones is bad, then the others are ingested and the bad one is listed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bad-'));
    try {
      fs.copyFileSync(sampleZh, path.join(dir, 'A-RES-76-158.zh.txt'));
      fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7]));
      fs.writeFileSync(path.join(dir, 'empty.md'), '');
      const summary = await ingest([dir]);
      expect(summary.documents).toBe(1);
      expect(summary.errors.map((e) => path.basename(e.file)).sort()).toEqual(['broken.txt', 'empty.md']);
      for (const error of summary.errors) expect(error.reason.length).toBeGreaterThan(5);
      const { records } = await driver.executeQuery("MATCH (d:Document {ingested: true}) RETURN d.symbol AS s", {}, { database: database() });
      expect(records.map((r) => r.get('s'))).toEqual(['A/RES/76/158']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the command gets a bad file, then it exits 1 and names the file on its summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-cli-'));
    try {
      fs.writeFileSync(path.join(dir, 'empty.txt'), '');
      const { uri } = testGraph();
      const result = await run(process.execPath, [citegraph, 'ingest', '--json', sampleZh, path.join(dir, 'empty.txt')], {
        env: { ...process.env, NEO4J_URI: uri },
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect((result as { code?: number }).code).toBe(1);
      const summary = JSON.parse((result as { stdout: string }).stdout);
      expect(summary.documents).toBe(1);
      expect(summary.written).toBe(true);
      expect(summary.errors).toEqual([{ file: path.join(dir, 'empty.txt'), reason: expect.stringMatching(/empty/i) }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when NEO4J_URI names no server, then ingest exits non-zero with a clear message', async () => {
    const port = await freePort();
    const result = await run(process.execPath, [citegraph, 'ingest', sampleZh], {
      env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}` },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect((result as { code?: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toMatch(new RegExp(`NEO4J_URI \\(bolt://127.0.0.1:${port}\\) is not reachable`));
  });

  it('when --dry-run is given, then nothing is written', async () => {
    const summary = await ingestPaths([sampleDir], { driver, database: database() }, { dryRun: true });
    expect(summary.written).toBe(false);
    expect(summary.citations.RECALLS).toBeGreaterThan(10);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: database() });
    expect(records[0]?.get('n')).toBe(0);
  });
});
