// bulk, the vocabulary of the import files: for each node and relationship file of Neo4j's
// admin import, its columns and their CSV types, as data. The incremental path's write queries
// (cypher/write/) decide which properties exist; these tables name the same ones with the type
// the Neo4j driver gives them there (a whole JS number is sent as an Integer: `long`), so the
// two paths store the same values. A property with no column here is an error, not a loss.
import { OFFICIAL_LANGUAGES } from '../vocabulary.ts';

export type CsvType = 'string' | 'long' | 'boolean' | 'date' | 'string[]' | 'long[]';

/** A column of a header: a property and its type, or one of the importer's own fields. */
export interface Column {
  name: string;
  /** `ID(space)`, `START_ID(space)`, `END_ID(space)`, `LABEL` and `TYPE` are the importer's. */
  type: CsvType | `ID(${string})` | `START_ID(${string})` | `END_ID(${string})` | 'LABEL' | 'TYPE';
}

const perLanguage = (columns: readonly Column[]): Column[] => OFFICIAL_LANGUAGES.flatMap((l) => columns.map((c) => ({ name: `${c.name}_${l}`, type: c.type })));

/** The evidence of one citation (cypher/write/citations-*.cypher), language-neutral and per language. */
const EVIDENCE: Column[] = [
  { name: 'verb', type: 'string' },
  { name: 'qualifier', type: 'string' },
  { name: 'quote', type: 'string' },
  { name: 'via', type: 'string' },
  { name: 'footnote', type: 'long' },
  { name: 'span', type: 'long[]' },
];

export const FILES = {
  documents: {
    kind: 'nodes',
    columns: [
      { name: 'symbol', type: 'ID(Document)' },
      { name: ':LABEL', type: 'LABEL' },
      // what the symbol tells (write/nodes.cypher)
      { name: 'body', type: 'string' },
      { name: 'kind', type: 'string' },
      { name: 'series', type: 'string' },
      { name: 'session', type: 'string' },
      { name: 'number', type: 'long' },
      { name: 'part', type: 'string' },
      { name: 'symbolYear', type: 'long' },
      { name: 'year', type: 'long' },
      { name: 'ingested', type: 'boolean' },
      // what its versions tell (write/versions.cypher)
      { name: 'languages', type: 'string[]' },
      { name: 'date', type: 'date' },
      { name: 'dateSource', type: 'string' },
      { name: 'agendaItem', type: 'string' },
      { name: 'meetingNumber', type: 'long' },
      { name: 'meetingKind', type: 'string' },
      { name: 'sourceFiles', type: 'string[]' },
      ...perLanguage([
        { name: 'title', type: 'string' },
        { name: 'titleSource', type: 'string' },
        { name: 'sourceFile', type: 'string' },
        { name: 'contentHash', type: 'string' },
        { name: 'paragraphs', type: 'long[]' },
        { name: 'sourceFormat', type: 'string' },
      ]),
    ],
  },
  instruments: { kind: 'nodes', columns: [{ name: 'key', type: 'ID(Instrument)' }, { name: ':LABEL', type: 'LABEL' }] },
  subjects: {
    kind: 'nodes',
    columns: [
      { name: 'key', type: 'ID(Subject)' },
      { name: ':LABEL', type: 'LABEL' },
      { name: 'scheme', type: 'string' },
      { name: 'value', type: 'string' },
      { name: 'label', type: 'string' },
      { name: 'uri', type: 'string' },
    ],
  },
  files: { kind: 'nodes', columns: [{ name: 'key', type: 'ID(IngestedFile)' }, { name: ':LABEL', type: 'LABEL' }] },
  'citations-documents': {
    kind: 'relationships',
    columns: [
      { name: ':START_ID', type: 'START_ID(Document)' },
      { name: ':END_ID', type: 'END_ID(Document)' },
      { name: ':TYPE', type: 'TYPE' },
      { name: 'paragraph', type: 'string' },
      { name: 'part', type: 'string' },
      ...EVIDENCE,
      { name: 'languages', type: 'string[]' },
      ...perLanguage(EVIDENCE),
    ],
  },
  'citations-instruments': { kind: 'relationships', columns: [] as Column[] }, // as citations-documents, ending at an Instrument (below)
  'adopted-on-report': {
    kind: 'relationships',
    columns: [
      { name: ':START_ID', type: 'START_ID(Document)' },
      { name: ':END_ID', type: 'END_ID(Document)' },
      { name: ':TYPE', type: 'TYPE' },
      { name: 'paragraph', type: 'long' },
      { name: 'languages', type: 'string[]' },
    ],
  },
  adopts: {
    kind: 'relationships',
    columns: [
      { name: ':START_ID', type: 'START_ID(Document)' },
      { name: ':END_ID', type: 'END_ID(Instrument)' },
      { name: ':TYPE', type: 'TYPE' },
    ],
  },
  'published-in': {
    kind: 'relationships',
    columns: [
      { name: ':START_ID', type: 'START_ID(Document)' },
      { name: ':END_ID', type: 'END_ID(Document)' },
      { name: ':TYPE', type: 'TYPE' },
      { name: 'locator', type: 'string' },
    ],
  },
  modifiers: {
    kind: 'relationships',
    columns: [
      { name: ':START_ID', type: 'START_ID(Document)' },
      { name: ':END_ID', type: 'END_ID(Document)' },
      { name: ':TYPE', type: 'TYPE' },
    ],
  },
  'has-subject': {
    kind: 'relationships',
    columns: [
      { name: ':START_ID', type: 'START_ID(Document)' },
      { name: ':END_ID', type: 'END_ID(Subject)' },
      { name: ':TYPE', type: 'TYPE' },
    ],
  },
} satisfies Record<string, { kind: 'nodes' | 'relationships'; columns: Column[] }>;
FILES['citations-instruments'].columns = FILES['citations-documents'].columns.map((c) => (c.type === 'END_ID(Document)' ? { ...c, type: 'END_ID(Instrument)' } : c));

