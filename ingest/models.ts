// The types that flow between the stages of the extraction pipeline
// (read → clean → segment → find → bind → classify → resolve), and the zod
// schema of the record `citegraph extract` writes, one JSON object per line.
// The loader (issue 4) consumes exactly ExtractRecord.
import { z } from 'zod';
import type { MappedText } from './offsets.ts';

export type { MappedText } from './offsets.ts';

// ---------------------------------------------------------------- vocabulary (one module for every part)

export { BODIES, EXTRACTED_LANGUAGES as LANGUAGES, FORMATS, OFFICIAL_LANGUAGES, RELATIONS } from './vocabulary.ts';
export type { Body, Format, Language, OfficialLanguage, Relation } from './vocabulary.ts';
import { BODIES, EXTRACTED_LANGUAGES as LANGUAGES, FORMATS, OFFICIAL_LANGUAGES, RELATIONS } from './vocabulary.ts';
import type { Body, Format, Language, Relation } from './vocabulary.ts';

export type Span = [number, number];

// ---------------------------------------------------------------- the output record (the JSONL contract)

const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const citationSchema = z.object({
  /** Canonical symbol (see symbols.ts) or, for targetKind "instrument", the instrument key (data/instruments.ts). */
  target: z.string().min(1),
  targetKind: z.enum(['document', 'instrument']),
  relation: z.enum(RELATIONS),
  /** The governing verb as written ("Recalling", "Takes note", "表示注意到"); null when no verb governs (e.g. a bare sentence). */
  verb: z.string().nullable(),
  /** Its qualifier as written ("also", "with appreciation further", "又", "赞赏地"); null when none. */
  qualifier: z.string().nullable(),
  /** "PP3", "OP4", "OP4(a)"; null for fragments and text outside the numbered paragraphs. */
  paragraph: z.string().nullable(),
  via: z.enum(['text', 'footnote']),
  /** Footnote number when via = "footnote". */
  footnote: z.number().int().nullable(),
  /** Offsets into the ORIGINAL text (UTF-16 code units, as JavaScript strings index) of the words naming the target. */
  span: spanSchema,
  /** The clause (or sentence) that makes the citation, cleaned of page furniture and markers. */
  quote: z.string(),
});
export type Citation = z.infer<typeof citationSchema>;

export const publicationSchema = z.object({
  /** The cited resolution whose text is published elsewhere. */
  document: z.string(),
  /** Symbol of the volume it is published in (e.g. "A/72/53/Add.1"). */
  publishedIn: z.string(),
  /** Where inside that volume, normalised to English ("chap. III", "chap. III, sect. A"); null if not given. */
  locator: z.string().nullable(),
  footnote: z.number().int().nullable(),
  span: spanSchema,
});
export type Publication = z.infer<typeof publicationSchema>;

export const treatySeriesSchema = z.object({ volume: z.number().int(), number: z.number().int() });

export const adoptionSchema = z.object({
  /** The resolution that adopted the instrument. */
  document: z.string(),
  /** Instrument key. */
  instrument: z.string(),
  /** United Nations Treaty Series reference when the text gives one. */
  treatySeries: treatySeriesSchema.nullable(),
  span: spanSchema,
});
export type Adoption = z.infer<typeof adoptionSchema>;

export const subjectSchema = z.object({
  /** "SDG", "UNBIS", "EuroVoc" (or the dictionary name as the file gives it). */
  scheme: z.string(),
  /** The keyword as the file gives it ("public_health", "3.7"). */
  value: z.string(),
  /** The concept's URI when the file gives one. */
  uri: z.string().nullable(),
});
export type Subject = z.infer<typeof subjectSchema>;

