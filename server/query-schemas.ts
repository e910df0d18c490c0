// Each named query in cypher/ has a zod schema for its parameters and for its rows, here;
// test/unit/queries.test.ts fails when a file has no schema or a schema no file.
import { z } from 'zod';
import { EDGE_TYPES, RELATIONS } from '../ingest/vocabulary.ts';

const props = z.record(z.string(), z.unknown());
const labels = z.array(z.string());
const count = z.number().int().nonnegative();
const limit = z.number().int().positive().max(5000);
const relationList = z.array(z.enum(RELATIONS)).min(1);
const edgeTypeList = z.array(z.enum(EDGE_TYPES)).min(1);
const countsByRelation = z.object(Object.fromEntries(RELATIONS.map((r) => [r, count])) as Record<(typeof RELATIONS)[number], typeof count>);

/** A row that describes one relationship and its two ends (edge queries share it). */
export const edgeRowSchema = z.object({ fromProps: props, fromLabels: labels, type: z.string(), props, toProps: props, toLabels: labels });
export type EdgeRow = z.infer<typeof edgeRowSchema>;

export const nodeRowSchema = z.object({ props, labels, score: z.number() });
export type NodeRow = z.infer<typeof nodeRowSchema>;

const byStart = { symbol: z.string().nullable(), key: z.string().nullable() };
/** The document filters: issuing body, adoption date range, subject (its key, value or label). */
const filters = { body: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(), subject: z.string().nullable() };
const subject = z.object({ key: z.string(), scheme: z.string(), value: z.string(), label: z.string(), uri: z.string().nullable() });
const anyRow = z.record(z.string(), z.unknown());
const noParams = z.object({});

export const querySchemas = {
  health: {
    params: noParams,
    row: z.object({ documents: count, instruments: count, relationships: count }),
  },
  resolve: {
    params: z.object({ symbol: z.string(), key: z.string() }),
    row: z.object({ props, labels }),
  },
  document: {
    params: z.object({ symbol: z.string() }),
    row: z.object({ props, labels, outgoing: countsByRelation, incoming: countsByRelation, adopts: z.array(z.string()), publishedIn: z.array(z.string()), subjects: z.array(subject) }),
  },
  instrument: {
    params: z.object({ key: z.string() }),
    row: z.object({ props, labels, outgoing: countsByRelation, incoming: countsByRelation, adoptedBy: z.array(z.string()) }),
  },
  'citations-out': {
    params: z.object({ symbol: z.string(), relations: relationList, skip: z.number().int().nonnegative(), limit }),
    row: edgeRowSchema,
  },
  'citations-in': {
    params: z.object({ symbol: z.string(), relations: relationList, skip: z.number().int().nonnegative(), limit }),
    row: edgeRowSchema,
  },
  'citation-paths': {
    params: z.object({ fromSymbol: z.string().nullable(), fromKey: z.string().nullable(), toSymbol: z.string().nullable(), toKey: z.string().nullable(), limit }),
    row: edgeRowSchema,
  },
  'statistics-most-recalled': {
    params: z.object({ limit }),
    row: z.object({ props, labels, recalledBy: count }),
  },
  'statistics-core': {
    params: z.object({ limit }),
    row: z.object({ props, labels, recalledBy: count }),
  },
  'statistics-citations-per-year': {
    params: noParams,
    row: z.object({ year: z.number().int(), citations: count, documents: count }),
  },
  'citations-received-per-year': {
    params: z.object({ ...byStart, relations: relationList }),
    row: z.object({ year: z.number().int(), documents: count }),
  },
  'recalled-by': {
    params: z.object({ ...byStart, ...filters, relations: relationList, includeModified: z.boolean(), limit }),
    row: edgeRowSchema,
  },
  'recalled-by-transitive': {
    params: z.object({ ...byStart, ...filters, relations: relationList, limit }),
    row: edgeRowSchema.extend({ depth: z.number().int() }),
  },
  'lineage-step': {
    params: z.object({
      ancestorSymbols: z.array(z.string()), ancestorKeys: z.array(z.string()),
      descendantSymbols: z.array(z.string()), descendantKeys: z.array(z.string()),
      ancestorLimit: z.number().int().min(0).max(5000), descendantLimit: z.number().int().min(0).max(5000),
      relations: edgeTypeList,
    }),
    row: edgeRowSchema.extend({ direction: z.enum(['ancestors', 'descendants']) }),
  },
  neighbourhood: {
    params: z.object({ ...byStart, relations: edgeTypeList, limit }),
    row: edgeRowSchema,
  },
  'search-symbols': {
    params: z.object({ candidates: z.array(z.string()), prefix: z.string().nullable(), numberPrefixes: z.array(z.string()).max(3), kind: z.string().nullable(), ...filters, limit }),
    row: nodeRowSchema,
  },
  'search-words': {
    params: z.object({ words: z.string().min(1), kind: z.string().nullable(), ...filters, limit, indexLimit: z.number().int().positive().max(5000) }),
    row: nodeRowSchema,
  },
  subjects: {
    params: z.object({ q: z.string().nullable(), scheme: z.string().nullable(), limit }),
    row: z.object({ subject, documents: count }),
  },
  'documents-with-subject': {
    params: z.object({ symbols: z.array(z.string()), subject: z.string() }),
    row: z.object({ symbol: z.string() }),
  },
  // Example queries for the console's menu: no parameters, rows of any shape.
  'example-most-recalled': { params: noParams, row: anyRow },
  'example-sample-citations': { params: noParams, row: anyRow },
  'example-language-disagreements': { params: noParams, row: anyRow },
  'example-instrument-adoptions': { params: noParams, row: anyRow },
  'example-publications': { params: noParams, row: anyRow },
} satisfies Record<string, { params: z.ZodType; row: z.ZodType }>;

export type QueryName = keyof typeof querySchemas;
export type QueryParams<N extends QueryName> = z.input<(typeof querySchemas)[N]['params']>;
export type QueryRow<N extends QueryName> = z.infer<(typeof querySchemas)[N]['row']>;
