// The API's wire formats, defined once as zod schemas; the client imports the inferred
// types. The graph format is Cytoscape's element JSON ({nodes: [{data}], edges: [{data}]}),
// so the client hands it to cytoscape.add() as it comes.
import { z } from 'zod';
import { EDGE_TYPES, RELATIONS } from '../ingest/vocabulary.ts';

export { RELATIONS, STRUCTURAL_EDGES as STRUCTURAL } from '../ingest/vocabulary.ts';
export const relationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof relationSchema>;
export const edgeTypeSchema = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof edgeTypeSchema>;

export const graphNodeSchema = z.object({
  data: z.object({
    /** The symbol of a document; "instrument:<key>" for an instrument. */
    id: z.string(),
    /** What to draw: the symbol, or the instrument's short English name. */
    label: z.string(),
    type: z.enum(['document', 'instrument']),
    symbol: z.string().nullable(),
    key: z.string().nullable(),
    body: z.string().nullable(),
    kind: z.string().nullable(),
    session: z.string().nullable(),
    date: z.string().nullable(),
    year: z.number().nullable(),
    /** The title in each official language where known (an instrument's name). */
    title_en: z.string().nullable(),
    title_zh: z.string().nullable(),
    title_fr: z.string().nullable(),
    title_es: z.string().nullable(),
    title_ru: z.string().nullable(),
    title_ar: z.string().nullable(),
    ingested: z.boolean(),
    /** Importance in the citation graph (PageRank, computed after ingest); null until ranked. */
    pagerank: z.number().nullish(),
  }),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const evidenceSchema = z.object({
  paragraph: z.string().nullable(),
  part: z.string().nullable(),
  verb: z.string().nullable(),
  qualifier: z.string().nullable(),
  quote: z.string().nullable(),
  via: z.string().nullable(),
  footnote: z.number().nullable(),
  languages: z.array(z.string()),
  /** Each language version's own verb and quote, where that version found the edge. */
  verb_en: z.string().nullable(),
  verb_zh: z.string().nullable(),
  verb_fr: z.string().nullable(),
  verb_es: z.string().nullable(),
  verb_ru: z.string().nullable(),
  verb_ar: z.string().nullable(),
  quote_en: z.string().nullable(),
  quote_zh: z.string().nullable(),
  quote_fr: z.string().nullable(),
  quote_es: z.string().nullable(),
  quote_ru: z.string().nullable(),
  quote_ar: z.string().nullable(),
  locator: z.string().nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const graphEdgeSchema = z.object({
  data: evidenceSchema.extend({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    relation: edgeTypeSchema,
  }),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/**
 * An edge without its evidence: what draws it and names its citation (the two ends, the
 * relation, the paragraph), as a lineage sends it when asked for no evidence. The evidence of
 * outlined edges comes from POST /api/evidence when a user opens one or exports the graph.
 */
export const edgeOutlineSchema = z.object({
  data: graphEdgeSchema.shape.data.pick({ id: true, source: true, target: true, relation: true, paragraph: true }),
});
export type EdgeOutline = z.infer<typeof edgeOutlineSchema>;

export const graphElementsSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  /** True when the node cap cut the graph short. */
  truncated: z.boolean(),
});
export type GraphElements = z.infer<typeof graphElementsSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

// ---------------------------------------------------------------- responses (also the OpenAPI document)

const countsSchema = z.object(Object.fromEntries(RELATIONS.map((r) => [r, z.number()])) as Record<Relation, z.ZodNumber>);
const nodeDataSchema = graphNodeSchema.shape.data;

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  /** `browser`: where Neo4j Browser for this server is, when known. */
  neo4j: z.object({ uri: z.string(), address: z.string(), version: z.string(), database: z.string(), browser: z.string().nullable() }),
  counts: z.object({ documents: z.number(), instruments: z.number(), relationships: z.number() }),
});

export const searchResponseSchema = z.object({
  query: z.string(),
  /** The canonical symbols the query was read as. */
  candidates: z.array(z.string()),
  results: z.array(nodeDataSchema.extend({ score: z.number(), matched: z.enum(['symbol', 'title']) })),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const subjectSchema = z.object({
  /** "SDG:3.7", "UNBIS:health", "EuroVoc:public_health". */
  key: z.string(),
  /** SDG, UNBIS or EuroVoc. */
  scheme: z.string(),
  value: z.string(),
  /** For people: "SDG 3.7", "public health". */
  label: z.string(),
  uri: z.string().nullable(),
});
export type Subject = z.infer<typeof subjectSchema>;

export const subjectsResponseSchema = z.object({ subjects: z.array(subjectSchema.extend({ documents: z.number() })) });

export const documentResponseSchema = nodeDataSchema.extend({
  languages: z.array(z.string()),
  /** Subject keywords from the document's AKN edition. */
  subjects: z.array(subjectSchema),
  /** Where the title and date come from: "text" (an ingested version), "undl-voting-records", "csv:<file>"; null when unknown. */
  sources: z.object({ title: z.string().nullable(), date: z.string().nullable() }),
  /** What a catalogue file says of the document (the Digital Library's record, meeting record, committee report, agenda). */
  catalogue: z.object({ url: z.string().nullable(), meetingRecord: z.string().nullable(), committeeReport: z.string().nullable(), agenda: z.string().nullable() }),
  adopts: z.array(z.string()),
  adoptedBy: z.array(z.string()),
  publishedIn: z.array(z.string()),
  treatySeries: z.object({ volume: z.number(), number: z.number() }).nullable(),
  /** The official text at undocs.org, one link per official language. */
  links: z.array(z.object({ language: z.string(), url: z.string() })),
  citations: z.object({ out: countsSchema, in: countsSchema }),
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

export const citationViewSchema = z.object({
  from: nodeDataSchema,
  to: nodeDataSchema,
  relation: edgeTypeSchema,
  evidence: evidenceSchema.omit({ locator: true }),
});
export type CitationView = z.infer<typeof citationViewSchema>;

export const citationsResponseSchema = z.object({
  target: z.string(),
  direction: z.enum(['out', 'in']),
  citations: z.array(citationViewSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

const recalledItemSchema = z.object({ node: nodeDataSchema, recalledBy: z.number().int() });
export const statisticsResponseSchema = z.object({
  /** The most recalled (recalled or reaffirmed by the most documents). */
  mostRecalled: z.array(recalledItemSchema),
  /** The core documents: the highest PageRank (node.pagerank), each with how many recall it. */
  core: z.array(recalledItemSchema),
  byBody: z.array(z.object({ body: z.string(), items: z.array(recalledItemSchema) })),
  /** By the cited document's decade (null: undated). */
  byDecade: z.array(z.object({ decade: z.number().int().nullable(), items: z.array(recalledItemSchema) })),
  /** Citations made in each year, by the citing document's adoption year. */
  citationsPerYear: z.array(z.object({ year: z.number().int(), citations: z.number().int(), documents: z.number().int() })),
  /** How many most-recalled documents the lists were cut from, and whether that pool was itself cut. */
  pool: z.object({ read: z.number().int(), cut: z.boolean() }),
});
export type StatisticsResponse = z.infer<typeof statisticsResponseSchema>;

export const citationsPerYearResponseSchema = z.object({
  id: z.string(),
  relations: z.array(relationSchema),
  years: z.array(z.object({ year: z.number().int(), documents: z.number().int() })),
});
export type CitationsPerYearResponse = z.infer<typeof citationsPerYearResponseSchema>;

export const recalledByResponseSchema = z.object({
  target: z.string(),
  relations: z.array(relationSchema),
  transitive: z.boolean(),
  /** `depth` 1 cites the text itself; 2 or 3 cites a document that does. */
  results: z.array(citationViewSchema.extend({ depth: z.number() })),
  truncated: z.boolean(),
});
export type RecalledByResponse = z.infer<typeof recalledByResponseSchema>;

export const focusedGraphSchema = graphElementsSchema.extend({ focus: z.string() });
export type FocusedGraph = z.infer<typeof focusedGraphSchema>;

/** A lineage: its edges with their evidence, or (evidence=false) outlined. */
export const lineageResponseSchema = focusedGraphSchema.extend({ edges: z.array(z.union([graphEdgeSchema, edgeOutlineSchema])) });
export type LineageResponse = z.infer<typeof lineageResponseSchema>;

/** Citations named as an outline names them (POST /api/evidence). */
export const evidenceRequestSchema = z.object({
  edges: z
    .array(edgeOutlineSchema.shape.data.omit({ id: true }))
    .min(1)
    .max(5000)
    .describe('Citations by their two ends (wire ids), relation and paragraph (null: none), as an edge outline names them'),
});

/** The evidence of the citations asked for, as whole edges with the outlines' ids; one that is no longer in the graph is left out. */
export const evidenceResponseSchema = z.object({ edges: z.array(graphEdgeSchema) });

/** The shortest citation paths between two texts: `focus` is where the question starts, `to` where it ends. */
export const pathsResponseSchema = focusedGraphSchema.extend({
  to: z.string(),
  /** No path runs from `focus` to `to`; these run from `to` to `focus` (the later text cites the earlier). */
  reversed: z.boolean(),
  /** Citation steps on each shortest path (0: none). */
  length: z.number().int(),
});
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

const MAX_PARAM_DEPTH = 32;
/** How deep lists and maps nest in a value, counted without recursion (a hostile value may nest 100,000 deep). */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [inner, depth] = stack.pop()!;
    if (inner === null || typeof inner !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_PARAM_DEPTH) return deepest;
    for (const child of Object.values(inner)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export const consoleRequestSchema = z.object({
  query: z.string().trim().min(1, 'the query is empty').max(5000, 'the query is longer than 5,000 characters'),
  params: z
    .record(z.string(), z.unknown())
    .default({})
    // Neo4j closes the connection on parameters nested thousands deep (bench:reliability's fuzz found it): refuse them here.
    .refine((params) => nestingDepth(params) <= MAX_PARAM_DEPTH, `parameters nest more than ${MAX_PARAM_DEPTH} levels deep`),
});
export type ConsoleRequest = z.infer<typeof consoleRequestSchema>;

export const consoleResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  rowCount: z.number(),
  /** True when the row or byte cap cut the result; truncatedBy says which. */
  truncated: z.boolean(),
  truncatedBy: z.enum(['rows', 'bytes']).nullable(),
  /** How many values were cut to the value cap (long strings end in "…", long lists say how many more). */
  valuesCut: z.number().int(),
  /** The limits the answer was cut to, for saying so. */
  limits: z.object({ maxRows: z.number().int(), maxBytes: z.number().int(), maxValueBytes: z.number().int(), timeoutMs: z.number().int() }),
  milliseconds: z.number(),
  /** The nodes and relationships in the rows, when there are any. */
  graph: graphElementsSchema.nullable(),
});
export type ConsoleResponse = z.infer<typeof consoleResponseSchema>;

export const queriesResponseSchema = z.object({
  queries: z.array(z.object({ name: z.string(), description: z.string(), query: z.string() })),
});
export type QueriesResponse = z.infer<typeof queriesResponseSchema>;
