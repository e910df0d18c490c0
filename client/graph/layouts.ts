// Every layout the explorer uses, registered once, each with its options in a commented
// `defaults` object. Lineage uses dagre up to DAGRE_MAX_NODES nodes; above that the
// linear-time time-layers layout (dagre's crossing minimisation grows much faster than
// the graph and would freeze the page).
import cytoscape, { type Collection, type EdgeSingular, type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { LayersLayout, layersDefaults } from './layers.ts';
import { minRankDistance, yearRanks } from './time.ts';

let registered = false;

/** Registers the layout extensions; safe to call more than once. */
export function registerLayouts(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(dagre);
  cytoscape('layout', 'time-layers', LayersLayout);
}

/** Above this many nodes lineage is drawn with time-layers instead of dagre. */
export const DAGRE_MAX_NODES = 500;

/** Lineage with dagre: time reads left to right (older on the left). */
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

/** Big lineage graphs: the layered layout of layers.ts. */
export const bigLineageDefaults = { ...layersDefaults, name: 'time-layers' };

/** Browse: new nodes are placed around the node they came from (elements.ts ringPositions), then animated there. */
export const browseDefaults = {
  name: 'preset',
  /** Animate from the expanded node to the ring. */
  animate: true,
  animationDuration: 450,
  /** Keep the user's viewport: do not fit after an expansion. */
  fit: false,
};

/** First picture of the browse view and console graphs: a force-directed layout from Cytoscape itself. */
export const forceDefaults = {
  name: 'cose',
  /** Deterministic start so the same graph looks the same twice. */
  randomize: false,
  /** Ideal edge length (model pixels). */
  idealEdgeLength: () => 90,
  /** Repulsion between nodes: more gives labels room. */
  nodeRepulsion: () => 9000,
  /** Iteration cap: a fixed cost, so big console results stay responsive. */
  numIter: 600,
  /** Draw only when done (no per-frame refresh). */
  animate: false,
  fit: true,
  padding: 30,
};

/**
 * The lineage layout for `elements`: dagre with ranks that follow the years (an edge spans
 * as many ranks as distinct years lie between its ends), or time-layers above DAGRE_MAX_NODES.
 */
export function lineageLayout(nodeCount: number, elements?: Collection): LayoutOptions {
  if (nodeCount > DAGRE_MAX_NODES) return { ...bigLineageDefaults } as unknown as LayoutOptions;
  const ranks = elements ? yearRanks(elements.nodes().map((n) => ({ id: n.id(), time: (n.data('time') as number | null) ?? null }))) : new Map<string, number>();
  const { maxYearSpan, ...options } = lineageDefaults;
  return {
    ...options,
    minLen: (edge: EdgeSingular) => minRankDistance(ranks, edge.source().id(), edge.target().id(), maxYearSpan),
  } as unknown as LayoutOptions;
}

/** Force-directed for small graphs, time-layers for big ones (console results). */
export function overviewLayout(nodeCount: number, _elements?: Collection): LayoutOptions {
  if (nodeCount > 300) return { ...bigLineageDefaults } as unknown as LayoutOptions;
  return { ...forceDefaults } as unknown as LayoutOptions;
}
