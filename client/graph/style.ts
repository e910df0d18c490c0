// How the graph looks, as data: a category for every node (from its kind, body and
// whether its text was ingested), a colour for every relation, and the Cytoscape
// stylesheet built from those two tables. The legend is drawn from the same tables.
import type { StylesheetJson } from 'cytoscape';
import type { EdgeType } from '../../server/wire.ts';
import { EDGE_TYPES, MODIFIER_EDGES, STRUCTURAL_EDGES } from '../relations.ts';
import type { MessageKey } from '../i18n.ts';

type NodeData = { type: string; body?: string | null; kind?: string | null; symbol?: string | null; ingested?: boolean; group?: { category: NodeCategory } };

export type NodeCategory = 'ga' | 'hrc' | 'sc' | 'otherResolution' | 'report' | 'treatyBody' | 'instrument';

/** Symbols of treaty-body documents start with the committee's series. */
const TREATY_BODY_SERIES = /^(CED|CCPR|CAT|CRC|CEDAW|CERD|CESCR|CMW|CRPD|SPT|HRI)\//;

export function nodeCategory(data: NodeData): NodeCategory {
  // a group of siblings (groups.ts) is drawn as its members' kind
  if (data.group) return data.group.category;
  if (data.type === 'instrument') return 'instrument';
  if (data.symbol && TREATY_BODY_SERIES.test(data.symbol)) return 'treatyBody';
  if (data.kind === 'resolution' || data.kind === 'decision') {
    if (data.body === 'GA') return 'ga';
    if (data.body === 'HRC') return 'hrc';
    if (data.body === 'SC') return 'sc';
    return 'otherResolution';
  }
  return 'report';
}

export interface CategoryStyle {
  label: MessageKey;
  colour: string;
  shape: 'round-rectangle' | 'ellipse' | 'diamond' | 'hexagon' | 'star' | 'rectangle' | 'round-tag' | 'barrel' | 'octagon';
}

/** Colour-blind-safe hues (Okabe–Ito family), one shape per category so colour is never the only cue. */
export const CATEGORY_STYLES: Record<NodeCategory, CategoryStyle> = {
  ga: { label: 'kind.ga', colour: '#0072B2', shape: 'round-rectangle' },
  hrc: { label: 'kind.hrc', colour: '#009E73', shape: 'ellipse' },
  sc: { label: 'kind.sc', colour: '#D55E00', shape: 'octagon' },
  otherResolution: { label: 'kind.otherResolution', colour: '#56B4E9', shape: 'barrel' },
  report: { label: 'kind.report', colour: '#7A6F9B', shape: 'rectangle' },
  treatyBody: { label: 'kind.treatyBody', colour: '#A8731F', shape: 'hexagon' },
  instrument: { label: 'kind.instrument', colour: '#CC79A7', shape: 'diamond' },
};

/** The order of kinds within a timeline column (layers.ts): the legend's order. */
export const CATEGORY_ORDER = Object.keys(CATEGORY_STYLES) as NodeCategory[];

/**
 * Labels that must stay readable (the focus, its neighbours, groups, the selection) grow as
 * the user zooms out, one step per band of zoom: at or above `minZoom`, font `size` (model
 * pixels), so they stay at least 11 px on screen down to a zoom of 0.11.
 */
export const LABEL_STEPS = [
  { minZoom: 0.9, size: 13, className: '' },
  { minZoom: 0.6, size: 18, className: 'lz1' },
  { minZoom: 0.4, size: 28, className: 'lz2' },
  { minZoom: 0.25, size: 44, className: 'lz3' },
  { minZoom: 0.16, size: 70, className: 'lz4' },
  { minZoom: 0, size: 100, className: 'lz5' },
] as const;

/** The label step for a zoom level. */
export const labelStep = (zoom: number) => LABEL_STEPS.find((step) => zoom >= step.minZoom) ?? LABEL_STEPS[LABEL_STEPS.length - 1]!;

/** Other labels hide below this size on screen (pixels): a smaller one could not be read. */
export const MIN_LABEL_PIXELS = 9;

/** Edge colours by relation; structural edges are grey and dashed. */
export const RELATION_COLOURS: Record<EdgeType, string> = {
  RECALLS: '#3B6FB6',
  REAFFIRMS: '#8E44AD',
  WELCOMES: '#1E9E5A',
  TAKES_NOTE: '#E08A00',
  CITES: '#7F8C8D',
  ADOPTS: '#C2408F',
  PUBLISHED_IN: '#A0A7B0',
  ADOPTED_ON_REPORT: '#A0A7B0',
  ADDENDUM_OF: '#A0A7B0',
  CORRIGENDUM_OF: '#A0A7B0',
  REVISION_OF: '#A0A7B0',
  AMENDMENT_OF: '#A0A7B0',
};

