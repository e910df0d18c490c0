// Use case: the Cypher console. The repository runs the query read-only and bounded; here
// the rows become plain JSON, and the nodes and relationships in them Cytoscape elements.
import neo4j from 'neo4j-driver';
import type { Repository } from '../repository.ts';
import type { GraphElements } from '../wire.ts';
import { edgeEvidence, toGraphNode, toPlain } from './values.ts';
import { edgeTypeSchema } from '../wire.ts';

export interface ConsoleOptions {
  timeoutMs: number;
  maxRows: number;
  maxElements: number;
  signal?: AbortSignal;
}

function collectGraphValues(value: unknown, nodes: Map<string, neo4j.Node>, relationships: Map<string, neo4j.Relationship>): void {
  if (value === null || typeof value !== 'object') return;
  if (neo4j.isNode(value)) nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) relationships.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    for (const segment of value.segments) {
      nodes.set(segment.start.elementId, segment.start);
      nodes.set(segment.end.elementId, segment.end);
      relationships.set(segment.relationship.elementId, segment.relationship);
    }
    nodes.set(value.start.elementId, value.start);
  } else if (Array.isArray(value)) value.forEach((inner) => collectGraphValues(inner, nodes, relationships));
  else if (Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach((inner) => collectGraphValues(inner, nodes, relationships));
}

export async function runConsole(repository: Repository, query: string, params: Record<string, unknown>, options: ConsoleOptions) {
  const started = performance.now();
  const result = await repository.runReadOnly(query, params, { timeoutMs: options.timeoutMs, maxRows: options.maxRows, signal: options.signal });
  const milliseconds = Math.round(performance.now() - started);
  const nodes = new Map<string, neo4j.Node>();
  const relationships = new Map<string, neo4j.Relationship>();
  for (const row of result.records) row.forEach((value) => collectGraphValues(value, nodes, relationships));

  let graph: GraphElements | null = null;
  if (nodes.size > 0 || relationships.size > 0) {
    // A relationship whose ends the query did not return still needs them drawn.
    const missing = [...relationships.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((id) => !nodes.has(id));
    for (const node of await repository.nodesByElementId([...new Set(missing)].slice(0, options.maxElements))) nodes.set(node.elementId, node);
    const ids = new Map<string, string>();
    const graphNodes = [...nodes.values()].slice(0, options.maxElements).map((node) => {
      const element = toGraphNode(node.properties as Record<string, unknown>, node.labels);
      if (!element.data.id) element.data.id = node.elementId;
      ids.set(node.elementId, element.data.id);
      return element;
    });
    const graphEdges = [...relationships.values()]
      .filter((r) => ids.has(r.startNodeElementId) && ids.has(r.endNodeElementId) && edgeTypeSchema.safeParse(r.type).success)
      .slice(0, Math.max(0, options.maxElements - graphNodes.length))
      .map((r) => {
        return {
          data: {
            id: r.elementId,
            source: ids.get(r.startNodeElementId)!,
            target: ids.get(r.endNodeElementId)!,
            relation: edgeTypeSchema.parse(r.type),
            ...edgeEvidence(r.properties as Record<string, unknown>),
          },
        };
      });
    graph = { nodes: graphNodes, edges: graphEdges, truncated: nodes.size + relationships.size > options.maxElements };
  }
  return {
    columns: result.columns,
    rows: result.records.map((row) => row.map(toPlain)),
    rowCount: result.records.length,
    truncated: result.truncated,
    milliseconds,
    graph,
  };
}
