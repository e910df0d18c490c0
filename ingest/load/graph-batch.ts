// write, part 1: extract records → the parameters of the write queries in cypher/write/.
// Pure and deterministic (sorted, de-duplicated), so that the same records always give the
// same graph whatever their order: that is what makes ingest idempotent.
import { MODIFIER_EDGES, OFFICIAL_LANGUAGES } from '../vocabulary.ts';
import { createHash } from 'node:crypto';
import type { Citation, ExtractRecord, Language } from '../models.ts';
import { describeSymbol } from '../symbols.ts';
import { INSTRUMENTS } from '../data/instruments.ts';
import type { CitationParams, GraphBatch, NodeParams, SubjectParams } from '../../server/query-schemas.ts';

export type { CitationParams, GraphBatch, NodeParams, SubjectParams };

/** Whose evidence an edge shows as its language-neutral verb, quote …: the first of these it was found in. */
const preferredOver = (language: Language) => OFFICIAL_LANGUAGES.slice(0, OFFICIAL_LANGUAGES.indexOf(language));


/** A subject keyword as a node: its key, and a label people read ("SDG 3.7", "public health"). */
export function subjectParams(subject: ExtractRecord['subjects'][number]): SubjectParams {
  return {
    key: `${subject.scheme}:${subject.value}`,
    scheme: subject.scheme,
    value: subject.value,
    label: subject.scheme === 'SDG' ? `SDG ${subject.value}` : subject.value.replace(/_/g, ' '),
    uri: subject.uri,
  };
}

/** What a symbol tells by itself, as node properties and labels; the same for a stub and an ingested node. */
export function symbolNode(symbol: string): NodeParams {
  const info = describeSymbol(symbol);
  const labels: NodeParams['labels'] = info.kind === 'resolution' ? ['Resolution'] : info.kind === 'decision' ? ['Decision'] : [];
  const series = symbol.split('/')[0] ?? null;
  return {
    symbol,
    labels,
    props: {
      body: info.body,
      kind: info.kind,
      series,
      session: info.session,
      number: info.number,
      part: info.part,
      // A year in the symbol (SC, ECOSOC, S/2020/1) is exact; an ingested header's date overrides it.
      symbolYear: info.year,
    },
  };
}

/** Every base document up the chain: A/61/443/Add.2/Corr.1 → A/61/443/Add.2 → A/61/443. */
export function modifierChain(symbol: string): GraphBatch['modifiers'] {
  const out: GraphBatch['modifiers'] = [];
  let current = symbol;
  for (let i = 0; i < 5; i++) {
    const info = describeSymbol(current);
    if (!info.base || !info.modifier) break;
    const kind = info.modifier.split('.')[0] ?? '';
    const type = kind in MODIFIER_EDGES ? MODIFIER_EDGES[kind as keyof typeof MODIFIER_EDGES] : undefined;
    if (!type) break;
    out.push({ symbol: current, base: info.base, type });
    current = info.base;
  }
  return out;
}

const partOf = (paragraph: string | null): 'preamble' | 'operative' | 'other' =>
  paragraph?.startsWith('PP') ? 'preamble' : paragraph?.startsWith('OP') ? 'operative' : 'other';

/** A citation's key in the graph: one edge per (citing document, relation, target, paragraph). */
const edgeKey = (source: string, c: Pick<Citation, 'relation' | 'target' | 'targetKind' | 'paragraph'>) =>
  `${source}\u0000${c.relation}\u0000${c.targetKind}\u0000${c.target}\u0000${c.paragraph ?? ''}`;

export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Records (each one language version of one document, with a symbol) → the write batch.
 * Several citations of one target in one paragraph make one edge; its evidence is the
 * first mention in the text (text before footnote at equal positions).
 */
