// The API client: one typed function per endpoint (types from server/wire.ts), every
// failure turned into an ApiError whose message a person understands. The client never
// builds Cypher; only the console sends what the user typed.
import type {
  ConsoleResponse,
  DocumentResponse,
  EdgeOutline,
  EdgeType,
  FocusedGraph,
  GraphEdge,
  LineageResponse,
  GraphNode,
  healthResponseSchema,
  QueriesResponse,
  RecalledByResponse,
  SearchResponse,
  StatisticsResponse,
  CitationsPerYearResponse,
  PathsResponse,
} from '../server/wire.ts';
import type { z } from 'zod';
import type { Widened } from './i18n.ts';

/** wire.ts exports the schema only; the type is inferred here. */
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** Node and edge data as views read them (from the API or a canvas): titles, verbs and quotes in any language may be missing. */
export type NodeData = Widened<GraphNode['data']>;
export type EdgeData = Widened<GraphEdge['data']>;
/** An edge drawn from a lineage's outline: its evidence not yet fetched (api.evidence). */
export type OutlineData = EdgeOutline['data'];

/** Whether an edge's data carries its evidence (an outline has only ends, relation and paragraph). */
export const hasEvidence = (data: EdgeData | OutlineData): data is EdgeData => 'quote' in data;

/** The most citations one evidence request names (the server's limit). */
const EVIDENCE_BATCH = 5000;

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const seg = (symbol: string) => encodeURIComponent(symbol);

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, signal, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('network', 'The citegraph server is not answering.', 0);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, or nothing: handled below.
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(error?.code ?? `http_${response.status}`, error?.message ?? `${response.status} ${response.statusText}`, response.status);
  }
  return body as T;
}

/** Which documents a graph or list keeps (absent: all). */
export interface Filter {
  body: string | null;
  /** A year or a date, each end inclusive. */
  from: string | null;
  to: string | null;
  /** A subject's key, value or label. */
  subject: string | null;
  /** Only documents whose text was ingested. */
  ingested: boolean;
}

/** The filter as query parameters: only what is set. */
export function filterQuery(filter: Filter | undefined): Record<string, string> {
  if (!filter) return {};
  const query: Record<string, string> = {};
  for (const key of ['body', 'from', 'to', 'subject'] as const) if (filter[key]) query[key] = filter[key]!;
  if (filter.ingested) query.ingested = 'true';
  return query;
}

export const api = {
  health: () => request<HealthResponse>('/api/health'),
  search: (q: string, signal?: AbortSignal) => request<SearchResponse>(`/api/search?${new URLSearchParams({ q, limit: '8' })}`, {}, signal),
  document: (symbol: string, signal?: AbortSignal) => request<DocumentResponse>(`/api/documents/${seg(symbol)}`, {}, signal),
  /** A lineage with its edges outlined: the evidence is a third of the answer and is read only for an edge opened or an export (api.evidence). */
  lineage: (symbol: string, options: { direction: string; depth: number; relations: EdgeType[]; limit?: number; filter?: Filter }, signal?: AbortSignal) =>
    request<LineageResponse>(
      `/api/lineage/${seg(symbol)}?${new URLSearchParams({
        direction: options.direction,
        depth: String(options.depth),
        relations: options.relations.join(','),
        limit: String(options.limit ?? 2000),
        evidence: 'false',
        ...filterQuery(options.filter),
      })}`,
      {},
      signal,
    ),
  /** The evidence of outlined edges, as whole edges with the same ids (one no longer in the graph is left out). */
  evidence: async (outlines: readonly OutlineData[], signal?: AbortSignal): Promise<GraphEdge[]> => {
    const edges: GraphEdge[] = [];
    for (let start = 0; start < outlines.length; start += EVIDENCE_BATCH) {
      const asked = outlines.slice(start, start + EVIDENCE_BATCH).map(({ source, relation, target, paragraph }) => ({ source, relation, target, paragraph }));
      edges.push(...(await request<{ edges: GraphEdge[] }>('/api/evidence', { method: 'POST', body: JSON.stringify({ edges: asked }) }, signal)).edges);
    }
    return edges;
  },
  neighbourhood: (symbol: string, relations: EdgeType[], filter?: Filter, signal?: AbortSignal) =>
    request<FocusedGraph>(`/api/neighbourhood/${seg(symbol)}?${new URLSearchParams({ relations: relations.join(','), limit: '60', ...filterQuery(filter) })}`, {}, signal),
  recalledBy: (symbol: string, options: { relations: EdgeType[]; transitive: boolean; filter?: Filter }, signal?: AbortSignal) =>
    request<RecalledByResponse>(
      // recalled-by lists citing documents, whose text is always in: "ingested only" changes nothing there
      `/api/recalled-by/${seg(symbol)}?${new URLSearchParams({ relations: options.relations.join(','), transitive: String(options.transitive), ...filterQuery(options.filter && { ...options.filter, ingested: false }) })}`,
      {},
      signal,
    ),
  paths: (from: string, to: string, signal?: AbortSignal) => request<PathsResponse>(`/api/paths?${new URLSearchParams({ from, to })}`, {}, signal),
  statistics: (signal?: AbortSignal) => request<StatisticsResponse>('/api/statistics?top=10', {}, signal),
  citationsPerYear: (symbol: string, signal?: AbortSignal) => request<CitationsPerYearResponse>(`/api/documents/${seg(symbol)}/citations-per-year`, {}, signal),
  cypher: (query: string, signal?: AbortSignal) => request<ConsoleResponse>('/api/cypher', { method: 'POST', body: JSON.stringify({ query, params: {} }) }, signal),
  queries: () => request<QueriesResponse>('/api/queries'),
};
