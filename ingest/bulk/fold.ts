// bulk, stage 2: the facts about one symbol (its language versions, the citations that name
// it, the publications and adoptions other texts say it has), gathered by the spool → the rows
// of the import files for that symbol: its node and its outgoing relationships.
//
// The write queries of cypher/write/ decide what the incremental path stores; this module
// folds the same statements over one document's versions, in the order the incremental path
// runs them (the order of the files), so that a bulk load and an incremental ingest of the
// same files give the same graph — test/graph/bulk.test.ts compares the two dumps. Each step
// below names the query it mirrors; change the two together.
import { modifierChain, symbolNode, type CitationParams, type GraphBatch, type SubjectParams } from '../load/graph-batch.ts';
import { OFFICIAL_LANGUAGES, STORED_LANGUAGE_ORDER, type OfficialLanguage } from '../vocabulary.ts';
import type { FileName } from './columns.ts';

/** What the spool keeps about a symbol, one line each, in the order the files gave them. */
export type Fact =
  /** One language version of the symbol's document (its write rows, as toGraphBatch makes them). */
  | {
      kind: 'version';
      version: GraphBatch['versions'][number];
      documentCitations: CitationParams | null;
      instrumentCitations: CitationParams | null;
      basedOn: GraphBatch['basedOn'];
      subjects: SubjectParams[] | null;
    }
  /** Some version names the symbol (as a citation target when `cited`): it is a node, a stub unless ingested. */
  | { kind: 'touched'; cited: boolean }
  | { kind: 'publication'; publishedIn: string; locator: string | null }
  | { kind: 'adoption'; instrument: string; treatySeriesVolume: number | null; treatySeriesNumber: number | null }
  /** A version names this subject keyword (spooled under the keyword, not a symbol). */
  | { kind: 'subject'; subject: SubjectParams };

export interface Row {
  file: FileName;
  values: Record<string, unknown>;
}

type Props = Record<string, unknown>;

/** Cypher's SET: a null removes the property. */
function set(props: Props, name: string, value: unknown): void {
  if (value === null || value === undefined) delete props[name];
  else props[name] = value;
}

const EVIDENCE = ['verb', 'qualifier', 'quote', 'via', 'footnote', 'span'] as const;
const stored = (languages: Iterable<string>) => {
  const present = new Set(languages);
  return STORED_LANGUAGE_ORDER.filter((l) => present.has(l));
};

interface Edge {
  type: string;
  file: 'citations-documents' | 'citations-instruments' | 'adopted-on-report';
  target: string;
  props: Props;
}

/** What the graph holds after an adoption names an instrument's Treaty Series reference (write/adoptions.cypher). */
export interface TreatySeries {
  document: string;
  instrument: string;
  treatySeriesVolume: number;
  treatySeriesNumber: number | null;
}

/**
 * The fold over every symbol of a corpus. Besides the rows it hands back for each symbol, it
 * keeps what spans symbols — instrument keys (bounded by the gazetteer, not by the corpus) —
 * and counts. Subject keywords come as groups of their own: `subject` folds them.
 */
export class Folder {
  private readonly instruments = new Set<string>();
  /** The Treaty Series reference the last adoption gave each instrument: applied after the gazetteer, as the incremental path's adoptions come after it. */
  readonly treatySeries = new Map<string, TreatySeries>();
  documents = 0;
  citedNotIngested = 0;

  /** A subject keyword's node: write/subjects.cypher sets its properties ON CREATE, so the first version to name it gives them. */
  subject(facts: readonly Fact[]): Row[] {
    const first = facts.find((fact) => fact.kind === 'subject');
    if (!first) return [];
    const { key, scheme, value, label, uri } = first.subject;
    return [{ file: 'subjects', values: { key, ':LABEL': ['Subject'], scheme, value, label, uri } }];
  }