export function toGraphBatch(records: readonly (ExtractRecord & { symbol: string; hash?: string })[]): GraphBatch {
  const nodes = new Map<string, NodeParams>();
  /** Each symbol's chain up to its base documents, worked out once a batch (a batch names most targets many times). */
  const chains = new Map<string, GraphBatch['modifiers']>();
  const touch = (symbol: string) => {
    if (nodes.has(symbol)) return; // its chain's bases were added with it
    nodes.set(symbol, symbolNode(symbol));
    const chain = modifierChain(symbol);
    chains.set(symbol, chain);
    for (const link of chain) if (!nodes.has(link.base)) nodes.set(link.base, symbolNode(link.base));
  };
  const batch: GraphBatch = { nodes: [], versions: [], documentCitations: [], instrumentCitations: [], basedOn: [], adoptions: [], publications: [], modifiers: [], subjects: [], files: [] };
  const subjects = new Map<string, SubjectParams[]>();
  const seen = new Set<string>();
  const documentGroups = new Map<string, CitationParams>();
  const instrumentGroups = new Map<string, CitationParams>();
  const adoptions = new Map<string, GraphBatch['adoptions'][number]>();
  const publications = new Map<string, GraphBatch['publications'][number]>();

  for (const record of records) {
    const lang = record.language;
    touch(record.symbol);
    batch.versions.push({
      symbol: record.symbol,
      language: lang,
      date: record.date,
      props: {
        // a text without a title leaves the title a metadata file gave; a title from the text says so
        ...(record.title ? { [`title_${lang}`]: record.title, [`titleSource_${lang}`]: 'text' } : {}),
        // the file's name, never its path: a path names the machine that ingested, and is no business of the graph's
        [`sourceFile_${lang}`]: record.file === null ? null : record.file.split(/[\\/]/).pop()!,
        [`contentHash_${lang}`]: record.hash ?? null,
        agendaItem: record.agendaItem,
        meetingNumber: record.meeting?.number ?? null,
        meetingKind: record.meeting?.kind ?? null,
        [`paragraphs_${lang}`]: [record.paragraphs.preambular, record.paragraphs.operative],
        [`sourceFormat_${lang}`]: record.format,
      },
    });
    // subjects are the document's, not a version's: a version that carries them sets them
    if (record.subjects.length) subjects.set(record.symbol, record.subjects.map(subjectParams));
    for (const report of record.basedOn) {
      touch(report.symbol);
      batch.basedOn.push({ source: record.symbol, report: report.symbol, paragraph: report.paragraph, language: lang });
    }
    const ordered = [...record.citations].sort((a, b) => a.span[0] - b.span[0] || (a.via === 'text' ? -1 : 1));
    for (const c of ordered) {
      if (c.targetKind === 'document') {
        if (c.target === record.symbol) continue; // a document does not cite itself
        touch(c.target);
      }
      const key = `${lang}\u0000${edgeKey(record.symbol, c)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const groups = c.targetKind === 'document' ? documentGroups : instrumentGroups;
      const groupKey = `${record.symbol}\u0000${lang}`;
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { source: record.symbol, language: lang, preferredOver: preferredOver(lang), citations: [] }));
      group.citations.push({
        target: c.target,
        relation: c.relation,
        paragraph: c.paragraph ?? '',
        part: partOf(c.paragraph),
        verb: c.verb,
        qualifier: c.qualifier,
        quote: c.quote,
        via: c.via,
        footnote: c.footnote,
        span: c.span,
      });
    }
    for (const a of record.adoptions) {
      touch(a.document);
      adoptions.set(`${a.document}\u0000${a.instrument}`, {
        document: a.document,
        instrument: a.instrument,
        treatySeriesVolume: a.treatySeries?.volume ?? adoptions.get(`${a.document}\u0000${a.instrument}`)?.treatySeriesVolume ?? null,
        treatySeriesNumber: a.treatySeries?.number ?? adoptions.get(`${a.document}\u0000${a.instrument}`)?.treatySeriesNumber ?? null,
      });
    }
    for (const p of record.publications) {
      touch(p.document);
      touch(p.publishedIn);
      const key = `${p.document}\u0000${p.publishedIn}`;
      publications.set(key, { document: p.document, publishedIn: p.publishedIn, locator: p.locator ?? publications.get(key)?.locator ?? null });
    }
  }

  batch.nodes = [...nodes.values()].sort(byKey((n) => n.symbol));
  batch.modifiers = batch.nodes.flatMap((n) => (chains.get(n.symbol) ?? modifierChain(n.symbol)).slice(0, 1));
  batch.documentCitations = [...documentGroups.values()];
  batch.instrumentCitations = [...instrumentGroups.values()];
  batch.adoptions = [...adoptions.values()];
  batch.publications = [...publications.values()];
  batch.subjects = [...subjects].map(([symbol, list]) => ({ symbol, subjects: list }));
  return batch;
}

/** The gazetteer as write parameters (instruments.cypher), with stub nodes for the adopting resolutions. */
export function gazetteerBatch(): { nodes: NodeParams[]; instruments: { key: string; adoptedBy: string | null; props: Record<string, unknown> }[] } {
  const instruments = INSTRUMENTS.map((instrument) => {
    const adoptedBy = instrument.adoptedBy && describeSymbol(instrument.adoptedBy).kind === 'resolution' ? instrument.adoptedBy : null;
    return {
      key: instrument.key,
      adoptedBy,
      props: {
        kind: instrument.kind,
        // the name, short names and variants in each language the gazetteer has them in
        ...Object.fromEntries(
          OFFICIAL_LANGUAGES.flatMap((l) => [
            [`name_${l}`, instrument[l]?.name ?? null],
            [`shortNames_${l}`, instrument.shortForms[l] ?? []],
            [`variants_${l}`, instrument[l]?.variants ?? []],
          ]),
        ),
        adoptedOn: instrument.adoptedOn,
        adoptedBy: instrument.adoptedBy,
        treatySeriesVolume: instrument.treatySeries?.volume ?? null,
        treatySeriesNumber: instrument.treatySeries?.number ?? null,
      },
    };
  });
  const nodes = instruments.flatMap((i) => (i.adoptedBy ? [symbolNode(i.adoptedBy)] : []));
  return { nodes, instruments };
}

