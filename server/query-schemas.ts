// Each named query in cypher/ (and, named write/<name>, in cypher/write/) has a zod schema for
// its parameters and for its rows, here; server/db/run-query.ts runs every one of them through
// these, and test/unit/queries.test.ts fails when a file has no schema or a schema no file.
import { z } from 'zod';
import { EDGE_TYPES, EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES, RELATIONS, type ModifierEdge, MODIFIER_EDGES } from '../ingest/vocabulary.ts';
import { adoptionSchema, citationSchema, publicationSchema } from '../ingest/models.ts';

const props = z.record(z.string(), z.unknown());
const labels = z.array(z.string());
const count = z.number().int().nonnegative();
const limit = z.number().int().positive().max(5000);
const relationList = z.array(z.enum(RELATIONS)).min(1);
const edgeTypeList = z.array(z.enum(EDGE_TYPES)).min(1);
const countsByRelation = z.object(Object.fromEntries(RELATIONS.map((r) => [r, count])) as Record<(typeof RELATIONS)[number], typeof count>);

/**
 * What a graph element shows of a node, in the order lineage-nodes.cypher lists it: that query
 * returns the values as a list, not a map, so that neither Neo4j nor the driver spells out 22 keys
 * for each of hundreds of nodes (a third of a lineage's cost), and the row schema names them.
 */
export const NODE_FIELDS = [
  'symbol', 'key', 'body', 'kind', 'session', 'date', 'year', 'title_en', 'title_zh', 'title_fr', 'title_es', 'title_ru', 'title_ar',
  'ingested', 'name_en', 'name_zh', 'name_fr', 'name_es', 'name_ru', 'name_ar', 'adoptedOn', 'pagerank',
] as const;
/** Every field, unset: each node's record starts as a copy, so that filling it changes no object shape. */
const NO_FIELDS: Readonly<Record<string, unknown>> = Object.fromEntries(NODE_FIELDS.map((field) => [field, null]));
const nodeFields = z
  .array(z.unknown())
  .length(NODE_FIELDS.length)
  .transform((values) => {
    // a plain loop: this runs for every node of every lineage
    const named = { ...NO_FIELDS };
    for (let i = 0; i < NODE_FIELDS.length; i++) named[NODE_FIELDS[i]!] = values[i];
    return named;
  });

/**
 * One direction of a lineage level as lineage-walk.cypher sends it, a list for each column, read
 * back into its steps: each a relationship (element id, type, paragraph) and its ends' wire ids.
 */
const walkLevel = z
  .object({
    direction: z.enum(['ancestors', 'descendants']),
    edges: z.array(z.string()),
    types: z.array(z.string()),
    paragraphs: z.array(z.string()),
    sources: z.array(z.string()),
    targets: z.array(z.string()),
  })
  .refine(({ edges, types, paragraphs, sources, targets }) => [types, paragraphs, sources, targets].every((column) => column.length === edges.length), 'the columns of a walk level differ in length')
  .transform(({ direction, edges, types, paragraphs, sources, targets }) => ({
    direction,
    // '' stands for no paragraph (collect() leaves nulls out)
    steps: edges.map((edge, i) => ({ edge, type: types[i]!, paragraph: paragraphs[i] || null, source: sources[i]!, target: targets[i]! })),
  }));

/** A row that describes one relationship and its two ends, each in NODE_FIELDS order (edge queries share it). */
export const edgeRowSchema = z.object({ fromProps: nodeFields, fromLabels: labels, type: z.string(), props, toProps: nodeFields, toLabels: labels });
export type EdgeRow = z.infer<typeof edgeRowSchema>;

/**
 * A citation of a text the service already knows (recalled-by): the citing document whole, in
 * NODE_FIELDS order, and the cited one by its wire id only (server/services/values.ts nodeId).
 */
export const citationRowSchema = z.object({ from: nodeFields, fromLabels: labels, type: z.string(), props, to: z.string() });
export type CitationRow = z.infer<typeof citationRowSchema>;

export const nodeRowSchema = z.object({ props, labels, score: z.number() });
export type NodeRow = z.infer<typeof nodeRowSchema>;

const byStart = { symbol: z.string().nullable(), key: z.string().nullable() };
/** The document filters: issuing body, adoption date range, subject (its key, value or label). */
const filters = { body: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(), subject: z.string().nullable() };
const subject = z.object({ key: z.string(), scheme: z.string(), value: z.string(), label: z.string(), uri: z.string().nullable() });
const anyRow = z.record(z.string(), z.unknown());
const noParams = z.object({});

