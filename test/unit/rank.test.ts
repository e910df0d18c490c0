// PageRank over the compact projection (ingest/rank.ts) against graphology-metrics' PageRank,
// which it replaces: the same scores on random citation graphs, and exactly the same scores
// whatever order the edges come in.
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import { buildProjection, pagerank } from '../../ingest/rank.ts';
import { mulberry32 } from '../bench/synthetic.ts';

const graphologyPagerank: typeof import('graphology-metrics/centrality/pagerank.js').default = createRequire(import.meta.url)('graphology-metrics/centrality/pagerank');

/** A random graph of node ids (not dense: gaps, as Neo4j's ids have), with parallel edges and self-loops. */
function randomEdges(nodes: number, edges: number, seed: number): [number, number][] {
  const random = mulberry32(seed);
  const id = () => 3 * Math.floor(random() * nodes) + 7;
  return Array.from({ length: edges }, () => {
    const source = id();
    // citations lean to older (smaller) ids, as real ones do; some self-loops and repeats
    return [source, random() < 0.05 ? source : Math.floor(random() * source)] as [number, number];
  });
}

function scoresOf(edges: [number, number][]): Map<number, number> {
  const projection = buildProjection(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), edges.length);
  const scores = pagerank(projection);
  return new Map([...projection.ids].map((id, i) => [id, scores[i]!]));
}

describe('rank', () => {
  it.each([
    { nodes: 10, edges: 30, seed: 1 },
    { nodes: 200, edges: 1000, seed: 2 },
    { nodes: 5000, edges: 20000, seed: 3 },
  ])('when $edges edges join $nodes nodes, then the scores are graphology’s to 8 digits', ({ nodes, edges, seed }) => {
    const list = randomEdges(nodes, edges, seed);
    const reference = new DirectedGraph();
    for (const [s, t] of list) if (s !== t) reference.mergeEdge(String(s), String(t));
    const expected = graphologyPagerank(reference, { getEdgeWeight: null });
    const actual = scoresOf(list);
    expect(actual.size).toBe(reference.order);
    for (const [id, score] of actual) expect(score).toBeCloseTo(expected[String(id)]!, 8 - Math.ceil(-Math.log10(score)));
    expect([...actual.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('when the same edges come in another order, then every score is exactly the same', () => {
    const list = randomEdges(3000, 12000, 4);
    const random = mulberry32(5);
    const shuffled = [...list].sort(() => random() - 0.5);
    expect(scoresOf(shuffled)).toEqual(scoresOf(list));
  });
});