export const extractRecordSchema = z.object({
  file: z.string().nullable(),
  /** The document's own canonical symbol, null if it could not be told. */
  symbol: z.string().nullable(),
  /** The form the document was read from (text, markdown, pdf, akn, html, docx, doc). */
  format: z.enum(FORMATS),
  /** Where the symbol came from, in order of trust: the format's own metadata (AKN FRBR), then the text. */
  symbolSource: z.enum(['metadata', 'title', 'front-matter', 'printed', 'file-name']).nullable(),
  language: z.enum(LANGUAGES),
  body: z.enum(BODIES).nullable(),
  kind: z.enum(['resolution', 'decision']).nullable(),
  /** GA/HRC session number; null for bodies numbered by year (SC, ECOSOC). */
  session: z.number().int().nullable(),
  /** Adoption date, ISO 8601 (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  title: z.string().nullable(),
  agendaItem: z.string().nullable(),
  basedOn: z.array(z.object({ symbol: z.string(), paragraph: z.number().int().nullable() })),
  meeting: z.object({ number: z.number().int(), kind: z.enum(['plenary', 'meeting']) }).nullable(),
  paragraphs: z.object({ preambular: z.number().int(), operative: z.number().int() }),
  /** Subject keywords the format carries (AKN <classification>: SDG, UNBIS Thesaurus, EuroVoc). */
  subjects: z.array(subjectSchema),
  citations: z.array(citationSchema),
  publications: z.array(publicationSchema),
  adoptions: z.array(adoptionSchema),
  warnings: z.array(z.string()),
});
export type ExtractRecord = z.infer<typeof extractRecordSchema>;

export const fragmentInputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.enum(OFFICIAL_LANGUAGES).optional(),
});
export type FragmentInput = z.infer<typeof fragmentInputSchema>;

export const fragmentRecordSchema = z.object({
  id: z.union([z.string(), z.number()]),
  language: z.enum(LANGUAGES),
  citations: z.array(citationSchema),
  publications: z.array(publicationSchema),
  adoptions: z.array(adoptionSchema),
  warnings: z.array(z.string()),
});
export type FragmentRecord = z.infer<typeof fragmentRecordSchema>;

// ---------------------------------------------------------------- errors

// In a module of its own, without zod, so the extraction path loads no schema library.
export { ExtractError } from './errors.ts';

// ---------------------------------------------------------------- stage values

/** What a format says of a document itself (AKN FRBR metadata); trusted above what the text says. */
export interface DocumentMetadata {
  symbol: string | null;
  body: Body | null;
  kind: 'resolution' | 'decision' | null;
  /** Language code as the format gives it, normalised ("en", "fr", …). */
  language: string | null;
  date: string | null;
  session: number | null;
  title: string | null;
  agendaItem: string | null;
  subjects: Subject[];
}

/**
 * read → clean: the text a reader produced from a file, which every span of the record points
 * into (`citegraph extract --text FILE` prints it). Readers of structured formats render the
 * document in one convention — header lines, one paragraph per line with blank lines between,
 * footnote markers as "[^n]" and "[^n]: …" definitions after the body — so the later stages
 * read every format alike.
 */
export interface SourceText {
  file: string | null;
  text: string;
  format: Format;
  /** The part of `text` that is this document (a file may hold several, e.g. an AKN collection). */
  range: Span;
  metadata: DocumentMetadata | null;
  /** True when the reader knows where every paragraph starts and ends (one per line): blocks are never joined. */
  paragraphsExplicit: boolean;
  /**
   * What the format marks (AKN): where the body starts — before it, the cover page and preface are
   * the header — and the operative part (<mainBody>), whose paragraphs are operative, numbered or not.
   */
  structure: { body: number; operative: Span | null } | null;
}

/** One physical line of the original text. */
export interface Line {
  /** Offset of the first character, and of the end of the line (before the line break). */
  start: number;
  end: number;
  text: string;
}

/** clean → segment. */
export interface CleanText {
  source: SourceText;
  language: Language;
  frontMatter: Record<string, string>;
  /** Lines after the front matter, page furniture removed. */
  lines: Line[];
  /** Offset where the body (after front matter) starts. */
  bodyStart: number;
}

export interface Marker {
  footnote: number;
  /** Position in the paragraph's cleaned text (where the marker stood, markers removed). */
  at: number;
  span: Span;
}

