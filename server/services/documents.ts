// Use cases over documents and instruments: look one up by any spelling, its citations,
// who recalls it, its lineage and its neighbourhood. Routes call these; these call the repository.
import { bareNumberPrefixes, parseSymbolQuery } from '../../ingest/symbols.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { Repository } from '../repository.ts';
import type { EdgeRow } from '../query-schemas.ts';
import { EDGE_TYPES, EXTRACTED_LANGUAGES, OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';
import { type EdgeType, type GraphElements, type GraphNode, type Relation } from '../wire.ts';
import { ElementsBuilder, toGraphEdge, toGraphNode } from './values.ts';

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
export async function resolveTarget(repository: Repository, input: string): Promise<Target> {
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

export async function getDocument(repository: Repository, input: string) {
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
  repository: Repository,
  input: string,
  options: { direction: 'out' | 'in'; relations: Relation[]; limit: number; cursor?: string },
) {
  const target = await resolveTarget(repository, input);
  const skip = options.cursor ? decodeCursor(options.cursor) : 0;
  const symbol = target.type === 'document' ? target.symbol : null;
  let rows: EdgeRow[];
  if (target.type === 'instrument') {
    // An instrument cites nothing; what cites it comes through recalled-by's query.
    rows = options.direction === 'out' ? [] : (await repository.run('recalled-by', { symbol: null, key: target.key, ...filterParams(), relations: options.relations, includeModified: false, limit: skip + options.limit + 1 })).slice(skip);
  } else {
    const query = options.direction === 'out' ? 'citations-out' : 'citations-in';
    rows = await repository.run(query, { symbol: symbol!, relations: options.relations, skip, limit: options.limit + 1 });
  }
  const page = rows.slice(0, options.limit);
  return {
    target: target.type === 'document' ? target.symbol : `instrument:${target.key}`,
    direction: options.direction,
    citations: page.map((row) => citationView(row)),
    nextCursor: rows.length > options.limit ? encodeCursor(skip + options.limit) : null,
  };
}

function citationView(row: EdgeRow) {
  const { id: _id, source: _source, target: _target, relation, locator: _locator, ...evidence } = toGraphEdge(row).data;
  return { from: toGraphNode(row.fromProps, row.fromLabels).data, to: toGraphNode(row.toProps, row.toLabels).data, relation, evidence };
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadRequestError('this cursor is not one the API gave out');
  return Number(match[1]);
}

/** Every document that recalls (or otherwise cites, as asked) a text, oldest first, with its paragraph evidence. */
export async function recalledBy(
  repository: Repository,
  input: string,
  options: { relations: Relation[]; transitive: boolean; includeModified: boolean; limit: number; filter?: DocumentFilter },
) {
  const target = await resolveTarget(repository, input);
  const filters = filterParams(options.filter);
  const direct = await repository.run('recalled-by', { ...targetParams(target), ...filters, relations: options.relations, includeModified: options.includeModified, limit: options.limit });
  const seen = new Set(direct.map((row) => String(row.fromProps.symbol)));
  const results = direct.map((row) => ({ ...citationView(row), depth: 1 }));
  if (options.transitive) {
    const indirect = await repository.run('recalled-by-transitive', { ...targetParams(target), ...filters, relations: options.relations, limit: options.limit });
    for (const row of indirect) {
      if (seen.has(String(row.fromProps.symbol))) continue;
      seen.add(String(row.fromProps.symbol));
      results.push({ ...citationView(row), depth: row.depth });
    }
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

/** The lineage as Cytoscape elements: breadth-first, one query per level and direction, capped at maxNodes. */
export async function lineage(
  repository: Repository,
  input: string,
  options: { direction: 'ancestors' | 'descendants' | 'both'; depth: number; relations: EdgeType[]; maxNodes: number; filter?: DocumentFilter },
): Promise<GraphElements & { focus: string }> {
  const target = await resolveTarget(repository, input);
  const focus = target.node;
  const walks = {
    ancestors: newWalk(focus, options.direction !== 'descendants'),
    descendants: newWalk(focus, options.direction !== 'ancestors'),
  };
  // Breadth-first, one query per level for both directions at once, each direction with its
  // own frontier and its own share of the node cap.
  for (let level = 0; level < options.depth; level++) {
    const limits = { ancestors: stepLimit(walks.ancestors, options.maxNodes), descendants: stepLimit(walks.descendants, options.maxNodes) };
    if (limits.ancestors === 0 && limits.descendants === 0) break;
    const rows = await repository.run('lineage-step', {
      ancestorSymbols: symbolsOf(walks.ancestors.frontier),
      ancestorKeys: keysOf(walks.ancestors.frontier),
      descendantSymbols: symbolsOf(walks.descendants.frontier),
      descendantKeys: keysOf(walks.descendants.frontier),
      ancestorLimit: limits.ancestors,
      descendantLimit: limits.descendants,
      relations: options.relations,
    });
    for (const direction of ['ancestors', 'descendants'] as const) {
      const found = rows.filter((row) => row.direction === direction);
      advance(walks[direction], found, limits[direction]);
    }
  }
  // Ancestors first, so a cut keeps where the text comes from before who relied on it.
  const builder = new ElementsBuilder(options.maxNodes);
  builder.addNode(focus);
  const rows = [...walks.ancestors.rows, ...walks.descendants.rows];
  // A filter keeps the documents it matches (and the focus), with the edges between them:
  // the walk goes through every document, so a match beyond one that is filtered out is still found.
  const keep = options.filter && hasFilter(options.filter) ? await lineageFilter(repository, rows, focus.data.id, options.filter) : null;
  for (const row of rows) {
    if (!keep) builder.addRow(row);
    else {
      const [from, to] = [keep(row.fromProps, row.fromLabels), keep(row.toProps, row.toLabels)];
      if (from && to) builder.addRow(row);
      else if (from) builder.addNode(toGraphNode(row.fromProps, row.fromLabels));
      else if (to) builder.addNode(toGraphNode(row.toProps, row.toLabels));
    }
  }
  if (walks.ancestors.cut || walks.descendants.cut) builder.truncated = true;
  return { ...builder.build(), focus: focus.data.id };
}

/** Which lineage nodes a filter keeps: one query for the subject, the rest from the nodes' own data. */
async function lineageFilter(repository: Repository, rows: EdgeRow[], focusId: string, filter: DocumentFilter) {
  let withSubject: Set<string> | null = null;
  if (filter.subject) {
    const symbols = [...new Set(rows.flatMap((r) => [r.fromProps.symbol, r.toProps.symbol]).filter((s): s is string => typeof s === 'string'))];
    withSubject = new Set((await repository.run('documents-with-subject', { symbols, subject: filter.subject })).map((r) => r.symbol));
  }
  return (props: Record<string, unknown>, labels: string[]) => {
    const node = toGraphNode(props, labels).data;
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
  frontier: GraphNode['data'][];
  seen: Set<string>;
  rows: EdgeRow[];
  cut: boolean;
}

const newWalk = (focus: GraphNode, active: boolean): Walk => ({ frontier: active ? [focus.data] : [], seen: new Set([focus.data.id]), rows: [], cut: false });
const symbolsOf = (nodes: GraphNode['data'][]) => nodes.filter((n) => n.type === 'document').map((n) => n.symbol!);
const keysOf = (nodes: GraphNode['data'][]) => nodes.filter((n) => n.type === 'instrument').map((n) => n.key!);

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

function advance(walk: Walk, found: EdgeRow[], limit: number): void {
  if (limit === 0) return;
  if (found.length === limit) walk.cut = true;
  const next: GraphNode['data'][] = [];
  for (const row of found) {
    walk.rows.push(row);
    for (const end of [toGraphNode(row.fromProps, row.fromLabels).data, toGraphNode(row.toProps, row.toLabels).data]) {
      if (!walk.seen.has(end.id)) {
        walk.seen.add(end.id);
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
  repository: Repository,
  input: string,
  options: { relations: EdgeType[]; limit: number; filter?: DocumentFilter },
): Promise<GraphElements & { focus: string }> {
  const target = await resolveTarget(repository, input);
  const focus = target.node;
  let rows = await repository.run('neighbourhood', { ...targetParams(target), relations: options.relations, limit: options.limit + 1 });
  if (options.filter && hasFilter(options.filter)) {
    const keep = await lineageFilter(repository, rows, focus.data.id, options.filter);
    rows = rows.filter((row) => keep(row.fromProps, row.fromLabels) && keep(row.toProps, row.toLabels));
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
  repository: Repository,
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