/** The relations the legend lists (and filters), in reading order: not a modified symbol's edge to its base document (drawn, named in the details). */
export const LEGEND_RELATIONS: EdgeType[] = EDGE_TYPES.filter((type) => !(Object.values(MODIFIER_EDGES) as EdgeType[]).includes(type));

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/**
 * The Cytoscape stylesheet. Labels hide (rather than blur) below MIN_LABEL_PIXELS on screen,
 * except those of class keep-label, which grow with LABEL_STEPS instead.
 */
export function stylesheet(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': FONT,
        'font-size': 13,
        'min-zoomed-font-size': MIN_LABEL_PIXELS,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // sized by importance (PageRank against the graph's highest, canvas.ts weighByRank)
        width: 'mapData(weight, 0, 1, 30, 56)',
        height: 'mapData(weight, 0, 1, 20, 38)',
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
  ];
  for (const [category, style] of Object.entries(CATEGORY_STYLES)) {
    sheet.push({ selector: `node.${category}`, style: { 'background-color': style.colour, shape: style.shape, 'border-color': style.colour } });
  }
  sheet.push(
    { selector: 'node.instrument', style: { width: 24, height: 24 } },
    // Not ingested: hollow, so what we have the text of stands out.
    { selector: 'node.not-ingested', style: { 'background-color': '#ffffff', 'border-style': 'solid', 'border-width': 2.5 } },
    {
      selector: 'node.focus',
      style: {
        width: 40,
        height: 28,
        'border-width': 5,
        'border-color': '#111827',
        'font-size': 15,
        'font-weight': 'bold',
        'min-zoomed-font-size': 3,
        'z-index': 20,
      },
    },
    // A group of siblings: larger, a double border, its label wrapped on two lines.
    {
      selector: 'node.group',
      style: { width: 44, height: 30, 'border-style': 'double', 'border-width': 5, 'text-wrap': 'wrap', 'text-max-width': '170px', 'font-weight': 'bold' },
    },
    // Timeline: a label beside its node, so a column reads like a list and rows stay close.
    { selector: 'node.side-label', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-margin-y': 0 } },
    { selector: 'node.keep-label, node.lit', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
    ...LABEL_STEPS.filter((step) => step.className).map((step) => ({
      selector: `node.keep-label.${step.className}, node.lit.${step.className}`,
      style: { 'font-size': step.size, 'text-max-width': `${Math.round((170 * step.size) / 12)}px`, 'text-margin-x': Math.round(step.size / 2) },
    })),
    // Paths: the text the focus should reach, outlined like the focus
    { selector: 'node.goal', style: { width: 40, height: 28, 'border-width': 5, 'border-color': '#111827', 'border-style': 'double', 'font-weight': 'bold' } },
    // a grown label that would cover a more important one (canvas.ts declutter)
    { selector: 'node.label-off', style: { 'text-opacity': 0 } },
    { selector: 'node:selected', style: { 'overlay-color': '#F5B700', 'overlay-opacity': 0.35, 'overlay-padding': 6, 'z-index': 30 } },
    { selector: 'node.dim', style: { opacity: 0.25 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        opacity: 0.85,
      },
    },
  );
  for (const [relation, colour] of Object.entries(RELATION_COLOURS)) {
    sheet.push({ selector: `edge[relation = "${relation}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } });
  }
  sheet.push(
    { selector: 'edge[relation = "ADOPTS"]', style: { 'line-style': 'dashed' } },
    {
      selector: STRUCTURAL_EDGES.filter((type) => type !== 'ADOPTS').map((type) => `edge[relation = "${type}"]`).join(', '),
      style: { 'line-style': 'dotted' },
    },
    // Timeline: edges away from the focus and the selection step back, so the hub's lines do not hide the rest.
    { selector: 'edge.faint', style: { opacity: 0.28, width: 1.1 } },
    { selector: 'edge.lit', style: { opacity: 1, width: 2.6, 'z-index': 25 } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1, 'z-index': 30, 'overlay-color': '#F5B700', 'overlay-opacity': 0.3 } },
    // Big graphs: straight edges without arrows draw several times faster.
    { selector: '.fast', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', opacity: 0.5 } },
  );
  return sheet;
}

/** The classes a node gets from its data (category, ingested, focus). */
export function nodeClasses(data: NodeData, focus: string | null, id: string): string[] {
  const classes: string[] = [nodeCategory(data)];
  if (data.group) classes.push('group');
  if (!data.ingested) classes.push('not-ingested');
  if (focus !== null && id === focus) classes.push('focus');
  return classes;
}
