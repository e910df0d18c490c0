// The one query runner (server/db/run-query.ts): parameters are checked against the query's
// schema before anything is sent, and rows parsed with its row schema; a transaction stands in.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runQuery } from '../../server/db/run-query.ts';
import type { QueryParams } from '../../server/query-schemas.ts';

/** A transaction that records what it was sent and answers with these rows. */
function fakeTransaction(rows: Record<string, unknown>[]) {
  const sent: { text: string; params: Record<string, unknown> }[] = [];
  const run = async (text: string, params: Record<string, unknown>) => {
    sent.push({ text, params });
    return { records: rows.map((row) => new neo4j.Record(Object.keys(row), Object.values(row))), summary: { counters: { updates: () => ({ nodesCreated: 1 }) } } };
  };
  // the driver's own Records; the runner reads them and the counters only: a stand-in for the driver's Result
  return { tx: { run } as unknown as Pick<ManagedTransaction, 'run'>, sent };
}

type CitationRow = QueryParams<'write/citations-documents-new'>['documentCitations'][number]['citations'][number];
const citation: CitationRow = { target: 'A/RES/1', relation: 'RECALLS', paragraph: 'PP1', part: 'preamble', verb: 'Recalling', qualifier: null, quote: 'Recalling', via: 'text', footnote: null, span: [0, 9] };
const citations: QueryParams<'write/citations-documents-new'> = { documentCitations: [{ source: 'A/RES/2', language: 'en', preferredOver: [], citations: [citation] }] };

describe('the query runner', () => {
  it('when the parameters match the schema, then the query runs with them, whole numbers as Integers', async () => {
    const { tx, sent } = fakeTransaction([]);
    const result = await runQuery(tx, 'write/citations-documents-new', citations);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('UNWIND $documentCitations');
    expect(sent[0]!.params).toEqual({ documentCitations: [{ ...citations.documentCitations[0], citations: [{ ...citation, span: [neo4j.int(0), neo4j.int(9)] }] }] });
    expect(result.counters.nodesCreated).toBe(1);
  });

  it.each([
    ['a relation not in the vocabulary (it would become an edge type)', { ...citation, relation: 'DELETES' }],
    ['a span that is not two offsets', { ...citation, span: [0] }],
    ['a missing quote', { ...citation, quote: undefined }],
  ])('when a citation has %s, then nothing is sent and the runner throws', async (_what, bad) => {
    const { tx, sent } = fakeTransaction([]);
    const params = { documentCitations: [{ ...citations.documentCitations[0], citations: [bad] }] };
    // @ts-expect-error the wrong parameters are the point
    await expect(runQuery(tx, 'write/citations-documents-new', params)).rejects.toBeInstanceOf(z.ZodError);
    expect(sent).toEqual([]);
  });

  it('when parameters carry keys the query does not take, then they are not sent', async () => {
    const { tx, sent } = fakeTransaction([]);
    await runQuery(tx, 'write/files', { files: [{ key: 'k' }], storedLanguageOrder: ['en'] } as QueryParams<'write/files'>);
    expect(sent[0]!.params).toEqual({ files: [{ key: 'k' }] });
  });

  it('when rows come back, then they are parsed with the row schema', async () => {
    const { tx } = fakeTransaction([{ symbol: 'A/RES/1', language: 'en', before: ['zh'] }]);
    const { rows } = await runQuery(tx, 'write/versions', { versions: [], storedLanguageOrder: ['en'] });
    expect(rows).toEqual([{ symbol: 'A/RES/1', language: 'en', before: ['zh'] }]);
  });

  it.each([
    ['write/versions', { symbol: 'A/RES/1', language: 'en', before: 'zh' }],
    ['write/nodes', { anything: 1 }],
  ] as const)('when %s returns a row its schema does not describe, then the runner throws', async (name, row) => {
    const { tx } = fakeTransaction([row]);
    const params = name === 'write/nodes' ? { nodes: [] } : { versions: [], storedLanguageOrder: [] };
    await expect(runQuery(tx, name, params as QueryParams<typeof name>)).rejects.toBeInstanceOf(z.ZodError);
  });
});
