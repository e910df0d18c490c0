// The current view for Gephi, Cytoscape desktop, yEd, NetworkX and spreadsheets: GraphML,
// GEXF (written by graphology-gexf) and CSV tables of nodes and of edges (the columns
// Gephi's spreadsheet import reads: Id, Label; Source, Target, Type). Every format carries
// the same attributes, listed once in the tables below; positions and colours as drawn.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/browser/writer.js';
import { toCsv } from '../csv.ts';
import { nodeCategory } from './style.ts';
import { OFFICIAL_LANGUAGES } from '../../ingest/vocabulary.ts';

type Value = string | number | boolean | null;
interface Attribute<T> {
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
  value: (element: T) => Value;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const integer = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null);

/** What each node carries, in every format. */
export const NODE_ATTRIBUTES: Attribute<NodeSingular>[] = [
  { name: 'category', type: 'string', value: (n) => nodeCategory(n.data()) },
  { name: 'type', type: 'string', value: (n) => (n.data('group') ? 'group' : text(n.data('type'))) },
  { name: 'symbol', type: 'string', value: (n) => text(n.data('symbol')) },
  { name: 'body', type: 'string', value: (n) => text(n.data('body')) },
  { name: 'kind', type: 'string', value: (n) => text(n.data('kind')) },
  { name: 'date', type: 'string', value: (n) => text(n.data('date')) },
  { name: 'year', type: 'int', value: (n) => integer(n.data('year')) ?? (typeof n.data('time') === 'number' ? Math.floor(n.data('time')) : null) },
  { name: 'ingested', type: 'boolean', value: (n) => n.data('ingested') === true },
  { name: 'members', type: 'int', value: (n) => (n.data('group') ? (n.data('group') as { members: string[] }).members.length : null) },
  ...OFFICIAL_LANGUAGES.map((language) => ({ name: `title_${language}`, type: 'string' as const, value: (n: NodeSingular) => text(n.data(`title_${language}`)) })),
];

/** What each edge carries, in every format. */
export const EDGE_ATTRIBUTES: Attribute<EdgeSingular>[] = [
  { name: 'relation', type: 'string', value: (e) => text(e.data('relation')) },
  { name: 'paragraph', type: 'string', value: (e) => text(e.data('paragraph')) },
  { name: 'verb', type: 'string', value: (e) => text(e.data('verb')) },
  { name: 'qualifier', type: 'string', value: (e) => text(e.data('qualifier')) },
  { name: 'footnote', type: 'int', value: (e) => integer(e.data('footnote')) },
  { name: 'quote', type: 'string', value: (e) => text(e.data('quote')) },
  // an edge to a group of siblings stands for this many citations
  { name: 'citations', type: 'int', value: (e) => integer(e.data('count')) ?? 1 },
];

const label = (n: NodeSingular) => String(n.data('display') ?? n.data('label') ?? n.id());
const colour = (n: NodeSingular) => String(n.style('border-color'));

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GraphML (directed), with keys for every attribute, the label, and the drawn position. */
export function toGraphml(cy: Core): string {
  const keys = [
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="x" for="node" attr.name="x" attr.type="double"/>',
    '<key id="y" for="node" attr.name="y" attr.type="double"/>',
    '<key id="color" for="node" attr.name="color" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map((a) => `<key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${a.type}"/>`),
    ...EDGE_ATTRIBUTES.map((a) => `<key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${a.type}"/>`),
  ];
  const data = (key: string, value: Value) => (value === null ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`);
  const nodes = cy.nodes().map((n) => {
    const { x, y } = n.position();
    return `<node id="${escapeXml(n.id())}">${data('label', label(n))}${data('x', Math.round(x))}${data('y', Math.round(y))}${data('color', colour(n))}${NODE_ATTRIBUTES.map((a) => data(`n_${a.name}`, a.value(n))).join('')}</node>`;
  });
  const edges = cy.edges().map(
    (e) => `<edge id="${escapeXml(e.id())}" source="${escapeXml(e.source().id())}" target="${escapeXml(e.target().id())}">${EDGE_ATTRIBUTES.map((a) => data(`e_${a.name}`, a.value(e))).join('')}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '<graph id="citegraph" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

const attributes = <T>(table: Attribute<T>[], element: T) => Object.fromEntries(table.map((a) => [a.name, a.value(element)]).filter(([, v]) => v !== null));

/** GEXF 1.3 with the same attributes, and Gephi's viz position and colour. */
export function toGexf(cy: Core): string {
  const graph = new MultiDirectedGraph();
  cy.nodes().forEach((n) => {
    graph.addNode(n.id());
  });
  cy.edges().forEach((e) => {
    graph.addEdgeWithKey(e.id(), e.source().id(), e.target().id());
  });
  return writeGexf(graph, {
    version: '1.3',
    // Gephi's y axis points up: flip it so the picture is not mirrored
    formatNode: (key: string) => {
      const n = cy.getElementById(key) as NodeSingular;
      return { label: label(n), attributes: attributes(NODE_ATTRIBUTES, n), viz: { color: colour(n), x: n.position().x, y: -n.position().y } };
    },
    formatEdge: (key: string) => {
      const e = cy.getElementById(key) as EdgeSingular;
      return { label: String(e.data('relation')), weight: integer(e.data('count')) ?? 1, attributes: attributes(EDGE_ATTRIBUTES, e) };
    },
  });
}

/** The nodes as a CSV table (Gephi: Id, Label, then the attributes). */
export function nodesCsv(cy: Core): string {
  return toCsv(['Id', 'Label', ...NODE_ATTRIBUTES.map((a) => a.name)], cy.nodes().map((n) => [n.id(), label(n), ...NODE_ATTRIBUTES.map((a) => a.value(n))]));
}

/** The edges as a CSV table (Gephi: Source, Target, Type, then the attributes). */
export function edgesCsv(cy: Core): string {
  return toCsv(['Source', 'Target', 'Type', ...EDGE_ATTRIBUTES.map((a) => a.name)], cy.edges().map((e) => [e.source().id(), e.target().id(), 'Directed', ...EDGE_ATTRIBUTES.map((a) => a.value(e))]));
}
