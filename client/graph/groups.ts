// Walls of siblings become one node: when a document of the lineage cites (or is cited by)
// more than `max` documents of one kind that the walk first reached through it, they are
// drawn as one group node ("38 GA resolutions, 1976–2014") that the user can open. Edges
// to and from the members go to the group instead, one per (other end, relation), so the
// picture keeps every connection without the wall. Pure data in, data out: no screen.
import type { EdgeOutline, GraphEdge, GraphNode } from '../../server/wire.ts';
import { nodeCategory, type NodeCategory } from './style.ts';
import { estimatedYear } from './time.ts';

type NodeData = GraphNode['data'];
type EdgeData = GraphEdge['data'];
/** An edge with its evidence, or outlined (a lineage's, until its evidence is asked for). */
type Edge = GraphEdge | EdgeOutline;
type Elements = { nodes: readonly GraphNode[]; edges: readonly Edge[] };

export interface GroupInfo {
  /** "group:<parent>><side>><category>", stable across reloads, so an opened group can sit in the URL. */
  id: string;
  parent: string;
  /** 'cites': the parent cites the members (older); 'citedBy': the members cite the parent. */
  side: 'cites' | 'citedBy';
  category: NodeCategory;
  members: string[];
  /** First and last year among the members that have one. */
  from: number | null;
  to: number | null;
}

export type GroupNodeData = NodeData & { group: GroupInfo };
export type GroupEdgeData = EdgeData & { count: number };

export const isGroup = (data: NodeData): data is GroupNodeData => 'group' in data && !!(data as GroupNodeData).group;

/** More siblings of one kind than this are drawn as a group. */
export const GROUP_THRESHOLD = 12;

export const groupId = (parent: string, side: GroupInfo['side'], category: NodeCategory) => `group:${parent}>${side}>${category}`;

const NO_TITLES = { title_en: null, title_zh: null, title_fr: null, title_es: null, title_ru: null, title_ar: null };
/** An edge to a group stands for several citations, so it carries no one citation's evidence (nor does an outline, until its own is fetched). */
export const NO_EVIDENCE = {
  paragraph: null, part: null, verb: null, qualifier: null, quote: null, via: null, footnote: null, languages: [], locator: null,
  verb_en: null, verb_zh: null, verb_fr: null, verb_es: null, verb_ru: null, verb_ar: null,
  quote_en: null, quote_zh: null, quote_fr: null, quote_es: null, quote_ru: null, quote_ar: null,
};

/**
 * The elements with sibling walls replaced by group nodes. `open` holds the ids of groups
 * the user opened (drawn as their members); `describe` writes a group's label.
 */
export function groupSiblings(
  elements: Elements,
  focus: string,
  options: { max?: number; open?: ReadonlySet<string>; describe: (group: GroupInfo) => string },
): { nodes: GraphNode[]; edges: Edge[]; groups: GroupInfo[] } {
  const max = options.max ?? GROUP_THRESHOLD;
  const open = options.open ?? new Set<string>();
  const byId = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const { data } of elements.edges) {
    if (!byId.has(data.source) || !byId.has(data.target)) continue;
    (out.get(data.source) ?? out.set(data.source, []).get(data.source)!).push(data.target);
    (into.get(data.target) ?? into.set(data.target, []).get(data.target)!).push(data.source);
  }
  // Breadth-first from the focus: each node's parent is the node through which the walk first reached it.
  const children = new Map<string, string[]>();
  const seen = new Set([focus]);
  const queue = byId.has(focus) ? [focus] : [];
  for (let i = 0; i < queue.length; i++) {
    const parent = queue[i]!;
    for (const [side, next] of [['cites', out.get(parent) ?? []], ['citedBy', into.get(parent) ?? []]] as const) {
      for (const child of next) {
        if (seen.has(child)) continue;
        seen.add(child);
        queue.push(child);
        const key = groupId(parent, side, nodeCategory(byId.get(child)!));
        (children.get(key) ?? children.set(key, []).get(key)!).push(child);
      }
    }
  }
  const natural = new Intl.Collator('en', { numeric: true });
  const when = (id: string) => estimatedYear(byId.get(id)!) ?? Infinity;
  const groupOf = new Map<string, GroupInfo>();
  const groups: GroupInfo[] = [];
  for (const [id, members] of children) {
    if (members.length <= max || open.has(id)) continue;
    // listed as a history: oldest first, then by number
    members.sort((a, b) => when(a) - when(b) || natural.compare(a, b));
    const [parent, side, category] = id.slice('group:'.length).split('>') as [string, GroupInfo['side'], NodeCategory];
    const years = members.map((m) => estimatedYear(byId.get(m)!)).filter((y): y is number => y !== null).map(Math.floor);
    const group: GroupInfo = { id, parent, side, category, members, from: years.length ? Math.min(...years) : null, to: years.length ? Math.max(...years) : null };
    groups.push(group);
    for (const member of members) groupOf.set(member, group);
  }
  if (!groups.length) return { nodes: [...elements.nodes], edges: [...elements.edges], groups };

  const nodes: GraphNode[] = elements.nodes.filter((n) => !groupOf.has(n.data.id));
  for (const group of groups) {
    const members = group.members.map((m) => byId.get(m)!);
    const times = members.map(estimatedYear).filter((t): t is number => t !== null).sort((a, b) => a - b);
    const first = members[0]!;
    const data: GroupNodeData = {
      ...first,
      ...NO_TITLES,
      id: group.id,
      label: options.describe(group),
      symbol: null,
      key: null,
      session: null,
      date: null,
      // the group stands in the year of its median member (or undated when none has a year)
      year: times.length ? Math.floor(times[Math.floor(times.length / 2)]!) : null,
      ingested: members.some((m) => m.ingested),
      group,
    };
    nodes.push({ data });
  }
  const edges: Edge[] = [];
  const merged = new Map<string, GroupEdgeData>();
  for (const edge of elements.edges) {
    const source = groupOf.get(edge.data.source)?.id ?? edge.data.source;
    const target = groupOf.get(edge.data.target)?.id ?? edge.data.target;
    if (source === edge.data.source && target === edge.data.target) {
      edges.push(edge);
      continue;
    }
    if (source === target) continue;
    const id = `${source}|${edge.data.relation}|${target}`;
    const existing = merged.get(id);
    if (existing) existing.count++;
    else merged.set(id, { ...NO_EVIDENCE, id, source, target, relation: edge.data.relation, count: 1 });
  }
  for (const data of merged.values()) edges.push({ data });
  return { nodes, edges, groups };
}