export const readQuerySchemas = {
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
    row: citationRowSchema,
  },
  'recalled-by-transitive': {
    params: z.object({ ...byStart, ...filters, relations: relationList, limit }),
    row: citationRowSchema.extend({ depth: z.number().int() }),
  },
  'lineage-walk': {
    params: z.object({
      ancestorSymbols: z.array(z.string()), ancestorKeys: z.array(z.string()),
      descendantSymbols: z.array(z.string()), descendantKeys: z.array(z.string()),
      ancestorLimit: z.number().int().min(0).max(5000), descendantLimit: z.number().int().min(0).max(5000),
      relations: edgeTypeList,
    }),
    row: walkLevel,
  },
  'lineage-nodes': {
    params: z.object({ symbols: z.array(z.string()), keys: z.array(z.string()) }),
    row: z
      .object({ props: z.array(nodeFields), labels: z.array(labels) })
      .refine(({ props, labels }) => props.length === labels.length, 'as many nodes as label lists')
      .transform(({ props, labels }) => ({ nodes: props.map((fields, i) => ({ props: fields, labels: labels[i]! })) })),
  },
  'lineage-edges': {
    params: z.object({ edges: z.array(z.string()) }),
    row: z.object({ edge: z.string(), props }),
  },
  'edge-evidence': {
    params: z.object({ edges: z.array(z.object({ source: z.string(), relation: z.string(), target: z.string(), paragraph: z.string().nullable() })) }),
    row: z.object({ source: z.string(), target: z.string(), type: z.string(), props }),
  },
  'graph-node-count': {
    params: noParams,
    row: z.object({ nodes: count }),
  },
  'any-ingested': {
    params: noParams,
    row: z.object({ any: z.boolean() }),
  },
  'cited-not-ingested': {
    params: z.object({ relations: relationList }),
    row: z.object({ documents: count }),
  },
  'graph-version': {
    params: noParams,
    row: z.object({ token: z.string().nullable(), changes: z.number().int().nullable() }),
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
} satisfies Record<string, QuerySchemas>;

// ---------------------------------------------------------------- the write queries (cypher/write/)

const language = z.enum(EXTRACTED_LANGUAGES);
/** The language orders the write queries take as parameters (the vocabulary's, not a list in each query). */
const storedLanguageOrder = z.array(z.enum(OFFICIAL_LANGUAGES));
const displayLanguageOrder = z.array(z.enum(OFFICIAL_LANGUAGES));
/** A query that returns nothing: a row would be a mistake. */
const noRows = z.never();