export type FileName = keyof typeof FILES;

/**
 * Between the elements of an array and between labels: a control character no text of ours
 * holds (the importer's default, `;`, is in titles and file names).
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** The header line of a file: `name:type` for properties, the importer's own fields as they are. */
export function headerLine(columns: readonly Column[]): string {
  return `${columns
    .map((c) => {
      if (c.name.startsWith(':')) return `:${c.type}`;
      return c.type === 'string' ? c.name : `${c.name}:${c.type}`;
    })
    .join(',')}\n`;
}

// most texts hold no quote mark: look before replacing
const quote = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

/**
 * One value as a CSV field. Null (or absent) is an empty field, which the importer stores as no
 * property (as Cypher's SET of a null); an empty string is `""`, which it stores as one.
 */
export function csvField(value: unknown, type: Column['type'], file = '', column = ''): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (!type.endsWith('[]') && type !== 'LABEL') throw new Error(`${file}.${column}: a list for a ${type} column`);
    // An empty list would read back as no property; the write queries never store one.
    if (value.length === 0) return '';
    // a loop, not map, map and join: every edge has a list (its languages), and spans are lists of numbers
    let joined = '';
    for (let i = 0; i < value.length; i++) {
      const item = String(value[i]);
      if (item.includes(ARRAY_DELIMITER)) fail(`${file}.${column}: a list item holds U+001F`);
      joined += i === 0 ? item : ARRAY_DELIMITER + item;
    }
    return quote(joined);
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || !(type === 'long' || type.startsWith('ID') || type.startsWith('START') || type.startsWith('END'))) throw new Error(`${file}.${column}: the number ${value} for a ${type} column`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return quote(value);
  throw new Error(`${file}.${column}: a value of type ${typeof value}`);
}

function fail(message: string): never {
  throw new Error(message);
}
