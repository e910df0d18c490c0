// The bulk path's pure stages: CSV fields as Neo4j's importer reads them, and the fold of one
// document's versions into the node and edges the incremental write queries would leave
// (test/graph/bulk.test.ts compares whole graphs against the real incremental path).
import { describe, expect, it } from 'vitest';
import { csvField, headerLine, FILES, ARRAY_DELIMITER } from '../../ingest/bulk/columns.ts';
import { Folder, type Fact } from '../../ingest/bulk/fold.ts';
import { toGraphBatch } from '../../ingest/load/graph-batch.ts';
import { generateRecords } from '../bench/synthetic.ts';
import type { IngestableRecord } from '../../ingest/load/write.ts';

describe('CSV fields', () => {
  it.each([
    [null, 'string', ''],
    ['', 'string', '""'],
    ['say "so", then', 'string', '"say ""so"", then"'],
    [42, 'long', '42'],
    [true, 'boolean', 'true'],
    [['en', 'zh'], 'string[]', `"en${ARRAY_DELIMITER}zh"`],
    [[3, 7], 'long[]', `"3${ARRAY_DELIMITER}7"`],
  ] as const)('when the value is %j in a %s column, then the field is %s', (value, type, field) => {
    expect(csvField(value, type)).toBe(field);
  });

  it('when a whole number is not, or a list goes to a scalar column, then it is an error, not a silent change', () => {
    expect(() => csvField(1.5, 'long')).toThrow(/1.5/);
    expect(() => csvField(['a'], 'string')).toThrow(/list/);
  });

  it('when a header is written, then ids, labels and types are the importer\'s', () => {
    expect(headerLine(FILES.adopts.columns)).toBe(':START_ID(Document),:END_ID(Instrument),:TYPE\n');
    expect(headerLine(FILES['citations-instruments'].columns)).toContain(':END_ID(Instrument)');
    expect(headerLine(FILES.documents.columns).startsWith('symbol:ID(Document),:LABEL,body,')).toBe(true);
  });
});

/** A record's version fact, as the spool stores it. */
function versionFact(record: IngestableRecord): Fact {
  const batch = toGraphBatch([record]);
  return { kind: 'version', version: batch.versions[0]!, documentCitations: batch.documentCitations[0] ?? null, instrumentCitations: batch.instrumentCitations[0] ?? null, basedOn: batch.basedOn, subjects: batch.subjects[0]?.subjects ?? null };
}

describe('the fold of one document', () => {
  const [en, zh] = [...generateRecords({ documents: 30, languages: ['en', 'zh'], seed: 3 })].slice(-2) as IngestableRecord[];

  it('when a document has an English and a Chinese version, then its edges carry both, with per-language evidence and English shown', () => {
    const rows = new Folder().fold(en!.symbol, [versionFact(en!), versionFact(zh!)]);
    const node = rows[0]!.values;
    expect(node.languages).toEqual(['en', 'zh']);
    expect(node.ingested).toBe(true);
    const citations = rows.filter((r) => r.file === 'citations-documents');
    expect(citations.length).toBeGreaterThan(0);
    for (const { values } of citations) {
      expect(values.languages).toEqual(['en', 'zh']);
      expect(values.span).toEqual(values.span_en);
      expect(values.span_zh).toBeDefined();
    }
  });

  it('when the same version is read again, then the later reading replaces the earlier one\'s evidence', () => {
    const once = new Folder().fold(en!.symbol, [versionFact(en!)]);
    const twice = new Folder().fold(en!.symbol, [versionFact(en!), versionFact(en!)]);
    expect(twice).toEqual(once);
  });

  it('when a symbol is only cited, then it is a stub, counted as cited but not ingested', () => {
    const folder = new Folder();
    const rows = folder.fold('S/RES/1325 (2000)', [{ kind: 'touched', cited: true }]);
    // write/nodes.cypher: the year a symbol tells is the node's year until a text gives a date
    expect(rows[0]!.values).toMatchObject({ symbol: 'S/RES/1325 (2000)', ingested: false, symbolYear: 2000, year: 2000, ':LABEL': ['Document', 'Resolution'] });
    expect(folder.citedNotIngested).toBe(1);
    expect(folder.documents).toBe(0);
  });
});