/** A Document node from what its symbol tells (labels are set with $(…): only these may be). */
export const nodeParamsSchema = z.object({
  symbol: z.string().min(1),
  labels: z.array(z.enum(['Resolution', 'Decision'])),
  props: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type NodeParams = z.infer<typeof nodeParamsSchema>;

export const versionParamsSchema = z.object({ symbol: z.string().min(1), language, date: z.string().nullable(), props: z.record(z.string(), z.unknown()) });

/** One citing document's citations in one language (one UNWIND row: the document is looked up once). */
export const citationParamsSchema = z.object({
  source: z.string().min(1),
  language,
  /** Languages whose evidence the language-neutral view prefers to this one's. */
  preferredOver: z.array(z.enum(OFFICIAL_LANGUAGES)),
  citations: z.array(
    // the relation becomes the edge's type ($(c.relation)): the enum keeps it one of the vocabulary's
    citationSchema.pick({ target: true, relation: true, verb: true, qualifier: true, quote: true, via: true, footnote: true, span: true }).extend({
      paragraph: z.string(),
      part: z.enum(['preamble', 'operative', 'other']),
    }),
  ),
});
export type CitationParams = z.infer<typeof citationParamsSchema>;

export const subjectParamsSchema = z.object({
  /** "SDG:3.7", "UNBIS:health", "EuroVoc:public_health": one node per key. */
  key: z.string(),
  scheme: z.string(),
  value: z.string(),
  label: z.string(),
  uri: z.string().nullable(),
});
export type SubjectParams = z.infer<typeof subjectParamsSchema>;

const modifierEdges = Object.values(MODIFIER_EDGES) as [ModifierEdge, ...ModifierEdge[]];

/** The rows of a write batch, one list per step (ingest/load/graph-batch.ts makes them). */
export const graphBatchSchema = z.object({
  nodes: z.array(nodeParamsSchema),
  versions: z.array(versionParamsSchema),
  documentCitations: z.array(citationParamsSchema),
  instrumentCitations: z.array(citationParamsSchema),
  basedOn: z.array(z.object({ source: z.string(), report: z.string(), paragraph: z.number().int().nullable(), language })),
  adoptions: z.array(
    adoptionSchema.pick({ document: true, instrument: true }).extend({ treatySeriesVolume: z.number().int().nullable(), treatySeriesNumber: z.number().int().nullable() }),
  ),
  publications: z.array(publicationSchema.pick({ document: true, publishedIn: true, locator: true })),
  // the type becomes the edge's type ($(m.type)): the enum keeps it a modifier edge
  modifiers: z.array(z.object({ symbol: z.string(), base: z.string(), type: z.enum(modifierEdges) })),
  /** A document's subject keywords, from a version that carries them (AKN): they replace the ones it had. */
  subjects: z.array(z.object({ symbol: z.string(), subjects: z.array(subjectParamsSchema) })),
  /** The files this batch holds whole: the graph remembers them, so an unchanged file is not read again. */
  files: z.array(z.object({ key: z.string() })),
});
export type GraphBatch = z.infer<typeof graphBatchSchema>;
const batch = graphBatchSchema.shape;

export const writeQuerySchemas = {
  'write/nodes': { params: z.object({ nodes: batch.nodes }), row: noRows },
  'write/versions': {
    params: z.object({ versions: batch.versions, storedLanguageOrder }),
    row: z.object({ symbol: z.string(), language, before: z.array(z.enum(OFFICIAL_LANGUAGES)) }),
  },
  'write/clear-version': { params: z.object({ versions: batch.versions, storedLanguageOrder, displayLanguageOrder }), row: noRows },
  'write/citations-documents-new': { params: z.object({ documentCitations: batch.documentCitations }), row: noRows },
  'write/citations-documents': { params: z.object({ documentCitations: batch.documentCitations, storedLanguageOrder }), row: noRows },
  'write/citations-instruments-new': { params: z.object({ instrumentCitations: batch.instrumentCitations }), row: noRows },
  'write/citations-instruments': { params: z.object({ instrumentCitations: batch.instrumentCitations, storedLanguageOrder }), row: noRows },
  'write/based-on': { params: z.object({ basedOn: batch.basedOn, storedLanguageOrder }), row: noRows },
  'write/adoptions': { params: z.object({ adoptions: batch.adoptions }), row: noRows },
  'write/publications': { params: z.object({ publications: batch.publications }), row: noRows },
  'write/modifiers': { params: z.object({ modifiers: batch.modifiers }), row: noRows },
  'write/subjects': { params: z.object({ subjects: batch.subjects }), row: noRows },
  'write/files': { params: z.object({ files: batch.files }), row: noRows },
  'write/held-files': { params: z.object({ keys: z.array(z.string()) }), row: z.object({ key: z.string() }) },
  'write/instruments': {
    params: z.object({ instruments: z.array(z.object({ key: z.string().min(1), adoptedBy: z.string().nullable(), props: z.record(z.string(), z.unknown()) })) }),
    row: noRows,
  },
  'write/metadata': {
    params: z.object({
      rows: z.array(
        z.object({
          symbol: z.string(),
          title: z.string().nullable(),
          date: z.string().nullable(),
          source: z.string(),
          titleKey: z.string(),
          titleSourceKey: z.string(),
          titleProps: z.record(z.string(), z.string().nullable()),
          catalogue: z.record(z.string(), z.string()),
        }),
      ),
    }),
    row: z.object({ matched: count, titles: count, dates: count }),
  },
  'write/migrate-source-files': { params: z.object({ storedLanguageOrder }), row: z.object({ migrated: count }) },
  'write/graph-version': { params: noParams, row: noRows },
  'write/rank-edges': { params: noParams, row: z.object({ source: z.number().int(), target: z.number().int() }) },
  'write/rank-scores': {
    params: z.object({ rows: z.array(z.object({ id: z.number().int(), score: z.number() })) }),
    row: noRows,
  },
} satisfies Record<`write/${string}`, QuerySchemas>;

export const querySchemas = { ...readQuerySchemas, ...writeQuerySchemas };

interface QuerySchemas {
  params: z.ZodType;
  row: z.ZodType;
}
export type ReadQueryName = keyof typeof readQuerySchemas;
export type QueryName = keyof typeof querySchemas;
/** What a caller passes (before defaults and transforms). */
export type QueryParams<N extends QueryName> = z.input<(typeof querySchemas)[N]['params']>;
export type QueryRow<N extends QueryName> = z.output<(typeof querySchemas)[N]['row']>;
