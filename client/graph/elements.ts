// Graph logic without a screen: turning the API's elements into Cytoscape's (label in
// the chosen language, classes for the stylesheet), merging new elements into a graph,
// and the browse view's history of expansions (expand, collapse, remove, undo).
// Everything here works on a headless Cytoscape instance.
import type { CollectionReturnValue, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData, OutlineData } from '../api.ts';
import { inLanguage, type Language } from '../i18n.ts';
import { nodeClasses } from './style.ts';
import { describeTime, estimatedYear } from './time.ts';

type WireNode = { data: NodeData };
type WireEdge = { data: EdgeData | OutlineData };
/** The API's elements, or any with fewer languages. */
type Elements = { nodes: readonly WireNode[]; edges: readonly WireEdge[] };

/** Instruments are drawn with their short name; documents with their symbol. */
export function displayLabel(data: WireNode['data'], language: Language): string {
  return (data.type === 'instrument' && inLanguage(data, 'title', language)) || data.label;
}

/** What a node's tooltip says: its symbol, its title in the chosen language (else the first there is), and when it was adopted. */
export function tooltipLines(data: WireNode['data'], language: Language): string[] {
  const title = inLanguage(data, 'title', language);
  return [data.label, title && title !== data.label ? title : null, describeTime(data)].filter((line): line is string => !!line);
}

/** Cytoscape element definitions for the API's elements. */
export function toDefinitions(elements: Elements, options: { focus: string | null; language: Language }): ElementDefinition[] {
  const definitions: ElementDefinition[] = [];
  const ids = new Set<string>();
  for (const node of elements.nodes) {
    if (ids.has(node.data.id)) continue;
    ids.add(node.data.id);
    definitions.push({
      group: 'nodes',
      data: { ...node.data, display: displayLabel(node.data, options.language), time: estimatedYear(node.data), weight: 0 },
      classes: nodeClasses(node.data, options.focus, node.data.id),
    });
  }
  for (const edge of elements.edges) {
    // An edge whose end is missing (cut by a cap) cannot be drawn.
    if (!ids.has(edge.data.source) || !ids.has(edge.data.target) || ids.has(edge.data.id)) continue;
    ids.add(edge.data.id);
    definitions.push({ group: 'edges', data: { ...edge.data } });
  }
  return definitions;
}

/** Relabels every node for another language (titles of instruments change). */
export function relabel(cy: Core, language: Language): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.data('display', displayLabel(node.data() as WireNode['data'], language));
    });
  });
}

export interface Merge {
  /** Ids of the nodes and edges the merge added (what undo removes). */
  nodes: string[];
  edges: string[];
}

/**
 * Adds the elements not yet in the graph; existing ones keep their position and data.
 * New nodes start at `origin` when given (so they can be animated out of it).
 */
export function mergeElements(
  cy: Core,
  elements: Elements,
  options: { focus: string | null; language: Language; origin?: { x: number; y: number } },
): Merge {
  const fresh = toDefinitions(
    {
      nodes: elements.nodes.filter((n: WireNode) => cy.getElementById(n.data.id).empty()),
      edges: elements.edges.filter((e: WireEdge) => cy.getElementById(e.data.id).empty()),
    },
    options,
  );
  // toDefinitions drops edges whose ends are not among the fresh nodes; re-add those whose ends already exist.
  const freshIds = new Set(fresh.map((d) => d.data.id as string));
  for (const edge of elements.edges) {
    if (freshIds.has(edge.data.id) || !cy.getElementById(edge.data.id).empty()) continue;
    const hasSource = freshIds.has(edge.data.source) || !cy.getElementById(edge.data.source).empty();
    const hasTarget = freshIds.has(edge.data.target) || !cy.getElementById(edge.data.target).empty();
    if (hasSource && hasTarget) {
      fresh.push({ group: 'edges', data: { ...edge.data } });
      freshIds.add(edge.data.id);
    }
  }
  if (options.origin) for (const d of fresh) if (d.group === 'nodes') d.position = { ...options.origin };
  const added = cy.add(fresh);
  return { nodes: added.nodes().map((n) => n.id()), edges: added.edges().map((e) => e.id()) };
}

