// The HTTP API as a table of routes: each names its zod schemas (path, query, body,
// response) and calls one use case. Express wiring and the OpenAPI document are both
// generated from this table, so the two cannot drift apart. defineRoute types each handler
// from its own schemas: its input is what they parse to, and its answer must be what the
// response schema describes, or `npm run typecheck` fails.
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { ConsoleLimits } from '../config.ts';
import type { Repository } from '../repository.ts';
import type { GraphVersion, ResultCache } from '../services/result-cache.ts';
import { health } from '../services/health.ts';
import { search } from '../services/search.ts';
import { BODIES, RECALL_RELATIONS } from '../../ingest/vocabulary.ts';
import { citationsPerYear, statistics } from '../services/statistics.ts';
import { ALL_EDGE_TYPES, citationPaths, evidenceOf, getDocument, lineage, listCitations, neighbourhood, recalledBy } from '../services/documents.ts';
import {
  RELATIONS,
  citationsResponseSchema,
  consoleRequestSchema,
  consoleResponseSchema,
  documentResponseSchema,
  errorBodySchema,
  edgeTypeSchema,
  evidenceRequestSchema,
  evidenceResponseSchema,
  focusedGraphSchema,
  lineageResponseSchema,
  healthResponseSchema,
  queriesResponseSchema,
  recalledByResponseSchema,
  relationSchema,
  statisticsResponseSchema,
  pathsResponseSchema,
  citationsPerYearResponseSchema,
  searchResponseSchema,
  subjectsResponseSchema,
} from '../wire.ts';

export interface ApiOptions {
  console: ConsoleLimits;
  /** Answers of the routes marked `cached`, under the graph's version (absent: nothing is cached). */
  cache?: { answers: ResultCache; version: GraphVersion };
}

/** "RECALLS,REAFFIRMS" or repeated parameters → a list of one enum. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value), z.array(item).min(1));
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
/** Whether "2021-02-30" is a day of the calendar (Date rolls it over to 2 March; 2021-13-01 is no date at all). */
const isDay = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};
/** An adoption date bound: a year (from 1990 = 1990-01-01, to 1995 = 1995-12-31) or a day. */
const dateBound = (end: 'from' | 'to') =>
  z
    .string()
    .regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'expected a year (1992) or a date (1992-12-18)')
    // 9999-99-99 has the form but is no day; Neo4j's date() would fail on it (a 500, found by bench:reliability's fuzz)
    .refine((v) => v.length === 4 || isDay(v), 'no such day')
    .transform((v) => (v.length === 4 ? `${v}-${end === 'from' ? '01-01' : '12-31'}` : v));
/** Which documents a list shows: body, adoption date range, subject. */
const documentFilter = {
  body: z.enum(BODIES).optional().describe('Only documents of this body'),
  from: dateBound('from').optional().describe('Only documents adopted on or after (a year or a date)'),
  to: dateBound('to').optional().describe('Only documents adopted on or before (a year or a date)'),
  subject: z.string().trim().min(1).max(200).optional().describe('Only documents with this subject: its key (UNBIS:health), value or label'),
};
/** The graph views' filter: the documents' own, and whether their text was ingested. */
const graphFilter = { ...documentFilter, ingested: flag.optional().describe('Only documents whose text was ingested (and the focus)') };
const filterOf = (q: { body?: string; from?: string; to?: string; subject?: string; ingested?: boolean }) => ({ body: q.body, from: q.from, to: q.to, subject: q.subject, ingested: q.ingested });
const symbolParam = z.object({ symbol: z.string().min(1).max(200).describe('A document symbol (any spelling) or instrument:<key>, URL-encoded as one segment') });

/** What a handler gets for a part of the request: the schema's output, or nothing when the route has no schema for it. */
type Parsed<S extends z.ZodType | undefined, Absent> = S extends z.ZodType ? z.output<S> : Absent;

