// rank: after an ingest, each document's and instrument's importance in the citation graph —
// PageRank (graphology-metrics) over a projection of every citation and adoption, read from
// Neo4j and written back as `pagerank`. The explorer sizes nodes by it and the statistics
// list the core documents by it. Edges are sorted before the graph is built and scores
// rounded, so the same graph always gets the same scores, whatever order Neo4j reads it in.
import type { Driver } from 'neo4j-driver';
import { DirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import { runQuery } from '../server/db/run-query.ts';

// a CommonJS module whose types declare an ES default: required, so the function is what comes back
const pagerank: typeof import('graphology-metrics/centrality/pagerank.js').default = createRequire(import.meta.url)('graphology-metrics/centrality/pagerank');
const BATCH = 5000;
const INSTRUMENT = 'instrument:';

export interface RankSummary {
  nodes: number;
  edges: number;
  milliseconds: number;
}

/** Reads the citation graph, computes PageRank, writes `pagerank` on every node with an edge. */
export async function rankGraph(graph: { driver: Driver; database?: string }): Promise<RankSummary> {
  const started = performance.now();
  const projection = await runQuery({ driver: graph.driver, database: graph.database, routing: 'READ' }, 'write/rank-edges', {});
  const edges = projection.rows.map((r) => [r.source, r.target] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const citations = new DirectedGraph();
  for (const [source, target] of edges) {
    if (source === target) continue;
    citations.mergeEdge(source, target);
  }
  const scores = citations.order ? pagerank(citations, { getEdgeWeight: null }) : {};
  const rows = Object.entries(scores)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, score]) => (id.startsWith(INSTRUMENT) ? { id: null, key: id.slice(INSTRUMENT.length), score: round(score) } : { id, key: null, score: round(score) }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await runQuery({ driver: graph.driver, database: graph.database }, 'write/rank-scores', { rows: rows.slice(i, i + BATCH) });
  }
  // ranks are what a lineage shows (node size): the API servers' cached answers are now old
  await runQuery({ driver: graph.driver, database: graph.database }, 'write/graph-version', {});
  return { nodes: citations.order, edges: citations.size, milliseconds: Math.round(performance.now() - started) };
}

/** Nine significant digits: enough to rank, and the same on every run. */
const round = (x: number) => Number(x.toPrecision(9));

export const formatRankSummary = (s: RankSummary) => `PageRank: ${s.nodes} documents and instruments, ${s.edges} citations, in ${(s.milliseconds / 1000).toFixed(1)} s.`;
