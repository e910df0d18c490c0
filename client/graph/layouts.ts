// Every layout the explorer uses, registered once, each with its options in a commented
// `defaults` object. Lineage is a timeline (layers.ts: a column per year, written on the
// axis) at every size; the "compact" lineage is dagre's, for small graphs only (DAGRE_MAX_NODES
// nodes and DAGRE_MAX_EDGES edges). Citation graphs are dense with long edges (every
// resolution recalls the founder of its line), and dagre turns each long edge into a chain
// of dummy nodes: measured headless, 96 nodes with 400 edges took 1.2–2 s and 200 nodes with
// 850 edges 8–9 s, all of it blocking the page; and its ranks cannot be pinned to years.
import cytoscape, { type Collection, type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { LayersLayout, layersDefaults } from './layers.ts';
import { CATEGORY_ORDER, nodeCategory } from './style.ts';
import { minRankDistance, yearRanks } from './time.ts';

let registered = false;

/** Registers the layout extensions; safe to call more than once. */
export function registerLayouts(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(dagre);
  cytoscape('layout', 'timeline', LayersLayout);
}

/** Above this many nodes, or DAGRE_MAX_EDGES edges, the compact lineage is drawn as a timeline instead. */
export const DAGRE_MAX_NODES = 150;
export const DAGRE_MAX_EDGES = 200;

/** Whether dagre may lay out a graph of this size without blocking the page for long (a few hundred ms at most). */
export const dagreCanTake = (nodes: number, edges: number) => nodes <= DAGRE_MAX_NODES && edges <= DAGRE_MAX_EDGES;

/** The compact lineage, with dagre: time reads left to right (older on the left), ranks only roughly by year. */
export const lineageDefaults = {
  name: 'dagre',
  /** 'RL': edges run from the citing (newer) document to the cited (older) one, so newer goes right. */
  rankDir: 'RL',
  /** 'network-simplex' gives compact, balanced ranks; 'longest-path' is faster on big graphs. */
  ranker: 'network-simplex',
  /** Space between nodes of one rank (model pixels): room for a label under each node. */
  nodeSep: 22,
  /** Space between ranks (model pixels): room for long symbols. */
  rankSep: 150,
  /** Space between parallel edges. */
  edgeSep: 6,
  /** Most ranks an edge may span when ranks follow the years (minLen); each costs dagre a dummy node. */
  maxYearSpan: 8,
  /** Fit the viewport to the graph when done. */
  fit: true,
  /** Padding around the graph when fitting (pixels). */
  padding: 30,
  /** Animate to the new positions (only on small graphs: see lineageLayout). */
  animate: false,
  animationDuration: 350,
};

/** The lineage: a column per year (layers.ts), the focus first, then by kind (the legend's order), then symbol in natural order. */
export const timelineDefaults = {
  ...layersDefaults,
  name: 'timeline',
  // the focus heads its year's column, where the eye starts
  order: (node: NodeSingular) => ({ rank: node.hasClass('focus') ? -1 : CATEGORY_ORDER.indexOf(nodeCategory(node.data())), label: String(node.data('symbol') ?? node.data('label') ?? node.id()) }),
};

export type LineageStyle = 'timeline' | 'compact';

/** Whether a lineage of this size in this style is drawn as the timeline (compact falls back to it when dagre cannot take the graph). */
export const drawnAsTimeline = (style: LineageStyle, nodes: number, edges: number) => style === 'timeline' || !dagreCanTake(nodes, edges);

/** Browse: new nodes are placed around the node they came from (elements.ts ringPositions), then animated there. */
export const browseDefaults = {
  name: 'preset',
  /** Animate from the expanded node to the ring. */
  animate: true,
  animationDuration: 450,
  /** Keep the user's viewport: do not fit after an expansion. */
  fit: false,
};

/** First picture of the browse view: the document in the middle, its neighbours on rings around it. */
export const neighbourhoodDefaults = {
  name: 'concentric',
  /** The focus (class "focus") on the inner ring, the rest outside. */
  concentric: (node: { hasClass(name: string): boolean; degree(): number }) => (node.hasClass('focus') ? 10 : 1),
  /** One ring per level. */
  levelWidth: () => 1,
  /** Room for a label between neighbours on a ring (model pixels). */
  minNodeSpacing: 55,
  /** Keep rings round even when the canvas is wide. */
  equidistant: false,
  avoidOverlap: true,
  animate: false,
  fit: true,
  padding: 30,
};

/** The browse view's first layout: rings for a neighbourhood, time-layers when it is very big. */
export function neighbourhoodLayout(nodeCount: number, _elements?: Collection): LayoutOptions {
  if (nodeCount > 300) return { ...timelineDefaults } as unknown as LayoutOptions;
  return { ...neighbourhoodDefaults } as unknown as LayoutOptions;
}

/** First picture of console graphs: a force-directed layout from Cytoscape itself. */
export const forceDefaults = {
  name: 'cose',
  /** Deterministic start so the same graph looks the same twice. */
  randomize: false,
  /** Ideal edge length (model pixels). */
  idealEdgeLength: () => 140,
  /** Repulsion between nodes: more gives labels room. */
  nodeRepulsion: () => 60000,
  /** Iteration cap: a fixed cost, so big console results stay responsive. */
  numIter: 600,
  /** Draw only when done (no per-frame refresh). */
  animate: false,
  fit: true,
  padding: 30,
};

/**
 * The lineage layout for `elements`: the timeline, or (compact, for graphs dagre can take)
 * dagre with ranks that follow the years (an edge spans as many ranks as distinct years lie between its ends).
 */
export function lineageLayout(nodeCount: number, elements?: Collection, style: LineageStyle = 'timeline'): LayoutOptions {
  if (drawnAsTimeline(style, nodeCount, elements ? elements.edges().length : 0)) return { ...timelineDefaults } as unknown as LayoutOptions;
  const ranks = elements ? yearRanks(elements.nodes().map((n) => ({ id: n.id(), time: (n.data('time') as number | null) ?? null }))) : new Map<string, number>();
  const { maxYearSpan, ...options } = lineageDefaults;
  return {
    ...options,
    minLen: (edge: EdgeSingular) => minRankDistance(ranks, edge.source().id(), edge.target().id(), maxYearSpan),
  } as unknown as LayoutOptions;
}

/** Force-directed for small graphs, time-layers for big ones (console results). */
export function overviewLayout(nodeCount: number, _elements?: Collection): LayoutOptions {
  if (nodeCount > 300) return { ...timelineDefaults } as unknown as LayoutOptions;
  return { ...forceDefaults } as unknown as LayoutOptions;
}