/** The elements with these ids (those still in the graph). */
export function byIds(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  const wanted = new Set(ids);
  return cy.elements().filter((element) => wanted.has(element.id()));
}

export interface Expansion extends Merge {
  /** The node that was expanded. */
  parent: string;
}

/**
 * The browse view's expansions, newest last. Undo removes what the last expansion added;
 * collapse removes what expansions of one node added (unless something else holds it).
 */
export class ExpansionHistory {
  private readonly stack: Expansion[] = [];

  constructor(private readonly cy: Core) {}

  get size(): number {
    return this.stack.length;
  }

  record(expansion: Expansion): void {
    if (expansion.nodes.length || expansion.edges.length) this.stack.push(expansion);
  }

  isExpanded(id: string): boolean {
    return this.stack.some((e) => e.parent === id);
  }

  /** Removes what the last expansion added; returns it, or null when there is none. */
  undo(): Expansion | null {
    const last = this.stack.pop();
    if (!last) return null;
    this.cy.remove(byIds(this.cy, [...last.edges, ...last.nodes]));
    return last;
  }

  /**
   * Removes the nodes that expanding `id` brought in, except the focus, nodes brought in
   * by other expansions still on the stack, and nodes still linked to something else kept.
   */
  collapse(id: string, focus: string | null): string[] {
    const mine = this.stack.filter((e) => e.parent === id);
    if (!mine.length) return [];
    const others = this.stack.filter((e) => e.parent !== id);
    const keptByOthers = new Set(others.flatMap((e) => [...e.nodes, e.parent]));
    const candidates = new Set(mine.flatMap((e) => e.nodes));
    const removed: string[] = [];
    for (const nodeId of candidates) {
      if (nodeId === focus || keptByOthers.has(nodeId)) continue;
      const node = this.cy.getElementById(nodeId) as NodeSingular;
      if (node.empty()) continue;
      const linkedElsewhere = node.neighborhood().nodes().map((n) => n.id()).some((other) => other !== id && !candidates.has(other));
      if (linkedElsewhere) continue;
      removed.push(nodeId);
    }
    this.cy.remove(byIds(this.cy, removed));
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.parent === id) this.stack.splice(i, 1);
    return removed;
  }

  /** Removes one node (and its edges); forgets it in the history. */
  remove(id: string): void {
    this.cy.getElementById(id).remove();
    for (const expansion of this.stack) {
      expansion.nodes = expansion.nodes.filter((n) => n !== id);
    }
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.parent === id) this.stack.splice(i, 1);
  }

  clear(): void {
    this.stack.length = 0;
  }
}

/**
 * Where new nodes go around the node they came from: on rings, at angles that avoid
 * existing neighbours' side, so the rest of the picture stays where the user left it.
 */
export function ringPositions(
  center: { x: number; y: number },
  count: number,
  options: { radius?: number; spacing?: number; occupied?: readonly { x: number; y: number }[] } = {},
): { x: number; y: number }[] {
  const spacing = options.spacing ?? 60;
  const occupied = options.occupied ?? [];
  // a slot closer than this to a node already drawn is taken: new nodes go where there is room
  const free = (p: { x: number; y: number }) => occupied.every((o) => Math.hypot(o.x - p.x, o.y - p.y) >= spacing * 0.8);
  const positions: { x: number; y: number }[] = [];
  for (let ring = 0; positions.length < count; ring++) {
    const radius = (options.radius ?? 130) + ring * spacing * 1.2;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    // past a hundred rings (a crowded graph), slots are taken whether free or not
    const crowded = ring > 100;
    for (let i = 0; i < capacity && positions.length < count; i++) {
      const angle = (2 * Math.PI * i) / capacity + ring * 0.4;
      const p = { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
      if (crowded || free(p)) positions.push(p);
    }
  }
  return positions;
}

/** The graph as the API's element format (for the JSON export). */
export function exportElements(cy: Core): { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] } {
  const strip = (data: Record<string, unknown>) => {
    const { display: _display, time: _time, weight: _weight, ...rest } = data;
    return rest;
  };
  return {
    nodes: cy.nodes().map((n) => ({ data: strip(n.data()) })),
    edges: cy.edges().map((e) => ({ data: strip(e.data()) })),
  };
}
