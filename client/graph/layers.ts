// "time-layers": a layered layout in linear time for graphs too big for dagre. Citation
// edges point from the newer document to the older one, so a longest-path layering puts
// every document to the right of everything it cites: time reads left to right. Within a
// layer, nodes are ordered by the mean position of their neighbours in the layer before
// (one barycentre sweep), which removes most crossings at almost no cost.
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

/** Positions by node id: layer (x) from the citation order, rank within the layer (y). */
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
  const outstanding = new Array<number>(n).fill(0);
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    cites[s]!.push(t);
    citedBy[t]!.push(s);
    outstanding[s]!++;
  }
  // Kahn's algorithm from the oldest (documents citing nothing in the graph): layer = 1 + max(layer of what it cites).
  const layer = new Array<number>(n).fill(0);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (outstanding[i] === 0) queue.push(i);
  const done = new Array<boolean>(n).fill(false);
  const release = (i: number) => {
    done[i] = true;
    for (const s of citedBy[i]!) {
      if (done[s]) continue; // the far end of a broken cycle keeps its layer
      layer[s] = Math.max(layer[s]!, layer[i]! + 1);
      if (--outstanding[s]! === 0) queue.push(s);
    }
  };
  let head = 0;
  let scan = 0;
  for (;;) {
    while (head < queue.length) {
      const i = queue[head++]!;
      if (!done[i]) release(i);
    }
    // A cycle (rare: documents citing each other) stalls the queue: break it at the next undone node.
    while (scan < n && done[scan]) scan++;
    if (scan === n) break;
    queue.push(scan);
  }
  const layers: number[][] = [];
  for (let i = 0; i < n; i++) (layers[layer[i]!] ??= []).push(i);
  const y = new Array<number>(n).fill(0);
  const positions = new Map<string, Position>();
  let x = 0;
  for (const members of layers) {
    if (!members) continue;
    // Barycentre of what each node cites (already placed: it is in an earlier layer); ties by time.
    const key = (i: number) => {
      const placed = cites[i]!;
      if (placed.length) return placed.reduce((sum, t) => sum + y[t]!, 0) / placed.length;
      return nodes[i]!.time ?? 0;
    };
    const keys = new Map(members.map((i) => [i, key(i)]));
    members.sort((a, b) => keys.get(a)! - keys.get(b)! || (nodes[a]!.time ?? 0) - (nodes[b]!.time ?? 0));
    const columns = Math.ceil(members.length / options.maxColumnHeight);
    const perColumn = Math.ceil(members.length / columns);
    members.forEach((i, rank) => {
      const column = Math.floor(rank / perColumn);
      const row = rank % perColumn;
      y[i] = (row - (perColumn - 1) / 2) * options.nodeSpacing;
      positions.set(nodes[i]!.id, { x: x + column * options.layerSpacing * 0.6, y: y[i]! });
    });
    x += options.layerSpacing * (1 + (columns - 1) * 0.6);
  }
  return positions;
}

/** The layout's options, each explained (Cytoscape passes `eles` and `cy` along). */
export const layersDefaults = {
  /** Horizontal distance between layers (model pixels). */
  layerSpacing: 220,
  /** Vertical distance between nodes of a layer (model pixels). */
  nodeSpacing: 34,
  /** Wrap layers taller than this into sub-columns. */
  maxColumnHeight: 60,
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
