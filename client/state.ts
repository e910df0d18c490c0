// The page's state as a URL, both ways, so every view can be bookmarked, shared and
// reached with back/forward. Paths: "/" (start), "/document/<symbol as one segment>",
// "/console"; the rest in the query string. Parameters equal to their default are left out.
import type { EdgeType } from '../server/wire.ts';
import { EDGE_TYPES, RECALL_RELATIONS, RELATIONS } from './relations.ts';
import { INTERFACE_LANGUAGES, type Language } from './i18n.ts';
import type { LineageStyle } from './graph/layouts.ts';
import type { Filter } from './api.ts';

export type View = 'lineage' | 'browse' | 'recalled' | 'path' | 'console' | 'statistics';
export type Direction = 'ancestors' | 'descendants' | 'both';

export interface AppState {
  /** The document (or instrument:<key>) in focus; null on the start page and in the console. */
  symbol: string | null;
  view: View;
  direction: Direction;
  depth: number;
  /** Relations drawn in lineage and browse, and selected in recalled-by. */
  relations: EdgeType[];
  /** Recalled-by: also through documents that cite the text. */
  transitive: boolean;
  /** The console's query text. */
  query: string;
  language: Language;
  /** Lineage: the sibling groups the user opened (groups.ts ids), one `open` parameter each. */
  open: string[];
  /** Lineage: a timeline (a column per year) or dagre's compact drawing. */
  layout: LineageStyle;
  /** Lineage, browse and recalled-by: which documents they keep. */
  filter: Filter;
  /** Browse: the nodes expanded, in order (one `expand` parameter each), replayed on load. */
  expanded: string[];
  /** Paths: the text the focus should reach. */
  to: string | null;
}

export const NO_FILTER: Filter = { body: null, from: null, to: null, subject: null, ingested: false };
/** A date filter's bound: a year or a date (what the API accepts). */
export const FILTER_BOUND = /^\d{4}(?:-\d{2}-\d{2})?$/;

/** How many filters are set. */
export const activeFilters = (filter: Filter) => (['body', 'from', 'to', 'subject'] as const).filter((k) => filter[k]).length + (filter.ingested ? 1 : 0);


export const DEFAULT_STATE: AppState = {
  symbol: null,
  view: 'lineage',
  direction: 'both',
  depth: 2,
  relations: [...RELATIONS, 'ADOPTS'],
  transitive: false,
  query: '',
  language: 'en',
  open: [],
  layout: 'timeline',
  filter: NO_FILTER,
  expanded: [],
  to: null,
};

/** Recalled-by offers citation relations only; its default is the server's (recalls and reaffirms). */
export const RECALLED_DEFAULT: readonly EdgeType[] = RECALL_RELATIONS;

const VIEWS: readonly View[] = ['lineage', 'browse', 'recalled', 'path', 'console', 'statistics'];
const DIRECTIONS: readonly Direction[] = ['ancestors', 'descendants', 'both'];

/** Lineage: citations and adoptions; browse: every kind of edge; recalled-by: recalls and reaffirms. */
export function defaultRelations(view: View): EdgeType[] {
  if (view === 'recalled') return [...RECALLED_DEFAULT];
  if (view === 'browse') return [...EDGE_TYPES];
  return [...DEFAULT_STATE.relations];
}

