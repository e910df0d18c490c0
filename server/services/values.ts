// Neo4j values → plain JSON, and node/relationship rows → the Cytoscape wire format (wire.ts).
import neo4j from 'neo4j-driver';
import type { EdgeRow } from '../query-schemas.ts';
import type { EdgeOutline, Evidence, GraphEdge, GraphElements, GraphNode } from '../wire.ts';
import { edgeTypeSchema } from '../wire.ts';
import { OFFICIAL_LANGUAGES, type OfficialLanguage } from '../../ingest/vocabulary.ts';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isNode = (v: unknown): v is neo4j.Node => neo4j.isNode(v as object);
const isRelationship = (v: unknown): v is neo4j.Relationship => neo4j.isRelationship(v as object);
const isPath = (v: unknown): v is neo4j.Path => neo4j.isPath(v as object);

/** Any value the driver returns, as JSON: integers as numbers, temporal values as ISO strings, graph values as objects. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return (value as neo4j.Integer).inSafeRange() ? (value as neo4j.Integer).toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (isNode(value)) return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value)) {
    return { elementId: value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: toPlain(value.properties) };
  }
  if (isPath(value)) {
    return { start: toPlain(value.start), end: toPlain(value.end), segments: value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  const object = value as object;
  if (
    neo4j.isDate(object) || neo4j.isDateTime(object) || neo4j.isLocalDateTime(object) ||
    neo4j.isTime(object) || neo4j.isLocalTime(object) || neo4j.isDuration(object)
  ) {
    return object.toString();
  }
  if (neo4j.isPoint(object)) return { srid: toPlain(object.srid), x: object.x, y: object.y, ...(object.z === undefined ? {} : { z: object.z }) };
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return String(value);
}

/** The longest start of `text` that takes at most `bytes` bytes in UTF-8, never half a surrogate pair. */
function utf8Start(text: string, bytes: number): string {
  let start = text.slice(0, bytes);
  while (Buffer.byteLength(start) > bytes) start = start.slice(0, Math.max(0, Math.floor((start.length * bytes) / Buffer.byteLength(start)) - 1));
  return /[\uD800-\uDBFF]$/.test(start) ? start.slice(0, -1) : start;
}

/**
 * A plain value cut to about `maxBytes` bytes of JSON: strings end in "…", lists and maps
 * keep their first items and say how many more there were. Walks only as far as the budget
 * reaches, so a list of millions costs what is kept.
 */
export function fitToBytes(value: Plain, maxBytes: number): { value: Plain; cut: boolean } {
  // Room kept for the "… 4,999,000 more" note of a cut list or map.
  const NOTE = 24;
  let left = maxBytes;
  let cut = false;
  const fit = (inner: Plain): Plain => {
    if (typeof inner === 'string') {
      const size = Buffer.byteLength(inner) + 3;
      if (size <= left) {
        left -= size;
        return inner;
      }
      cut = true;
      const kept = `${utf8Start(inner, Math.max(0, left - 3 - 3))}…`;
      left = 0;
      return kept;
    }
    if (inner === null || typeof inner !== 'object') {
      left -= String(inner).length + 1;
      return inner;
    }
    left -= 2;
    if (Array.isArray(inner)) {
      const kept: Plain[] = [];
      for (const item of inner) {
        if (left <= NOTE) {
          cut = true;
          kept.push(`… ${(inner.length - kept.length).toLocaleString('en')} more`);
          break;
        }
        kept.push(fit(item));
      }
      return kept;
    }
    const entries = Object.entries(inner);
    const kept: Record<string, Plain> = {};
    for (const [index, [key, item]] of entries.entries()) {
      if (left <= NOTE + Buffer.byteLength(key)) {
        cut = true;
        kept['…'] = `${(entries.length - index).toLocaleString('en')} more`;
        break;
      }
      left -= Buffer.byteLength(key) + 3;
      kept[key] = fit(item);
    }
    return kept;
  };
  return { value: fit(value), cut };
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(toPlain(v)));
const num = (v: unknown): number | null => {
  const p = toPlain(v);
  return typeof p === 'number' ? p : null;
};

/** The id a node has in every graph the API returns, so views can merge: the symbol, or "instrument:<key>". */
export function nodeId(props: Record<string, unknown>, labels: readonly string[]): string {
  if (labels.includes('Instrument')) return `instrument:${String(props.key)}`;
  return String(props.symbol ?? props.key ?? '');
}

type Titles = Pick<GraphNode['data'], `title_${OfficialLanguage}`>;
/** Each title key of the wire with the property it comes from, for a document and for an instrument. */
const TITLE_KEYS = OFFICIAL_LANGUAGES.map((l) => ({ wire: `title_${l}`, document: `title_${l}`, instrument: `name_${l}` }) as const);
/** A document's title (an instrument's name) in each official language, null where unknown. */
function titles(props: Record<string, unknown>, instrument: boolean): Titles {
  const named: Record<string, string | null> = {};
  for (const key of TITLE_KEYS) named[key.wire] = str(props[instrument ? key.instrument : key.document]);
  return named as Titles;
}