export type ParagraphKind = 'preambular' | 'operative' | 'other';

export interface Paragraph {
  /** "PP1", "OP4", "OP4(a)", or null for unnumbered text (fragments, header). */
  id: string | null;
  kind: ParagraphKind;
  text: MappedText;
  markers: Marker[];
}

export interface Footnote {
  number: number;
  text: MappedText;
}

export interface Header {
  symbol: string | null;
  symbolSource: ExtractRecord['symbolSource'];
  body: Body | null;
  kind: 'resolution' | 'decision' | null;
  session: number | null;
  date: string | null;
  title: string | null;
  agendaItem: string | null;
  basedOn: { symbol: string; paragraph: number | null }[];
  meeting: ExtractRecord['meeting'];
}

/** segment → find. */
export interface Segmented {
  clean: CleanText;
  header: Header;
  paragraphs: Paragraph[];
  footnotes: Map<number, Footnote>;
  warnings: string[];
}

/** A resolution or decision number as written, before its body is known. */
export interface NumberMention {
  type: 'number';
  /** "resolution" or "decision" (from the keyword or Chinese 决议/决定). */
  docKind: 'resolution' | 'decision';
  /** The number as written, normalised ("61/177", "217 A (III)", "1325 (2000)"). */
  number: string;
  start: number;
  end: number;
  /** Body named for this chain explicitly, or 'its' (the body named just before or the adopting body). */
  bodyCue: Body | 'its' | 'council' | null;
  /** Index of the chain (list) the number belongs to, within its paragraph. */
  chain: number;
}

export interface SymbolMention {
  type: 'symbol';
  /** Canonical symbol. */
  symbol: string;
  start: number;
  end: number;
}

export interface InstrumentMention {
  type: 'instrument';
  key: string;
  /** Short form ("the Convention", 《公约》) rather than the name. */
  short: boolean;
  start: number;
  end: number;
}

export interface FoundText {
  numbers: NumberMention[];
  symbols: SymbolMention[];
  instruments: InstrumentMention[];
  /** Body contexts: from this position on (within the clause), bare numbers belong to this body. */
  bodyContexts: { at: number; body: Body | 'its' | 'council' }[];
  adoptionCues: { start: number; end: number }[];
  /** Adoption written the other way round: "X, adopted by the General Assembly in its resolution 61/106". */
  adoptedBy: { instrumentStart: number; numberStart: number }[];
  /** Ranges inside quotation marks (titles): instruments there are not cited. */
  quotes: [number, number][];
}

/** A clause of a paragraph with its governing verb. */
export interface Clause {
  start: number;
  end: number;
  verb: string | null;
  qualifier: string | null;
  relation: Relation;
}

/** find → classify: every paragraph with what it mentions, and every footnote's mentions by number. */
export interface FoundDocument {
  segmented: Segmented;
  paragraphs: { paragraph: Paragraph; found: FoundText }[];
  footnotes: Map<number, FoundText>;
}

/** classify → bind: a paragraph with its mentions and its clauses (each with the verb that governs it). */
export interface FoundParagraph {
  paragraph: Paragraph;
  found: FoundText;
  /** None where the paragraph cites nothing (no number, symbol, instrument or footnote marker). */
  clauses: Clause[];
}

export interface ClassifiedDocument extends FoundDocument {
  paragraphs: FoundParagraph[];
}

/** Numbers and symbols of one text resolved to canonical targets, with the warnings of those that could not be. */
export interface ResolvedText {
  mentions: { start: number; end: number; targets: string[] }[];
  warnings: string[];
}

/** resolve → bind: a paragraph's mentions resolved, and those of the footnote behind each of its markers (null where the footnote is missing or names nothing bind reads as cited). */
export interface ResolvedParagraph extends FoundParagraph {
  resolved: ResolvedText;
  notes: (ResolvedText | null)[];
}

export interface ResolvedDocument extends ClassifiedDocument {
  paragraphs: ResolvedParagraph[];
}
