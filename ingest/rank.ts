// rank: after an ingest, each document's and instrument's importance in the citation graph —
// PageRank over a projection of every citation and adoption, streamed from Neo4j and written
// back as `pagerank`. The explorer sizes nodes by it and the statistics list the core documents
// by it.
//
// The projection is compact, whatever the size of the graph: edges are streamed into typed
// arrays of Neo4j's node ids and turned into a CSR (compressed sparse rows) adjacency: 8 bytes
// an edge as it is read (16 while a growing array doubles), 4 in the CSR, and 36 bytes a node
// (plus 4 for every node id below the largest), never a JS object per node or edge. The same graph always gets the
// same scores, whatever order Neo4j reads it in: the power iteration sums whole multiples of
// 2⁻⁵² (exact in a double, so the order of the sums does not matter) and scores are rounded.
// The algorithm is graphology-metrics' PageRank (α 0.85, 100 iterations at most, tolerance
// 10⁻⁶ a node, dangling nodes' rank spread over all, parallel edges and self-citations ignored).
import type { Driver } from 'neo4j-driver';
import { runQuery, streamQuery } from '../server/db/run-query.ts';

const BATCH = 5000;
const ALPHA = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;
/** Ranks are held as whole multiples of 2⁻⁵²: they sum to about 1, so every sum stays below 2⁵³ and exact. */
const SCALE = 2 ** 52;

export interface RankSummary {
  nodes: number;
  edges: number;
  milliseconds: number;
}

/** A growing array of 32-bit whole numbers (doubling, as a JS array would, but 4 bytes an item). */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** The citation graph as CSR: node i's distinct targets are targets[starts[i] … starts[i+1]). */
export interface Projection {
  /** Neo4j's node id of each node, ascending. */
  ids: Int32Array;
  starts: Int32Array;
  targets: Int32Array;
}

/** Edges as (source, target) node ids → the CSR projection (self-loops and parallel edges dropped). */
export function buildProjection(sources: Int32Array, targets: Int32Array, count: number): Projection {
  let maxId = -1;
  for (let e = 0; e < count; e++) maxId = Math.max(maxId, sources[e]!, targets[e]!);
  // node id → dense index + 1 (0: not a node of the projection), dense indices in id order
  const dense = new Int32Array(maxId + 1);
  for (let e = 0; e < count; e++) {
    if (sources[e] === targets[e]) continue;
    dense[sources[e]!] = 1;
    dense[targets[e]!] = 1;
  }
  let n = 0;
  for (let id = 0; id <= maxId; id++) if (dense[id]) dense[id] = ++n;
  const ids = new Int32Array(n);
  for (let id = 0; id <= maxId; id++) if (dense[id]) ids[dense[id]! - 1] = id;
  const starts = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) if (sources[e] !== targets[e]) starts[dense[sources[e]!]!]!++;
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, n);
  const adjacency = new Int32Array(starts[n]!);
  for (let e = 0; e < count; e++) if (sources[e] !== targets[e]) adjacency[fill[dense[sources[e]!]! - 1]!++] = dense[targets[e]!]! - 1;
  // parallel edges (two relations, two paragraphs) count once: sort each row and keep the distinct
  let kept = 0;
  const compacted = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const row = adjacency.subarray(starts[i], starts[i + 1]).sort();
    compacted[i] = kept;
    for (let j = 0; j < row.length; j++) if (j === 0 || row[j] !== row[j - 1]) adjacency[kept++] = row[j]!;
  }
  compacted[n] = kept;
  return { ids, starts: compacted, targets: adjacency.slice(0, kept) };
}

/** PageRank of every node of the projection (graphology-metrics' algorithm, in exact fixed point). */
export function pagerank({ starts, targets }: Pick<Projection, 'starts' | 'targets'>): Float64Array {
  const n = starts.length - 1;
  const p = 1 / n;
  let x = new Float64Array(n).fill(Math.round(p * SCALE));
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    [x, last] = [last, x];
    let dangling = 0;
    for (let i = 0; i < n; i++) if (starts[i] === starts[i + 1]) dangling += last[i]!;
    const base = Math.round(ALPHA * dangling * p + (1 - ALPHA) * p * SCALE);
    x.fill(base);
    for (let i = 0; i < n; i++) {
      const degree = starts[i + 1]! - starts[i]!;
      if (degree === 0) continue;
      const share = Math.round((ALPHA * last[i]!) / degree);
      for (let j = starts[i]!; j < starts[i + 1]!; j++) x[targets[j]!]! += share;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error / SCALE < n * TOLERANCE) break;
    if (iteration === MAX_ITERATIONS - 1) throw new Error('PageRank did not converge');
  }
  for (let i = 0; i < n; i++) x[i] = round(x[i]! / SCALE);
  return x;
}

/** Reads the citation graph, computes PageRank, writes `pagerank` on every node with an edge. */
export async function rankGraph(graph: { driver: Driver; database?: string }): Promise<RankSummary> {
  const started = performance.now();
  const sources = new IntList();
  const targets = new IntList();
  for await (const edge of streamQuery(graph, 'write/rank-edges', {})) {
    sources.push(edge.source);
    targets.push(edge.target);
  }
  const projection = buildProjection(sources.data, targets.data, sources.length);
  sources.data = targets.data = new Int32Array(0);
  const nodes = projection.ids.length;
  const scores = nodes ? pagerank(projection) : new Float64Array(0);
  for (let i = 0; i < nodes; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(nodes, i + BATCH); j++) rows.push({ id: projection.ids[j]!, score: scores[j]! });
    await runQuery({ driver: graph.driver, database: graph.database }, 'write/rank-scores', { rows });
  }
  // ranks are what a lineage shows (node size): the API servers' cached answers are now old
  await runQuery({ driver: graph.driver, database: graph.database }, 'write/graph-version', {});
  return { nodes, edges: projection.targets.length, milliseconds: Math.round(performance.now() - started) };
}

/** Nine significant digits: enough to rank, and the same on every run. */
const round = (x: number) => Number(x.toPrecision(9));

export const formatRankSummary = (s: RankSummary) => `PageRank: ${s.nodes} documents and instruments, ${s.edges} citations, in ${(s.milliseconds / 1000).toFixed(1)} s.`;