/** One evidence field in each official language. */
function perLanguage<K extends 'verb' | 'quote'>(key: K, own: (key: K, language: string) => string | null): Record<`${K}_${OfficialLanguage}`, string | null> {
  return Object.fromEntries(OFFICIAL_LANGUAGES.map((l) => [`${key}_${l}`, own(key, l)])) as Record<`${K}_${OfficialLanguage}`, string | null>;
}

export function toGraphNode(props: Record<string, unknown>, labels: readonly string[]): GraphNode {
  const instrument = labels.includes('Instrument');
  // an instrument's date is its adoption (from the gazetteer), so it stands in its year on the timeline
  const date = str(instrument ? props.adoptedOn : props.date);
  return {
    data: {
      id: nodeId(props, labels),
      label: instrument ? String(props.name_en ?? props.key) : String(props.symbol),
      type: instrument ? 'instrument' : 'document',
      symbol: instrument ? null : str(props.symbol),
      key: instrument ? str(props.key) : null,
      body: str(props.body),
      kind: instrument ? str(props.kind) ?? 'instrument' : str(props.kind),
      session: str(props.session),
      date,
      year: num(props.year),
      ...titles(props, instrument),
      // An instrument is known from the gazetteer; a document only once its text is in.
      ingested: instrument ? true : props.ingested === true,
      pagerank: num(props.pagerank),
    },
  };
}

/**
 * A relationship's properties as the wire's evidence. An edge found in one language only stores
 * that language's evidence in its language-neutral properties (verb, quote …); the per-language
 * fields are filled from them, so the wire looks the same however the edge is stored.
 */
export function edgeEvidence(p: Record<string, unknown>): Evidence {
  const languages = Array.isArray(p.languages) ? p.languages.map(String) : [];
  const own = (key: 'verb' | 'quote', language: string) => str(p[`${key}_${language}`] ?? (languages.length === 1 && languages[0] === language ? p[key] : null));
  return {
    paragraph: str(p.paragraph),
    part: str(p.part),
    verb: str(p.verb),
    qualifier: str(p.qualifier),
    quote: str(p.quote),
    via: str(p.via),
    footnote: num(p.footnote),
    languages,
    ...perLanguage('verb', own),
    ...perLanguage('quote', own),
    locator: str(p.locator),
  };
}

export function toGraphEdge(row: EdgeRow): GraphEdge {
  return graphEdge(nodeId(row.fromProps, row.fromLabels), nodeId(row.toProps, row.toLabels), row.type, row.props);
}

/** An edge's id on the wire: the citation it stands for (its ends, relation and paragraph), the same with or without evidence. */
export const edgeId = (source: string, relation: string, target: string, paragraph: string | null) => `${source}|${relation}|${target}|${paragraph ?? ''}`;

/** An edge between two node ids (nodeId) with a relationship's type and properties. */
export function graphEdge(source: string, target: string, type: string, props: Record<string, unknown>): GraphEdge {
  const evidence = edgeEvidence(props);
  const relation = edgeTypeSchema.parse(type);
  return { data: { id: edgeId(source, relation, target, evidence.paragraph), source, target, relation, ...evidence } };
}

/** An edge without its evidence (wire.ts edgeOutlineSchema): what draws it and names its citation. */
export function edgeOutline(source: string, target: string, type: string, paragraph: unknown): EdgeOutline {
  const relation = edgeTypeSchema.parse(type);
  const named = str(paragraph);
  return { data: { id: edgeId(source, relation, target, named), source, target, relation, paragraph: named } };
}

/** Collects edge rows into Cytoscape elements, each node and edge once, nodes capped at maxNodes. */
export class ElementsBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  truncated = false;

  constructor(private readonly maxNodes: number) {}

  /** Adds a node unless the cap is reached; returns whether the node is in the graph. */
  addNode(node: GraphNode): boolean {
    if (this.nodes.has(node.data.id)) return true;
    if (this.nodes.size >= this.maxNodes) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(node.data.id, node);
    return true;
  }

  /** Adds an edge row with its two ends; an edge whose end did not fit is left out. */
  addRow(row: EdgeRow): boolean {
    const from = toGraphNode(row.fromProps, row.fromLabels);
    const to = toGraphNode(row.toProps, row.toLabels);
    if (!this.addNode(from) || !this.addNode(to)) return false;
    const edge = toGraphEdge(row);
    this.edges.set(edge.data.id, edge);
    return true;
  }

  build(): GraphElements {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated };
  }
}
