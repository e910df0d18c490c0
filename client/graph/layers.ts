// "timeline": the lineage as a history. One column per year, oldest on the left, with the
// year written above it (the columns are kept in the layout's scratch for the axis); a
// separate "undated" column on the far left for nodes whose year nothing tells, so no date
// is guessed; within a column, nodes read top to bottom by body, then number, like a list.
// Linear time after the sort, so it also takes the 2,000-node lineage. Registered with
// cytoscape('layout', …) like any layout (see layouts.ts).
import type { Core, NodeSingular, Position } from 'cytoscape';

export interface LayersOptions {
  /** Horizontal distance between year columns (model pixels). */
  layerSpacing: number;
  /** Vertical distance between nodes of a column (model pixels). */
  nodeSpacing: number;
  /** Wrap a column taller than this many nodes into sub-columns of the same year. */
  maxColumnHeight: number;
}

export interface TimelineNode {
  id: string;
  /** Fractional year (time.ts estimatedYear), or null when nothing tells. */
  time: number | null;
  /** Order within a column: rank of the body or kind first, then the label in natural order. */
  rank: number;
  label: string;
}

/** A column of the timeline: its year (null: undated) and the x of its middle, for the axis. */
export interface TimelineColumn {
  year: number | null;
  x: number;
  /** How many nodes stand in it. */
  count: number;
}

export interface Timeline {
  positions: Map<string, Position>;
  columns: TimelineColumn[];
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Years skipped between two columns widen the gap a little (at most this many steps), so a jump in time shows. */
const MAX_GAP_STEPS = 4;

/** Positions by node id, and the columns (undated first, then the years in order). */
export function timelinePositions(nodes: readonly TimelineNode[], options: LayersOptions): Timeline {
  const byYear = new Map<number | null, TimelineNode[]>();
  for (const node of nodes) {
    const year = node.time === null ? null : Math.floor(node.time);
    let members = byYear.get(year);
    if (!members) byYear.set(year, (members = []));
    members.push(node);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
  const positions = new Map<string, Position>();
  const columns: TimelineColumn[] = [];
  let x = 0;
  let previous: number | null = null;
  for (const year of years) {
    const members = byYear.get(year)!;
    members.sort((a, b) => a.rank - b.rank || natural.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
    if (previous !== null && year !== null) x += options.layerSpacing * 0.15 * Math.min(MAX_GAP_STEPS, Math.max(0, year - previous - 1));
    const subColumns = Math.ceil(members.length / options.maxColumnHeight);
    const perColumn = Math.ceil(members.length / subColumns);
    // a full column's width, so the labels of one sub-column never run under the next one's nodes
    const subWidth = options.layerSpacing;
    members.forEach((node, i) => {
      positions.set(node.id, { x: x + Math.floor(i / perColumn) * subWidth, y: (i % perColumn) * options.nodeSpacing });
    });
    columns.push({ year, x: x + ((subColumns - 1) * subWidth) / 2, count: members.length });
    x += options.layerSpacing + (subColumns - 1) * subWidth;
    if (year !== null) previous = year;
  }
  return { positions, columns };
}

/** The layout's options, each explained (Cytoscape passes `eles` and `cy` along). */
export const layersDefaults = {
  /** Horizontal distance between year columns (model pixels): room for a label to the right of each node. */
  layerSpacing: 190,
  /** Vertical distance between nodes of a column (model pixels). */
  nodeSpacing: 36,
  /** Wrap year columns taller than this into sub-columns. */
  maxColumnHeight: 30,
  /** Each node's place within its column: (rank, label) from its data. */
  order: (_node: NodeSingular): { rank: number; label: string } => ({ rank: 0, label: '' }),
  /** Fit the viewport to the graph when done. */
  fit: true,
  /** Padding around the graph when fitting (pixels). */
  padding: 30,
  /** Animate nodes to their positions (off: big graphs). */
  animate: false,
  /** Length of the animation (ms). */
  animationDuration: 400,
};

/** Where the last timeline layout keeps its columns (cy.scratch), for the year axis. */
export const TIMELINE_SCRATCH = 'timeline';

type LayerRunOptions = typeof layersDefaults & { eles: ReturnType<Core['elements']>; cy: Core };

/** The layout class, in the shape Cytoscape's extension API expects (run/stop, layoutPositions). */
export function LayersLayout(this: { options: LayerRunOptions }, options: Partial<LayerRunOptions>) {
  this.options = { ...layersDefaults, ...options } as LayerRunOptions;
}
LayersLayout.prototype.run = function run(this: { options: LayerRunOptions }) {
  const { eles, cy, order } = this.options;
  const nodes = eles.nodes();
  const timeline = timelinePositions(
    nodes.map((node) => ({ id: node.id(), time: (node.data('time') as number | null) ?? null, ...order(node) })),
    this.options,
  );
  cy.scratch(TIMELINE_SCRATCH, timeline.columns);
  nodes.layoutPositions(this as never, this.options as never, (node: NodeSingular) => timeline.positions.get(node.id()) ?? { x: 0, y: 0 });
  return this;
};
LayersLayout.prototype.stop = function stop() {
  return this;
};
