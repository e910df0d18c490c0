// "time-layers": a layout in (nearly) linear time for graphs too big for dagre: a column
// per year, oldest on the left, so time reads left to right; within a column, nodes sit
// near what they cite (one barycentre sweep), which removes most crossings at almost no cost.
// Registered with cytoscape('layout', …) like any layout (see layouts.ts).
import type { Core, NodeSingular, Position } from 'cytoscape';

export interface LayersOptions {
  /** Horizontal distance between layers (model pixels). */
  layerSpacing: number;
  /** Vertical distance between nodes of a layer (model pixels). */
  nodeSpacing: number;
  /** Wrap a layer taller than this many nodes into sub-columns, so a huge layer stays readable. */
  maxColumnHeight: number;
}

/**
 * Positions by node id: one column per year (oldest on the left), so time reads left to
 * right whatever the shape of the graph (a long chain of yearly resolutions stays compact).
 * A node without a date joins the column of the newest document it cites, else of the
 * oldest that cites it, else a column of its own on the far left. Within a column nodes
 * are ordered by the mean position of what they cite (one barycentre sweep, left to right).
 */
export function layeredPositions(
  nodes: { id: string; time: number | null }[],
  edges: { source: string; target: string }[],
  options: LayersOptions,
): Map<string, Position> {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id, i));
  const n = nodes.length;
  const cites: number[][] = Array.from({ length: n }, () => []);
  const citedBy: number[][] = Array.from({ length: n }, () => []);
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    cites[s]!.push(t);
    citedBy[t]!.push(s);
  }
  const years = [...new Set(nodes.filter((x) => x.time !== null).map((x) => Math.floor(x.time!)))].sort((a, b) => a - b);
  const yearColumn = new Map(years.map((year, i) => [year, i + 1]));
  // Column 0 holds what has no date and nothing dated around it.
  const column = nodes.map((x) => (x.time === null ? -1 : yearColumn.get(Math.floor(x.time))!));
  for (let i = 0; i < n; i++) {
    if (column[i] !== -1) continue;
    const cited = cites[i]!.map((t) => column[t]!).filter((c) => c > 0);
    const citing = citedBy[i]!.map((s) => column[s]!).filter((c) => c > 0);
    column[i] = cited.length ? Math.max(...cited) : citing.length ? Math.min(...citing) : 0;
  }
  const columns: number[][] = [];
  for (let i = 0; i < n; i++) (columns[column[i]!] ??= []).push(i);
  const y = new Array<number>(n).fill(0);
  const placed = new Array<boolean>(n).fill(false);
  const positions = new Map<string, Position>();
  let x = 0;
  for (const members of columns) {
    if (!members) continue;
    const key = (i: number) => {
      const known = cites[i]!.filter((t) => placed[t]);
      if (known.length) return known.reduce((sum, t) => sum + y[t]!, 0) / known.length;
      return 0;
    };
    const keys = new Map(members.map((i) => [i, key(i)]));
    members.sort((a, b) => keys.get(a)! - keys.get(b)! || (nodes[a]!.time ?? 0) - (nodes[b]!.time ?? 0) || (nodes[a]!.id < nodes[b]!.id ? -1 : 1));
    const subColumns = Math.ceil(members.length / options.maxColumnHeight);
    const perColumn = Math.ceil(members.length / subColumns);
    members.forEach((i, rank) => {
      const sub = Math.floor(rank / perColumn);
      const row = rank % perColumn;
      y[i] = (row - (perColumn - 1) / 2) * options.nodeSpacing;
      placed[i] = true;
      positions.set(nodes[i]!.id, { x: x + sub * options.layerSpacing * 0.6, y: y[i]! });
    });
    x += options.layerSpacing * (1 + (subColumns - 1) * 0.6);
  }
  return positions;
}

/** The layout's options, each explained (Cytoscape passes `eles` and `cy` along). */
export const layersDefaults = {
  /** Horizontal distance between year columns (model pixels). */
  layerSpacing: 170,
  /** Vertical distance between nodes of a layer (model pixels). */
  nodeSpacing: 34,
  /** Wrap year columns taller than this into sub-columns. */
  maxColumnHeight: 40,
  /** Fit the viewport to the graph when done. */
  fit: true,
  /** Padding around the graph when fitting (pixels). */
  padding: 30,
  /** Animate nodes to their positions (off: big graphs). */
  animate: false,
  /** Length of the animation (ms). */
  animationDuration: 400,
};

type LayerRunOptions = typeof layersDefaults & { eles: ReturnType<Core['elements']>; cy: Core };

/** The layout class, in the shape Cytoscape's extension API expects (run/stop, layoutPositions). */
export function LayersLayout(this: { options: LayerRunOptions }, options: Partial<LayerRunOptions>) {
  this.options = { ...layersDefaults, ...options } as LayerRunOptions;
}
LayersLayout.prototype.run = function run(this: { options: LayerRunOptions }) {
  const { eles } = this.options;
  const nodes = eles.nodes();
  const positions = layeredPositions(
    nodes.map((node) => ({ id: node.id(), time: (node.data('time') as number | null) ?? null })),
    eles.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
    this.options,
  );
  nodes.layoutPositions(this as never, this.options as never, (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 });
  return this;
};
LayersLayout.prototype.stop = function stop() {
  return this;
};