/** A route as written: the schemas, and a handler typed by them. */
export interface RouteDefinition<P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType> {
  method: 'get' | 'post';
  path: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Whether an answer is kept in the result cache under the graph's version (services/result-cache.ts): a pure function of the URL and the graph. */
  cached?: boolean;
  /** `signal` is aborted when the client goes away before the answer (a cancelled console query). */
  handle: (
    input: { params: Parsed<P, Record<string, never>>; query: Parsed<Q, Record<string, never>>; body: Parsed<B, undefined> },
    repository: Repository,
    options: ApiOptions,
    signal: AbortSignal,
  ) => Promise<NoInfer<z.output<R>>>;
}

/** A route with its types erased, so routes of different schemas make one table: `run` parses the request's parts and calls the handler. */
export interface Route {
  method: 'get' | 'post';
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  cached?: boolean;
  /** Zod errors (a bad request) become 400s in the error middleware. */
  run: (request: { params: unknown; query: unknown; body: unknown }, repository: Repository, options: ApiOptions, signal: AbortSignal) => Promise<unknown>;
}

// the conditional type of a generic schema is not narrowed by the check: the cast states what the check established
const parsePart = <S extends z.ZodType | undefined, Absent>(schema: S | undefined, value: unknown, absent: Absent): Parsed<S, Absent> =>
  (schema ? schema.parse(value) : absent) as Parsed<S, Absent>;

export function defineRoute<P extends z.ZodObject | undefined = undefined, Q extends z.ZodObject | undefined = undefined, B extends z.ZodType | undefined = undefined, R extends z.ZodType = z.ZodType>(
  definition: RouteDefinition<P, Q, B, R>,
): Route {
  const { handle, ...described } = definition;
  return {
    ...described,
    run: async (request, repository, options, signal) =>
      handle(
        {
          params: parsePart<P, Record<string, never>>(definition.params, request.params, {}),
          query: parsePart<Q, Record<string, never>>(definition.query, request.query, {}),
          body: parsePart<B, undefined>(definition.body, request.body, undefined),
        },
        repository,
        options,
        signal,
      ),
  };
}