export function parseUrl(url: URL): AppState {
  const params = url.searchParams;
  const state: AppState = { ...DEFAULT_STATE, relations: [...DEFAULT_STATE.relations], open: [], expanded: [] };
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'document' && segments[1]) {
    try {
      state.symbol = decodeURIComponent(segments.slice(1).join('/'));
    } catch {
      state.symbol = segments.slice(1).join('/');
    }
  }
  const view = params.get('view');
  if (segments[0] === 'console') state.view = 'console';
  else if (segments[0] === 'statistics') {
    // the statistics of the graph, with one document's chart when `doc` names it
    state.view = 'statistics';
    state.symbol = params.get('doc')?.trim().slice(0, 200) || null;
  }
  else if (view && (VIEWS as readonly string[]).includes(view)) state.view = view as View;
  const direction = params.get('direction');
  if (direction && (DIRECTIONS as readonly string[]).includes(direction)) state.direction = direction as Direction;
  const depth = Number(params.get('depth'));
  if (Number.isInteger(depth) && depth >= 1 && depth <= 6) state.depth = depth;
  const relations = params.get('relations');
  state.relations = defaultRelations(state.view);
  if (relations !== null) {
    state.relations = relations.split(',').filter((r): r is EdgeType => (EDGE_TYPES as readonly string[]).includes(r));
  }
  state.transitive = params.get('transitive') === 'true';
  if (state.view !== 'console' && state.view !== 'statistics') {
    const text = (key: string, max = 200) => params.get(key)?.trim().slice(0, max) || null;
    const bound = (key: string) => (FILTER_BOUND.test(params.get(key) ?? '') ? params.get(key) : null);
    state.filter = { body: text('body', 20), from: bound('from'), to: bound('to'), subject: text('subject'), ingested: params.get('ingested') === 'true' };
  }
  if (state.view === 'path') state.to = params.get('to')?.trim().slice(0, 200) || null;
  if (state.view === 'browse') state.expanded = params.getAll('expand').filter((id) => id.length > 0 && id.length <= 200).slice(0, 50);
  if (state.view === 'lineage') {
    state.open = params.getAll('open').filter((id) => id.startsWith('group:'));
    if (params.get('layout') === 'compact') state.layout = 'compact';
  }
  state.query = params.get('q') ?? '';
  const language = params.get('lang');
  if (language && (INTERFACE_LANGUAGES as readonly string[]).includes(language)) state.language = language as Language;
  return state;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The path and query string of a state (what goes into history.pushState). */
export function toUrl(state: AppState): string {
  const params = new URLSearchParams();
  let path = '/';
  if (state.view === 'console') {
    path = '/console';
    if (state.query) params.set('q', state.query);
  } else if (state.view === 'statistics') {
    path = '/statistics';
    if (state.symbol) params.set('doc', state.symbol);
  } else if (state.symbol) {
    path = `/document/${encodeURIComponent(state.symbol)}`;
    if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
    if (state.view === 'lineage' || state.view === 'browse') {
      if (state.direction !== DEFAULT_STATE.direction && state.view === 'lineage') params.set('direction', state.direction);
      if (state.depth !== DEFAULT_STATE.depth && state.view === 'lineage') params.set('depth', String(state.depth));
    }
    if (state.view === 'browse') for (const id of state.expanded) params.append('expand', id);
    if (state.view === 'path' && state.to) params.set('to', state.to);
    if (state.view === 'lineage') {
      if (state.layout !== DEFAULT_STATE.layout) params.set('layout', state.layout);
      for (const id of state.open) params.append('open', id);
    }
    if (state.view === 'recalled' && state.transitive) params.set('transitive', 'true');
    for (const key of ['body', 'from', 'to', 'subject'] as const) if (state.filter[key]) params.set(key, state.filter[key]!);
    if (state.filter.ingested) params.set('ingested', 'true');
    if (!sameSet(state.relations, defaultRelations(state.view))) params.set('relations', state.relations.join(','));
  }
  if (state.language !== DEFAULT_STATE.language) params.set('lang', state.language);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A copy of `state` with `change` applied; switching views resets the relation filter to the
 * new view's default; another document, direction or depth closes the opened groups; another
 * document, view, filter or relation set forgets the browse expansions.
 */
export function nextState(state: AppState, change: Partial<AppState>): AppState {
  const next = { ...state, ...change };
  if (change.view && change.view !== state.view && !change.relations) next.relations = defaultRelations(change.view);
  const redrawn = (['symbol', 'view', 'direction', 'depth', 'filter'] as const).some((k) => k in change && change[k] !== state[k]);
  if (redrawn && !change.open) next.open = [];
  // expansions belong to one document's browse view (and its filter and relations)
  const rebrowsed = (['symbol', 'view', 'filter', 'relations'] as const).some((k) => k in change && change[k] !== state[k]);
  if (rebrowsed && !change.expanded) next.expanded = [];
  return next;
}