  /** The rows of one symbol: its node, then its outgoing relationships. */
  fold(symbol: string, facts: readonly Fact[]): Row[] {
    const rows: Row[] = [];
    const stub = symbolNode(symbol);
    // write/nodes.cypher: what the symbol tells, ingested = false, year = symbolYear
    const node: Props = {};
    for (const [name, value] of Object.entries(stub.props)) set(node, name, value);
    node.ingested = false;
    set(node, 'year', stub.props.symbolYear);

    const edges = new Map<string, Edge>();
    let subjects: SubjectParams[] | null = null;
    let cited = false;
    let versions = 0;
    const publications = new Map<string, string | null>();
    const adopts = new Set<string>();

    for (const fact of facts) {
      if (fact.kind === 'touched') cited ||= fact.cited;
      else if (fact.kind === 'subject') continue;
      else if (fact.kind === 'publication') {
        // write/publications.cypher: SET r.locator = coalesce(p.locator, r.locator)
        publications.set(fact.publishedIn, fact.locator ?? publications.get(fact.publishedIn) ?? null);
      } else if (fact.kind === 'adoption') {
        adopts.add(fact.instrument);
        this.instrument(fact.instrument, rows);
        if (fact.treatySeriesVolume !== null) this.treatySeries.set(fact.instrument, { document: symbol, instrument: fact.instrument, treatySeriesVolume: fact.treatySeriesVolume, treatySeriesNumber: fact.treatySeriesNumber });
      } else {
        versions++;
        const language = fact.version.language;
        const before = Array.isArray(node.languages) ? (node.languages as string[]) : [];
        if (before.includes(language)) clearVersion(edges, language);
        applyVersion(node, fact.version, before);
        for (const group of [fact.documentCitations, fact.instrumentCitations]) {
          if (!group) continue;
          const file = group === fact.documentCitations ? 'citations-documents' : 'citations-instruments';
          for (const c of group.citations) {
            if (file === 'citations-instruments') this.instrument(c.target, rows);
            mergeCitation(edges, file, group, c);
          }
        }
        // write/based-on.cypher: one edge per report, the paragraph of the last version that names it
        for (const b of fact.basedOn) {
          const key = `ADOPTED_ON_REPORT\u0000${b.report}`;
          let edge = edges.get(key);
          if (!edge) edges.set(key, (edge = { type: 'ADOPTED_ON_REPORT', file: 'adopted-on-report', target: b.report, props: {} }));
          set(edge.props, 'paragraph', b.paragraph);
          edge.props.languages = stored([...((edge.props.languages as string[] | undefined) ?? []), b.language]);
        }
        // write/subjects.cypher: the keywords a version carries replace the ones the document had
        if (fact.subjects?.length) subjects = fact.subjects;
      }
    }

    if (versions > 0) this.documents++;
    else if (cited) this.citedNotIngested++;
    rows.unshift({ file: 'documents', values: { ...node, symbol, ':LABEL': ['Document', ...stub.labels] } });
    for (const edge of edges.values()) rows.push({ file: edge.file, values: { ...edge.props, ':START_ID': symbol, ':END_ID': edge.target, ':TYPE': edge.type } });
    // write/modifiers.cypher: every node to its base document (the nodes of the chain are facts of their own)
    const modifier = modifierChain(symbol)[0];
    if (modifier) rows.push({ file: 'modifiers', values: { ':START_ID': symbol, ':END_ID': modifier.base, ':TYPE': modifier.type } });
    for (const [publishedIn, locator] of publications) rows.push({ file: 'published-in', values: { ':START_ID': symbol, ':END_ID': publishedIn, ':TYPE': 'PUBLISHED_IN', locator } });
    for (const instrument of adopts) rows.push({ file: 'adopts', values: { ':START_ID': symbol, ':END_ID': instrument, ':TYPE': 'ADOPTS' } });
    for (const subject of subjects ?? []) {
      rows.push({ file: 'has-subject', values: { ':START_ID': symbol, ':END_ID': subject.key, ':TYPE': 'HAS_SUBJECT' } });
    }
    return rows;
  }

  /** An instrument node, once (write/citations-instruments.cypher and write/adoptions.cypher MERGE it; the gazetteer adds its properties after). */
  private instrument(key: string, rows: Row[]): void {
    if (this.instruments.has(key)) return;
    this.instruments.add(key);
    rows.push(instrumentRow(key));
  }
}

/** An instrument's node row: its key only (the gazetteer adds its properties after the import). */
export function instrumentRow(key: string): Row {
  return { file: 'instruments', values: { key, ':LABEL': ['Instrument'] } };
}

/** write/versions.cypher for one version. */
function applyVersion(node: Props, version: GraphBatch['versions'][number], before: readonly string[]): void {
  for (const [name, value] of Object.entries(version.props)) set(node, name, value);
  node.ingested = true;
  node.languages = stored([...before, version.language]);
  if (version.date !== null) {
    node.date = version.date;
    node.year = Number(version.date.slice(0, 4));
    node.dateSource = 'text';
  }
  node.sourceFiles = STORED_LANGUAGE_ORDER.flatMap((l) => (node[`sourceFile_${l}`] === undefined ? [] : [node[`sourceFile_${l}`]]));
}

/** write/citations-documents.cypher and write/citations-instruments.cypher for one citation of one version. */
function mergeCitation(edges: Map<string, Edge>, file: 'citations-documents' | 'citations-instruments', group: CitationParams, c: CitationParams['citations'][number]): void {
  const key = `${c.relation}\u0000${file}\u0000${c.target}\u0000${c.paragraph}`;
  let edge = edges.get(key);
  if (!edge) edges.set(key, (edge = { type: c.relation, file, target: c.target, props: { paragraph: c.paragraph } }));
  const r = edge.props;
  const language = group.language;
  const others = ((r.languages as string[] | undefined) ?? []).filter((l) => l !== language);
  if (others.length === 1 && r[`span_${others[0]}`] === undefined) for (const p of EVIDENCE) set(r, `${p}_${others[0]}`, r[p]);
  if (others.length > 0) for (const p of EVIDENCE) set(r, `${p}_${language}`, c[p]);
  if (!others.some((l) => (group.preferredOver as string[]).includes(l))) for (const p of EVIDENCE) set(r, p, c[p]);
  r.part = c.part;
  r.languages = stored([...others, language]);
}

/** write/clear-version.cypher: a version read again withdraws the evidence its earlier reading gave. */
function clearVersion(edges: Map<string, Edge>, language: string): void {
  for (const [key, edge] of edges) {
    const r = edge.props;
    const languages = (r.languages as string[] | undefined) ?? [];
    if (!languages.includes(language)) continue;
    r.languages = languages.filter((l) => l !== language);
    const left = r.languages as string[];
    if (left.length > 0 && edge.type !== 'ADOPTED_ON_REPORT') {
      for (const p of EVIDENCE) delete r[`${p}_${language}`];
      const shown = OFFICIAL_LANGUAGES.find((l: OfficialLanguage) => left.includes(l));
      for (const p of EVIDENCE) set(r, p, r[`${p}_${shown}`]);
      if (left.length === 1) for (const l of STORED_LANGUAGE_ORDER) for (const p of EVIDENCE) delete r[`${p}_${l}`];
    }
    if (left.length === 0) edges.delete(key);
  }
}