export const routes: Route[] = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Whether the graph answers: the Neo4j server, its version, the database, and counts.',
    response: healthResponseSchema,
    handle: (_input, repository) => health(repository),
  }),
  defineRoute({
    method: 'get',
    path: '/api/search',
    summary: 'Documents and instruments by symbol (any spelling: 61/177, a/res/61/177, 第61/177号, HRC 36/6) and by title words, ranked.',
    query: z.object({
      q: z.string().trim().min(1).max(200),
      kind: z.enum(['resolution', 'decision', 'document', 'instrument']).optional(),
      ...documentFilter,
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
    response: searchResponseSchema,
    handle: ({ query }, repository) => search(repository, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/documents/:symbol',
    summary: 'One document or instrument: titles, whether its text was ingested, links to the official text, citation counts in and out by relation.',
    params: symbolParam,
    response: documentResponseSchema,
    handle: ({ params }, repository) => repository.reading((reader) => getDocument(reader, params.symbol)),
  }),
  defineRoute({
    method: 'get',
    path: '/api/documents/:symbol/citations',
    summary: 'The citations of (out) or to (in) a document with their evidence, a page at a time.',
    params: symbolParam,
    query: z.object({
      direction: z.enum(['out', 'in']).default('out'),
      relation: listOf(relationSchema).default([...RELATIONS]),
      limit: z.coerce.number().int().min(1).max(500).default(50),
      cursor: z.string().max(100).optional(),
    }),
    response: citationsResponseSchema,
    handle: ({ params, query }, repository) =>
      repository.reading((reader) => listCitations(reader, params.symbol, { direction: query.direction, relations: query.relation, limit: query.limit, cursor: query.cursor })),
  }),
  defineRoute({
    method: 'get',
    path: '/api/recalled-by/:symbol',
    summary: 'Every resolution that recalls a text: citations of the document, of the instrument it adopted (or of the adopting resolution, for an instrument), and, with modified=true, of its addenda and corrigenda; oldest first, with the paragraph evidence.',
    params: symbolParam,
    query: z.object({
      relations: listOf(relationSchema).default([...RECALL_RELATIONS]),
      transitive: flag.default(false),
      modified: flag.default(false),
      ...documentFilter,
      limit: z.coerce.number().int().min(1).max(5000).default(1000),
    }),
    response: recalledByResponseSchema,
    // the most cited texts are the ones asked for most, and their answers are the largest (up to 1,000 citations)
    cached: true,
    handle: ({ params, query }, repository) =>
      repository.reading((reader) => recalledBy(reader, params.symbol, { relations: query.relations, transitive: query.transitive, includeModified: query.modified, limit: query.limit, filter: filterOf(query) })),
  }),
  defineRoute({
    method: 'get',
    path: '/api/lineage/:symbol',
    summary: 'Where a text comes from (ancestors: what it cites, recursively) and who relied on it (descendants), as Cytoscape elements, cut at `limit` nodes.',
    params: symbolParam,
    query: z.object({
      direction: z.enum(['ancestors', 'descendants', 'both']).default('both'),
      depth: z.coerce.number().int().min(1).max(6).default(2),
      relations: listOf(edgeTypeSchema).default([...RELATIONS, 'ADOPTS']),
      ...graphFilter,
      limit: z.coerce.number().int().min(1).max(2000).default(300),
      evidence: flag.default(true).describe('false: each edge outlined (ends, relation, paragraph), its evidence left to POST /api/evidence; the explorer draws from outlines'),
    }),
    response: lineageResponseSchema,
    cached: true,
    handle: ({ params, query }, repository) =>
      repository.reading((reader) =>
        lineage(reader, params.symbol, { direction: query.direction, depth: query.depth, relations: query.relations, maxNodes: query.limit, filter: filterOf(query), evidence: query.evidence }),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/api/evidence',
    summary: 'The evidence (verb, quote in each language, paragraph, footnote …) of citations named as edge outlines name them: for a lineage drawn without evidence, when an edge is opened or the graph exported.',
    body: evidenceRequestSchema,
    response: evidenceResponseSchema,
    handle: ({ body }, repository) => repository.reading((reader) => evidenceOf(reader, body.edges)),
  }),
  defineRoute({
    method: 'get',
    path: '/api/paths',
    summary: 'How one text reaches another: the shortest citation paths from `from` to `to` (or, when there are none, from `to` to `from`, `reversed`), as Cytoscape elements.',
    query: z.object({
      from: z.string().trim().min(1).max(200).describe('A document symbol (any spelling) or instrument:<key>'),
      to: z.string().trim().min(1).max(200).describe('A document symbol (any spelling) or instrument:<key>'),
      limit: z.coerce.number().int().min(1).max(100).default(25).describe('At most this many shortest paths'),
    }),
    response: pathsResponseSchema,
    handle: ({ query }, repository) => repository.reading((reader) => citationPaths(reader, query.from, query.to, { limit: query.limit })),
  }),
  defineRoute({
    method: 'get',
    path: '/api/statistics',
    summary: 'The most recalled documents (recalled or reaffirmed by the most others) overall, per body and per decade, and the citations made in each year.',
    query: z.object({ top: z.coerce.number().int().min(1).max(100).default(10) }),
    response: statisticsResponseSchema,
    handle: ({ query }, repository) => statistics(repository, { top: query.top }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/documents/:symbol/citations-per-year',
    summary: 'How many documents cited a document (or instrument) in each year, by their adoption year.',
    params: symbolParam,
    query: z.object({ relations: listOf(relationSchema).default([...RELATIONS]) }),
    response: citationsPerYearResponseSchema,
    handle: ({ params, query }, repository) => citationsPerYear(repository, params.symbol, query.relations),
  }),
  defineRoute({
    method: 'get',
    path: '/api/subjects',
    summary: 'Subject keywords (SDG, UNBIS Thesaurus, EuroVoc) by words of their label, or all of one scheme, with how many documents have each.',
    query: z.object({
      q: z.string().trim().min(1).max(200).optional(),
      scheme: z.enum(['SDG', 'UNBIS', 'EuroVoc']).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    response: subjectsResponseSchema,
    handle: async ({ query }, repository) => ({
      subjects: (await repository.run('subjects', { q: query.q ?? null, scheme: query.scheme ?? null, limit: query.limit })).map((r) => ({ ...r.subject, documents: r.documents })),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/neighbourhood/:symbol',
    summary: 'One hop around a document or instrument, both directions, as Cytoscape elements (for expanding a node); the filters keep the neighbours they match.',
    params: symbolParam,
    query: z.object({
      relations: listOf(edgeTypeSchema).default(ALL_EDGE_TYPES),
      ...graphFilter,
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    response: focusedGraphSchema,
    // a much-cited document's neighbours are sorted from thousands
    cached: true,
    handle: ({ params, query }, repository) => repository.reading((reader) => neighbourhood(reader, params.symbol, { relations: query.relations, limit: query.limit, filter: filterOf(query) })),
  }),
  defineRoute({
    method: 'post',
    path: '/api/cypher',
    summary: 'The read-only Cypher console: runs a query in a read transaction with a time limit; returns columns and rows, and the nodes and relationships in them as Cytoscape elements.',
    body: consoleRequestSchema,
    response: consoleResponseSchema,
    handle: ({ body }, repository, options, signal) =>
      repository.console.run(body.query, body.params, options.console, signal),
  }),
  defineRoute({
    method: 'get',
    path: '/api/queries',
    summary: 'The named example queries of cypher/ for the console menu.',
    response: queriesResponseSchema,
    handle: async (_input, repository) => ({
      queries: repository.queryFiles.filter((file) => file.example).map((file) => ({ name: file.name, description: file.description, query: file.text })),
    }),
  }),
];

export function mountRoutes(router: Router, repository: Repository, options: ApiOptions, middleware: Partial<Record<string, RequestHandler[]>> = {}): void {
  for (const route of routes) {
    router[route.method](route.path, ...(middleware[route.path] ?? []), async (request, response) => {
      const gone = new AbortController();
      response.on('close', () => {
        if (!response.writableFinished) gone.abort();
      });
      const run = () => route.run({ params: request.params, query: request.query, body: request.body }, repository, options, gone.signal);
      const version = route.cached && options.cache ? await options.cache.version.current() : null;
      if (version === null) {
        const answer = await run();
        if (!gone.signal.aborted) response.json(answer);
        return;
      }
      // The same URL on the same graph version is the same answer (a failure is not kept).
      const key = `${version} ${request.originalUrl}`;
      const { body, hit } = await options.cache!.answers.getOrCompute(key, async () => Buffer.from(JSON.stringify(await run())));
      if (!gone.signal.aborted) response.set('citegraph-cache', hit ? 'hit' : 'miss').type('json').send(body);
    });
  }
}

/** The OpenAPI 3.1 document, generated from the route table's zod schemas. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries(route.params?.shape ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema: json(schema as z.ZodType) })),
      ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: json(schema as z.ZodType),
      })),
    ];
    paths[path] = {
      ...paths[path],
      [route.method]: {
        summary: route.summary,
        parameters,
        ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(route.body) } } } } : {}),
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: z.toJSONSchema(route.response, { io: 'output', unrepresentable: 'any' }) } } },
          default: { description: 'An error: {error: {code, message, details}}', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'citegraph API', version: '1', description: 'A citation knowledge graph of United Nations documents.' },
    paths,
    components: { schemas: { Error: z.toJSONSchema(errorBodySchema) } },
  };
}
