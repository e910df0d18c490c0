// The synthetic corpus generator (test/bench/synthetic.ts): deterministic,
// valid ExtractRecords, citations only backwards in time, the relation mix,
// streaming, rendering, lineage seeds and the text corpus writer.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../ingest/data/instruments.ts';
import { extractRecordSchema, RELATIONS, type ExtractRecord } from '../../ingest/models.ts';
import {
  RELATION_MIX,
  founderSymbol,
  generateRecords,
  lineageSeed,
  mulberry32,
  renderText,
  writeTextCorpus,
} from '../bench/synthetic.ts';

const take = (n: number, it: Iterator<ExtractRecord>): ExtractRecord[] => {
  const out: ExtractRecord[] = [];
  for (let r = it.next(); !r.done && out.length < n; r = it.next()) out.push(r.value);
  return out;
};
const numberOf = (symbol: string) => /^(?:A\/HRC|A|S)\/RES\/(.+)$/.exec(symbol)?.[1] ?? symbol;
const isResolution = (s: string) => /^(?:A\/HRC|A|S)\/RES\//.test(s);
const adoptedOn = new Map(INSTRUMENTS.map((i) => [i.key, i.adoptedOn]));

describe('mulberry32', () => {
  it('when seeded alike, then it repeats; when seeded differently, then it differs', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateRecords', () => {
  it('when run twice with the same seed, then the records are identical; another seed gives another corpus', () => {
    const one = [...generateRecords({ documents: 400, seed: 9, languages: ['en', 'zh'] })];
    const two = [...generateRecords({ documents: 400, seed: 9, languages: ['en', 'zh'] })];
    const other = [...generateRecords({ documents: 400, seed: 10, languages: ['en', 'zh'] })];
    expect(one).toHaveLength(800);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(one));
  });

  it('when generated in both languages, then every record passes extractRecordSchema and the two versions cite the same edges', () => {
    const records = [...generateRecords({ documents: 1500, seed: 3, languages: ['en', 'zh'] })];
    expect(records).toHaveLength(3000);
    for (const r of records) expect(() => extractRecordSchema.parse(r)).not.toThrow();
    for (let i = 0; i < records.length; i += 2) {
      const en = records[i]!;
      const zh = records[i + 1]!;
      expect([en.language, zh.language]).toEqual(['en', 'zh']);
      expect(zh.symbol).toBe(en.symbol);
      expect(zh.citations.map((c) => `${c.target}|${c.relation}|${c.paragraph}`)).toEqual(en.citations.map((c) => `${c.target}|${c.relation}|${c.paragraph}`));
    }
  });

  it('when a resolution cites, then only documents adopted before it (and instruments adopted before it), each edge once', () => {
    const dates = new Map<string, string>();
    let resolutionCitations = 0;
    let previousDate = '';
    for (const r of generateRecords({ documents: 4000, seed: 5 })) {
      expect(r.date! >= previousDate).toBe(true);
      previousDate = r.date!;
      const year = Number(r.date!.slice(0, 4));
      if (r.body === 'GA') expect(year).toBe(1945 + r.session!);
      if (r.body === 'GA') expect(Number(r.date!.slice(5, 7))).toBeGreaterThanOrEqual(10);
      if (r.body === 'HRC') expect(year).toBe(2006 + Math.floor((r.session! - 1) / 3));
      const edges = new Set<string>();
      for (const c of r.citations) {
        const edge = `${c.relation}|${c.target}|${c.paragraph}`;
        expect(edges.has(edge)).toBe(false);
        edges.add(edge);
        if (c.targetKind === 'instrument') {
          expect(adoptedOn.has(c.target)).toBe(true);
          expect(adoptedOn.get(c.target)! < r.date!).toBe(true);
        } else if (isResolution(c.target)) {
          resolutionCitations++;
          const cited = dates.get(c.target);
          expect(cited, `${r.symbol} cites ${c.target}, not yet adopted`).toBeDefined();
          expect(cited! < r.date!).toBe(true);
        } else if (r.body === 'GA') {
          expect(Number(/^A\/(\d+)\//.exec(c.target)?.[1])).toBeLessThanOrEqual(r.session!);
        }
      }
      expect(dates.has(r.symbol!)).toBe(false);
      dates.set(r.symbol!, r.date!);
    }
    expect(resolutionCitations).toBeGreaterThan(4000 * 4);
  });

  it('when 5,000 documents are generated, then the relation mix and the mean citation count are as configured', () => {
    const counts = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<string, number>;
    let total = 0;
    let documents = 0;
    for (const r of generateRecords({ documents: 5000, seed: 11 })) {
      documents++;
      for (const c of r.citations) {
        counts[c.relation]!++;
        total++;
      }
    }
    expect(documents).toBe(5000);
    expect(total / documents).toBeGreaterThan(9.5);
    expect(total / documents).toBeLessThan(10.5);
    for (const relation of RELATIONS) expect(Math.abs(counts[relation]! / total - RELATION_MIX[relation])).toBeLessThan(0.02);
    const five = [...generateRecords({ documents: 1000, seed: 11, citationsPerDocument: 5 })];
    const mean = five.reduce((a, r) => a + r.citations.length, 0) / five.length;
    expect(mean).toBeGreaterThan(4.5);
    expect(mean).toBeLessThan(5.5);
  });

  it('when 10,000 records are streamed, then all arrive with the bodies, footnoted reports and HRC publications expected', () => {
    let records = 0;
    let citations = 0;
    let footnoted = 0;
    let publications = 0;
    const bodies = new Map<string, number>();
    const symbols = new Set<string>();
    for (const r of generateRecords({ documents: 10_000, seed: 2 })) {
      records++;
      citations += r.citations.length;
      footnoted += r.citations.filter((c) => c.via === 'footnote').length;
      publications += r.publications.length;
      bodies.set(r.body!, (bodies.get(r.body!) ?? 0) + 1);
      symbols.add(r.symbol!);
    }
    expect(records).toBe(10_000);
    expect(symbols.size).toBe(10_000);
    expect(citations).toBeGreaterThan(95_000);
    expect(citations).toBeLessThan(105_000);
    expect(footnoted).toBeGreaterThan(10_000);
    expect(publications).toBeGreaterThan(100);
    for (const body of ['GA', 'HRC', 'SC']) expect(bodies.get(body) ?? 0).toBeGreaterThan(200);
  });

  it('when a corpus of a million documents is asked for, then the first records come without generating the rest', () => {
    const first = take(50, generateRecords({ documents: 1_000_000, seed: 1 }));
    expect(first).toHaveLength(50);
    expect(first.map((r) => r.symbol)).toEqual(Array.from({ length: 50 }, (_, t) => founderSymbol(t)));
  });
});

describe('renderText', () => {
  const records = [...generateRecords({ documents: 600, seed: 4 })].filter((_, i) => i % 6 === 0);

  it('when a record is rendered, then the text has its title line, opening, every cited resolution number and the footer', () => {
    for (const r of records) {
      const text = renderText(r, 'en');
      const flat = text.replace(/\s+/g, ' ');
      if (r.body === 'SC') expect(flat).toContain(`Resolution ${numberOf(r.symbol!)} Adopted by the Security Council`);
      else {
        expect(flat).toContain(`${numberOf(r.symbol!)}. ${r.title}`);
        expect(flat).toContain(`${r.body === 'GA' ? 'Resolution adopted by the General Assembly' : 'Resolution adopted by the Human Rights Council'} on `);
      }
      expect(text).toContain(`The ${r.body === 'GA' ? 'General Assembly' : r.body === 'HRC' ? 'Human Rights Council' : 'Security Council'},\n`);
      for (const c of r.citations) if (isResolution(c.target)) expect(flat).toContain(numberOf(c.target));
      if (r.body === 'GA') expect(text).toMatch(/\d+(?:st|nd|rd|th) plenary meeting\n/);
      expect(text.match(/^\d+\. /gm)?.length).toBe(r.paragraphs.operative);
    }
  });

  it('when a record is rendered, then each span covers the words naming its target and each footnote is defined', () => {
    for (const r of records) {
      const text = renderText(r, 'en');
      for (const c of r.citations) {
        const words = text.slice(c.span[0], c.span[1]).replace(/\s+/g, ' ');
        if (c.targetKind === 'instrument') expect(words).toBe(`the ${INSTRUMENTS.find((i) => i.key === c.target)!.en.name}`);
        else if (c.via === 'footnote') expect(c.target.endsWith(words)).toBe(true);
        else expect(words).toBe(numberOf(c.target));
        if (c.footnote !== null) expect(text).toMatch(new RegExp(`^${c.footnote}\\t`, 'm'));
      }
      for (const p of r.publications) expect(text.slice(p.span[0], p.span[1])).toBe(p.publishedIn);
    }
  });

  it('when superscript markers are asked for, then no plain marker is left after a footnoted report', () => {
    const r = records.find((x) => x.citations.some((c) => c.via === 'footnote'))!;
    const c = r.citations.find((x) => x.via === 'footnote')!;
    const sup = renderText(r, 'en', { markers: 'superscript' });
    expect(sup).toMatch(/[,;.][⁰¹²³⁴⁵⁶⁷⁸⁹]+/);
    expect(renderText(r, 'en')).toMatch(new RegExp(`[,;.]${c.footnote}\\s`));
  });
});

describe('lineageSeed', () => {
  it('when seeds are asked for 100 and 500 nodes of a 10,000-document corpus, then the root has about that many descendants within depth 3', () => {
    const citedBy = new Map<string, string[]>();
    for (const r of generateRecords({ documents: 10_000, seed: 1 })) {
      for (const c of r.citations) {
        if (c.targetKind !== 'document' || !isResolution(c.target)) continue;
        const list = citedBy.get(c.target) ?? [];
        list.push(r.symbol!);
        citedBy.set(c.target, list);
      }
    }
    for (const nodes of [100, 500] as const) {
      const seed = lineageSeed(nodes, { documents: 10_000 });
      expect(seed.root).toBe(founderSymbol(seed.theme));
      const seen = new Set([seed.root]);
      let frontier = [seed.root];
      for (let d = 0; d < seed.depth; d++) {
        const next: string[] = [];
        for (const s of frontier) for (const child of citedBy.get(s) ?? []) if (!seen.has(child)) (seen.add(child), next.push(child));
        frontier = next;
      }
      expect(seen.size).toBeGreaterThan(nodes * 0.7);
      expect(seen.size).toBeLessThan(nodes * 1.3);
    }
  });

  it('when seeds are asked for the default 100,000-document corpus, then they are three different founders of growing size', () => {
    const seeds = ([100, 500, 2000] as const).map((n) => lineageSeed(n));
    expect(seeds.map((s) => s.root)).toEqual(['A/RES/31/45', 'A/RES/31/29', 'A/RES/31/16']);
    for (const s of seeds) expect(Math.abs(s.expectedNodes - s.nodes) / s.nodes).toBeLessThan(0.1);
  });
});

describe('writeTextCorpus', () => {
  it('when a corpus is written, then one file per document exists, named after its symbol, and expected.jsonl holds the records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citegraph-synthetic-'));
    try {
      const result = writeTextCorpus(dir, { documents: 120, seed: 6, expected: true });
      expect(result.documents).toBe(120);
      expect(result.files).toHaveLength(120);
      for (const f of result.files) expect(existsSync(f)).toBe(true);
      expect(result.files[0]).toBe(join(dir, 'A_RES_31_1.txt'));
      const expected = readFileSync(join(dir, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => extractRecordSchema.parse(JSON.parse(l)));
      expect(expected).toHaveLength(120);
      expect(expected.reduce((a, r) => a + r.citations.length, 0)).toBe(result.citations);
      const text = readFileSync(result.files[7]!, 'utf8');
      expect(text).toBe(renderText(expected[7]!, 'en'));
      expect(result.bytes).toBeGreaterThan(120 * 1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
