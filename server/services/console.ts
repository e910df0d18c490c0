// Use case: the Cypher console. The repository runs the query read-only and bounded; here
// the rows become plain JSON, and the nodes and relationships in them Cytoscape elements.
import neo4j from 'neo4j-driver';
import type { Repository } from '../repository.ts';
import type { GraphElements } from '../wire.ts';
import type { ConsoleLimits } from '../config.ts';
import { edgeEvidence, fitToBytes, toGraphNode, toPlain, type Plain } from './values.ts';
import { edgeTypeSchema } from '../wire.ts';

export interface ConsoleOptions extends ConsoleLimits {
  /** The transaction's tag (services/console-pool.ts ends it by this tag past the deadline). */
  tag: string;
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

/**
 * Runs a console query and shapes its answer within the limits: rows stop at the row cap or
 * when the next row would pass the byte cap (the records after it are never fetched), each
 * value is cut to the value cap, and the graph holds at most maxElements elements.
 */
export async function runConsole(repository: Repository, query: string, params: Record<string, unknown>, options: ConsoleOptions) {
  const started = performance.now();
  const nodes = new Map<string, neo4j.Node>();
  const relationships = new Map<string, neo4j.Relationship>();
  const rows: Plain[][] = [];
  let bytes = 2;
  let valuesCut = 0;
  let truncatedBy: 'rows' | 'bytes' | null = null;
  const onRecord = (values: unknown[]): boolean => {
    if (rows.length >= options.maxRows) {
      truncatedBy = 'rows';
      return false;
    }
    const row = values.map((value) => {
      const fitted = fitToBytes(toPlain(value), options.maxValueBytes);
      if (fitted.cut) valuesCut++;
      return fitted.value;
    });
    const rowBytes = Buffer.byteLength(JSON.stringify(row)) + 1;
    if (bytes + rowBytes > options.maxBytes) {
      truncatedBy = 'bytes';
      return false;
    }
    bytes += rowBytes;
    rows.push(row);
    if (nodes.size + relationships.size <= options.maxElements) for (const value of values) collectGraphValues(value, nodes, relationships);
    return true;
  };
  const { columns } = await repository.runReadOnly(query, params, { tag: options.tag, timeoutMs: options.timeoutMs, onRecord });
  const milliseconds = Math.round(performance.now() - started);

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
    columns,
    rows,
    rowCount: rows.length,
    truncated: truncatedBy !== null,
    truncatedBy,
    valuesCut,
    limits: { maxRows: options.maxRows, maxBytes: options.maxBytes, maxValueBytes: options.maxValueBytes, timeoutMs: options.timeoutMs },
    milliseconds,
    graph,
  };
}
