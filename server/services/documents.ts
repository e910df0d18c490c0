// Use cases over documents and instruments: look one up by any spelling, its citations,
// who recalls it, its lineage and its neighbourhood. Routes call these; these call the repository.
import { bareNumberPrefixes, parseSymbolQuery } from '../../ingest/symbols.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { Reader } from '../repository.ts';
import type { CitationRow, EdgeRow, QueryRow } from '../query-schemas.ts';
import { EDGE_TYPES, EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';
import { type EdgeType, type GraphEdge, type GraphElements, type GraphNode, type LineageResponse, type Relation } from '../wire.ts';
import { ElementsBuilder, edgeId, edgeOutline, graphEdge, toGraphNode } from './values.ts';

export const ALL_EDGE_TYPES: EdgeType[] = [...EDGE_TYPES];

/** Which documents a list shows: issuing body, adoption date range (ISO dates), subject (key, value or label). */
export interface DocumentFilter {
  body?: string;
  from?: string;
  to?: string;
  subject?: string;
  /** Only documents whose text was ingested (graph views; every citing document is). */
  ingested?: boolean;
}

/** The filter as query parameters: absent is null. */
export const filterParams = (f: DocumentFilter = {}) => ({ body: f.body ?? null, from: f.from ?? null, to: f.to ?? null, subject: f.subject ?? null });
const hasFilter = (f: DocumentFilter) => Object.values(filterParams(f)).some((v) => v !== null) || f.ingested === true;

/** A document or an instrument, as a path segment names it, with its node for drawing. */
export type Target = ({ type: 'document'; symbol: string } | { type: 'instrument'; key: string }) & { node: GraphNode };

export const targetParams = (target: Target) =>
  target.type === 'document' ? { symbol: target.symbol, key: null } : { symbol: null, key: target.key };

function asTarget(row: { props: Record<string, unknown>; labels: string[] }): Target {
  const node = toGraphNode(row.props, row.labels);
  return node.data.type === 'instrument' ? { type: 'instrument', key: node.data.key!, node } : { type: 'document', symbol: node.data.symbol!, node };
}

/**
 * Finds what a user means in one query when it is exact (a symbol, an instrument key or
 * "instrument:<key>"), else reads it as any spelling of a symbol ("61/177", "a/res/61/177",
 * "第61/177号", "HRC 36/6").
 */
export async function resolveTarget(repository: Reader, input: string): Promise<Target> {
  const text = input.trim();
  const key = text.startsWith('instrument:') ? text.slice('instrument:'.length) : text;
  const [exact] = await repository.run('resolve', { symbol: text, key });
  if (exact) return asTarget(exact);
  const candidates = parseSymbolQuery(text);
  const numberPrefixes = bareNumberPrefixes(text);
  if (candidates.length > 0 || numberPrefixes.length > 0) {
    const [found] = await repository.run('search-symbols', { candidates, prefix: null, numberPrefixes, kind: null, ...filterParams(), limit: 1 });
    if (found) return asTarget(found);
  }
  throw new NotFoundError(`no document or instrument "${text}" in the graph`, { candidates });
}

export async function getDocument(repository: Reader, input: string) {
  const target = await resolveTarget(repository, input);
  if (target.type === 'instrument') {
    const [row] = await repository.run('instrument', { key: target.key });
    if (!row) throw new NotFoundError(`no instrument "${target.key}"`);
    return {
      ...toGraphNode(row.props, row.labels).data,
      adoptedBy: row.adoptedBy,
      adopts: [] as string[],
      publishedIn: [] as string[],
      treatySeries: row.props.treatySeriesVolume ? { volume: Number(row.props.treatySeriesVolume), number: Number(row.props.treatySeriesNumber) } : null,
      languages: [...EXTRACTED_LANGUAGES],
      subjects: [],
      sources: { title: null, date: null },
      catalogue: { url: null, meetingRecord: null, committeeReport: null, agenda: null },
      links: [] as { language: string; url: string }[],
      citations: { out: row.outgoing, in: row.incoming },
    };
  }
  const [row] = await repository.run('document', { symbol: target.symbol });
  if (!row) throw new NotFoundError(`no document "${target.symbol}"`);
  const node = toGraphNode(row.props, row.labels).data;
  return {
    ...node,
    adoptedBy: [] as string[],
    adopts: row.adopts,
    publishedIn: row.publishedIn,
    treatySeries: null,
    languages: Array.isArray(row.props.languages) ? row.props.languages.map(String) : [],
    subjects: row.subjects,
    sources: { title: text(row.props.titleSource_en ?? row.props.titleSource_zh), date: text(row.props.dateSource) },
    catalogue: { url: text(row.props.catalogueUrl), meetingRecord: text(row.props.meetingRecord), committeeReport: text(row.props.committeeReport), agenda: text(row.props.agenda) },
    // each segment of the symbol percent-encoded: "S/RES/426 (1978)" has a space the link must not carry raw
    links: OFFICIAL_LANGUAGES.map((language) => ({ language, url: `https://undocs.org/${language}/${target.symbol.split('/').map(encodeURIComponent).join('/')}` })),
    citations: { out: row.outgoing, in: row.incoming },
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** Citations of or by a document, with their evidence, one page at a time (the cursor is an opaque offset). */
export async function listCitations(
  repository: Reader,
  input: string,
  options: { direction: 'out' | 'in'; relations: Relation[]; limit: number; cursor?: string },
) {
  const target = await resolveTarget(repository, input);
  const skip = options.cursor ? decodeCursor(options.cursor) : 0;
  const symbol = target.type === 'document' ? target.symbol : null;
  let citations: CitationView[];
  let more: boolean;
  if (target.type === 'instrument') {
    // An instrument cites nothing; what cites it comes through recalled-by's query.
    const rows = options.direction === 'out' ? [] : (await repository.run('recalled-by', { symbol: null, key: target.key, ...filterParams(), relations: options.relations, includeModified: false, limit: skip + options.limit + 1 })).slice(skip);
    citations = await citationsOfKnown(repository, rows.slice(0, options.limit), target.node);
    more = rows.length > options.limit;
  } else {
    const query = options.direction === 'out' ? 'citations-out' : 'citations-in';
    const rows = await repository.run(query, { symbol: symbol!, relations: options.relations, skip, limit: options.limit + 1 });
    citations = rows.slice(0, options.limit).map((row) => citationView(toGraphNode(row.fromProps, row.fromLabels), toGraphNode(row.toProps, row.toLabels), row.type, row.props));
    more = rows.length > options.limit;
  }
  return {
    target: target.type === 'document' ? target.symbol : `instrument:${target.key}`,
    direction: options.direction,
    citations,
    nextCursor: more ? encodeCursor(skip + options.limit) : null,
  };
}

type CitationView = ReturnType<typeof citationView>;

function citationView(from: GraphNode, to: GraphNode, type: string, props: Record<string, unknown>) {
  const { id: _id, source: _source, target: _target, relation, locator: _locator, ...evidence } = graphEdge(from.data.id, to.data.id, type, props).data;
  return { from: from.data, to: to.data, relation, evidence };
}

/**
 * Citations whose rows name the cited document by its wire id only (recalled-by's queries): the
 * cited documents, a few however many rows (most often just the text asked about, `known`), are
 * read once.
 */
async function citationsOfKnown(repository: Reader, rows: CitationRow[], known: GraphNode): Promise<CitationView[]> {
  const cited = await nodesById(repository, [...new Set(rows.map((row) => row.to))], known);
  return rows.map((row) => {
    const to = cited.get(row.to);
    // the same read transaction found it a moment ago: missing, the graph is not what the query says
    if (!to) throw new Error(`a citation's target ${row.to} was not found again`);
    return citationView(toGraphNode(row.from, row.fromLabels), to, row.type, row.props);
  });
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadRequestError('this cursor is not one the API gave out');
  return Number(match[1]);
}

/** Every document that recalls (or otherwise cites, as asked) a text, oldest first, with its paragraph evidence. */
export async function recalledBy(
  repository: Reader,
  input: string,
  options: { relations: Relation[]; transitive: boolean; includeModified: boolean; limit: number; filter?: DocumentFilter },
) {
  const target = await resolveTarget(repository, input);
  const filters = filterParams(options.filter);
  const direct = await repository.run('recalled-by', { ...targetParams(target), ...filters, relations: options.relations, includeModified: options.includeModified, limit: options.limit });
  const results = (await citationsOfKnown(repository, direct, target.node)).map((citation) => ({ ...citation, depth: 1 }));
  if (options.transitive) {
    const seen = new Set(direct.map((row) => String(row.from.symbol)));
    const indirect: QueryRow<'recalled-by-transitive'>[] = [];
    for (const row of await repository.run('recalled-by-transitive', { ...targetParams(target), ...filters, relations: options.relations, limit: options.limit })) {
      if (seen.has(String(row.from.symbol))) continue;
      seen.add(String(row.from.symbol));
      indirect.push(row);
    }
    const views = await citationsOfKnown(repository, indirect, target.node);
    views.forEach((citation, i) => results.push({ ...citation, depth: indirect[i]!.depth }));
    results.sort((a, b) => (a.from.date ?? '').localeCompare(b.from.date ?? '') || (a.from.symbol ?? '').localeCompare(b.from.symbol ?? ''));
  }
  return {
    target: target.type === 'document' ? target.symbol : `instrument:${target.key}`,
    relations: options.relations,
    transitive: options.transitive,
    results: results.slice(0, options.limit),
    truncated: results.length > options.limit || direct.length === options.limit,
  };
}

/**
 * The lineage as Cytoscape elements: breadth-first, one query per level for both directions,
 * capped at maxNodes. The walk reads ids only (lineage-walk); what the answer shows is read
 * once at the end, for the nodes and edges it keeps (lineage-nodes, lineage-edges).
 */
export async function lineage(
  repository: Reader,
  input: string,
  options: { direction: 'ancestors' | 'descendants' | 'both'; depth: number; relations: EdgeType[]; maxNodes: number; filter?: DocumentFilter; evidence: boolean },
): Promise<LineageResponse> {
  const target = await resolveTarget(repository, input);
  const focus = target.node;
  const walks = {
    ancestors: newWalk(focus.data.id, options.direction !== 'descendants'),
    descendants: newWalk(focus.data.id, options.direction !== 'ancestors'),
  };
  // Breadth-first, one query per level for both directions at once, each direction with its
  // own frontier and its own share of the node cap.
  for (let level = 0; level < options.depth; level++) {
    const limits = { ancestors: stepLimit(walks.ancestors, options.maxNodes), descendants: stepLimit(walks.descendants, options.maxNodes) };
    if (limits.ancestors === 0 && limits.descendants === 0) break;
    const rows = await repository.run('lineage-walk', {
      ancestorSymbols: symbolsOf(walks.ancestors.frontier),
      ancestorKeys: keysOf(walks.ancestors.frontier),
      descendantSymbols: symbolsOf(walks.descendants.frontier),
      descendantKeys: keysOf(walks.descendants.frontier),
      ancestorLimit: limits.ancestors,
      descendantLimit: limits.descendants,
      relations: options.relations,
    });
    for (const direction of ['ancestors', 'descendants'] as const) {
      advance(walks[direction], rows.find((row) => row.direction === direction)?.steps ?? [], limits[direction]);
    }
  }
  // Ancestors first, so a cut keeps where the text comes from before who relied on it.
  const steps = [...walks.ancestors.steps, ...walks.descendants.steps];
  const shape = new LineageShape(options.maxNodes, focus.data.id);
  // A filter keeps the documents it matches (and the focus), with the edges between them: the
  // walk goes through every document, so a match beyond one that is filtered out is still
  // found. Judging a node takes its data: every node the walk met is read.
  let met: Map<string, GraphNode> | null = null;
  if (options.filter && hasFilter(options.filter)) {
    const all = await nodesById(repository, [...new Set(steps.flatMap((step) => [step.source, step.target]))], focus);
    const keep = await nodeFilter(repository, [...all.values()].map((node) => node.data), focus.data.id, options.filter);
    const kept = (id: string) => all.has(id) && keep(all.get(id)!.data);
    for (const step of steps) {
      const [from, to] = [kept(step.source), kept(step.target)];
      if (from && to) shape.addStep(step);
      else if (from) shape.addNode(step.source);
      else if (to) shape.addNode(step.target);
    }
    met = all;
  } else for (const step of steps) shape.addStep(step);
  // the two reads go together (a transaction pipelines them): one round trip, not two; an
  // outlined lineage has all it shows of an edge from the walk
  const [nodes, evidence] = await Promise.all([
    met ?? nodesById(repository, shape.nodes, focus),
    options.evidence ? evidenceById(repository, shape.steps.map((step) => step.edge)) : null,
  ]);
  const edges = new Map<string, LineageResponse['edges'][number]>();
  for (const step of shape.steps) {
    const props = evidence?.get(step.edge);
    // a node or an edge an ingest removed since the walk saw it is left out
    if ((evidence && !props) || !nodes.has(step.source) || !nodes.has(step.target)) continue;
    const edge = props ? graphEdge(step.source, step.target, step.type, props) : edgeOutline(step.source, step.target, step.type, step.paragraph);
    edges.set(edge.data.id, edge);
  }
  return {
    nodes: shape.nodes.flatMap((id) => nodes.get(id) ?? []),
    edges: [...edges.values()],
    truncated: shape.truncated || walks.ancestors.cut || walks.descendants.cut,
    focus: focus.data.id,
  };
}

/** Nodes by their wire ids (a symbol, or "instrument:<key>"), with the focus already known. */
async function nodesById(repository: Reader, ids: readonly string[], focus: GraphNode): Promise<Map<string, GraphNode>> {
  const nodes = new Map([[focus.data.id, focus]]);
  const wanted = ids.filter((id) => id !== focus.data.id);
  if (wanted.length === 0) return nodes;
  const [row] = await repository.run('lineage-nodes', { symbols: symbolsOf(wanted), keys: keysOf(wanted) });
  for (const { props, labels } of row?.nodes ?? []) {
    const node = toGraphNode(props, labels);
    nodes.set(node.data.id, node);
  }
  return nodes;
}

/** Relationships' evidence (their properties) by element id. */
async function evidenceById(repository: Reader, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map();
  const rows = await repository.run('lineage-edges', { edges: ids });
  return new Map(rows.map((row) => [row.edge, row.props]));
}

/**
 * The evidence of citations named as edge outlines name them (POST /api/evidence): whole edges
 * with the outlines' ids, in the order asked; a citation no longer in the graph is left out.
 */
export async function evidenceOf(repository: Reader, asked: { source: string; relation: string; target: string; paragraph: string | null }[]): Promise<{ edges: GraphEdge[] }> {
  const rows = await repository.run('edge-evidence', { edges: asked });
  const found = new Map<string, GraphEdge>();
  for (const row of rows) {
    const edge = graphEdge(row.source, row.target, row.type, row.props);
    found.set(edge.data.id, edge);
  }
  const edges = asked.flatMap(({ source, relation, target, paragraph }) => found.get(edgeId(source, relation, target, paragraph)) ?? []);
  return { edges };
}

/** A lineage step: a relationship (its element id, type and paragraph) and the wire ids of its two ends. */
type Step = QueryRow<'lineage-walk'>['steps'][number];

/**
 * Which nodes and edges an answer keeps, by id, in the order they come: each node once, at
 * most maxNodes of them, an edge only with both its ends (as ElementsBuilder does with whole rows).
 */
class LineageShape {
  readonly nodes: string[] = [];
  readonly steps: Step[] = [];
  private readonly seen = new Set<string>();
  truncated = false;

  constructor(
    private readonly maxNodes: number,
    focus: string,
  ) {
    this.addNode(focus);
  }

  addNode(id: string): boolean {
    if (this.seen.has(id)) return true;
    if (this.seen.size >= this.maxNodes) {
      this.truncated = true;
      return false;
    }
    this.seen.add(id);
    this.nodes.push(id);
    return true;
  }

  addStep(step: Step): void {
    if (this.addNode(step.source) && this.addNode(step.target)) this.steps.push(step);
  }
}

/** Which nodes a filter keeps: one query for the subject, the rest from the nodes' own data. */
async function nodeFilter(repository: Reader, nodes: GraphNode['data'][], focusId: string, filter: DocumentFilter) {
  let withSubject: Set<string> | null = null;
  if (filter.subject) {
    const symbols = [...new Set(nodes.flatMap((node) => (node.symbol === null ? [] : [node.symbol])))];
    withSubject = new Set((await repository.run('documents-with-subject', { symbols, subject: filter.subject })).map((r) => r.symbol));
  }
  return (node: GraphNode['data']) => {
    if (node.id === focusId) return true;
    // an instrument has no body, date or subject: a filter does not keep it
    if (node.type === 'instrument') return false;
    if (filter.ingested && !node.ingested) return false;
    if (filter.body && node.body !== filter.body) return false;
    if (filter.from && !(node.date && node.date >= filter.from)) return false;
    if (filter.to && !(node.date && node.date <= filter.to)) return false;
    return !withSubject || withSubject.has(node.symbol ?? '');
  };
}

interface Walk {
  /** Wire ids of the nodes the next level starts from. */
  frontier: string[];
  seen: Set<string>;
  steps: Step[];
  cut: boolean;
}

const INSTRUMENT_PREFIX = 'instrument:';
const newWalk = (focus: string, active: boolean): Walk => ({ frontier: active ? [focus] : [], seen: new Set([focus]), steps: [], cut: false });
const symbolsOf = (ids: readonly string[]) => ids.filter((id) => !id.startsWith(INSTRUMENT_PREFIX));
const keysOf = (ids: readonly string[]) => ids.filter((id) => id.startsWith(INSTRUMENT_PREFIX)).map((id) => id.slice(INSTRUMENT_PREFIX.length));

/** How many rows a level may bring: one more than can fit tells that the cap cut it. */
function stepLimit(walk: Walk, maxNodes: number): number {
  if (walk.frontier.length === 0) return 0;
  const room = maxNodes - walk.seen.size;
  if (room <= 0) {
    walk.cut = true;
    walk.frontier = [];
    return 0;
  }
  return Math.min(5000, room * 4 + 1);
}

function advance(walk: Walk, found: Step[], limit: number): void {
  if (limit === 0) return;
  if (found.length === limit) walk.cut = true;
  const next: string[] = [];
  for (const step of found) {
    walk.steps.push(step);
    for (const end of [step.source, step.target]) {
      if (!walk.seen.has(end)) {
        walk.seen.add(end);
        next.push(end);
      }
    }
  }
  walk.frontier = next;
}

/**
 * One hop around a node, both directions, as Cytoscape elements (for expanding a node in the
 * explorer); a filter keeps the neighbours it matches (the same rules as the lineage's).
 */
export async function neighbourhood(
  repository: Reader,
  input: string,
  options: { relations: EdgeType[]; limit: number; filter?: DocumentFilter },
): Promise<GraphElements & { focus: string }> {
  const target = await resolveTarget(repository, input);
  const focus = target.node;
  let rows = await repository.run('neighbourhood', { ...targetParams(target), relations: options.relations, limit: options.limit + 1 });
  if (options.filter && hasFilter(options.filter)) {
    const ends = (row: EdgeRow) => [toGraphNode(row.fromProps, row.fromLabels).data, toGraphNode(row.toProps, row.toLabels).data];
    const keep = await nodeFilter(repository, rows.flatMap(ends), focus.data.id, options.filter);
    rows = rows.filter((row) => ends(row).every(keep));
  }
  const builder = new ElementsBuilder(options.limit + 1);
  builder.addNode(focus);
  for (const row of rows.slice(0, options.limit)) builder.addRow(row);
  return { ...builder.build(), truncated: rows.length > options.limit, focus: focus.data.id };
}

/**
 * How one text reaches another: the shortest citation paths from `from` to `to` (what it
 * cites, and what that cites, …), or, when there is none that way, from `to` to `from`
 * (`reversed`), as Cytoscape elements with `from` as the focus. Empty when neither reaches the other.
 */
export async function citationPaths(
  repository: Reader,
  fromInput: string,
  toInput: string,
  options: { limit: number },
): Promise<GraphElements & { focus: string; to: string; reversed: boolean; length: number }> {
  const [from, to] = await Promise.all([resolveTarget(repository, fromInput), resolveTarget(repository, toInput)]);
  const ends = (a: Target, b: Target) => {
    const [x, y] = [targetParams(a), targetParams(b)];
    return { fromSymbol: x.symbol, fromKey: x.key, toSymbol: y.symbol, toKey: y.key, limit: options.limit };
  };
  let reversed = false;
  let rows = await repository.run('citation-paths', ends(from, to));
  if (!rows.length) {
    rows = await repository.run('citation-paths', ends(to, from));
    reversed = rows.length > 0;
  }
  const builder = new ElementsBuilder(options.limit * 10 + 2);
  builder.addNode(from.node);
  builder.addNode(to.node);
  for (const row of rows) builder.addRow(row);
  const graph = builder.build();
  // every shortest path has the same length: the distinct edges out of the start, walked once
  const length = rows.length ? shortestLength(graph.edges, reversed ? to.node.data.id : from.node.data.id, reversed ? from.node.data.id : to.node.data.id) : 0;
  return { ...graph, focus: from.node.data.id, to: to.node.data.id, reversed, length };
}

/** Steps on the shortest path from `start` to `goal` along the edges (breadth-first). */
function shortestLength(edges: GraphElements['edges'], start: string, goal: string): number {
  const next = new Map<string, string[]>();
  for (const { data } of edges) (next.get(data.source) ?? next.set(data.source, []).get(data.source)!).push(data.target);
  const seen = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    if (at === goal) return seen.get(at)!;
    for (const n of next.get(at) ?? []) if (!seen.has(n)) (seen.set(n, seen.get(at)! + 1), queue.push(n));
  }
  return 0;
}
