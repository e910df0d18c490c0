// The pipeline in one place: read → clean → segment → find → classify →
// resolve → bind, for whole documents and for fragments.
import { chooseLanguage, language, type CompiledLanguage } from './languages/index.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { findDocument } from './find.ts';
import { classifyDocument } from './classify.ts';
import { resolveDocument } from './resolve.ts';
import { bind, type BindResult } from './bind.ts';
import { readSource } from './read.ts';
import type { Body, ExtractRecord, FragmentInput, FragmentRecord, Header, Language, Segmented, SourceText } from './models.ts';

export interface ExtractOptions {
  file?: string | null;
  lang?: Language | string | null;
}

/** A plain text (or Markdown) as the source of one document. */
export function textSource(text: string, file: string | null = null, format: SourceText['format'] = 'text'): SourceText {
  return { file, text, format, range: [0, text.length], metadata: null, paragraphsExplicit: false, structure: null };
}

/** Extracts header, citations, publications and adoptions from the full text of one resolution. */
export function extractDocument(text: string, opts: ExtractOptions = {}): ExtractRecord {
  return extractSource(textSource(text, opts.file ?? null), opts.lang ?? null);
}

/** What the format's metadata says wins over what the text's header says. */
function withMetadata(header: Header, source: SourceText): Header {
  const m = source.metadata;
  if (!m) return header;
  return {
    ...header,
    symbol: m.symbol ?? header.symbol,
    symbolSource: m.symbol ? 'metadata' : header.symbolSource,
    body: m.body ?? header.body,
    kind: m.kind ?? header.kind,
    session: m.body === 'SC' || m.body === 'ECOSOC' ? null : m.session ?? header.session,
    date: m.date ?? header.date,
    title: m.title ?? header.title,
    agendaItem: m.agendaItem ?? header.agendaItem,
  };
}

/** The stages after segmenting, in order: what each paragraph mentions, its clauses, and what it cites. */
function citationsOf(segmented: Segmented, lang: CompiledLanguage, opts: { adopting: Body; self: string | null }): BindResult {
  return bind(resolveDocument(classifyDocument(findDocument(segmented, lang), lang), lang, opts), lang, opts);
}

/** Extracts one document of a source text (a file's reader gives one source per document). */
export function extractSource(source: SourceText, lang: Language | string | null = null): ExtractRecord {
  const [from, to] = source.range;
  const chosen = chooseLanguage(source.text.slice(from, to), lang ?? source.metadata?.language ?? null);
  const cleaned = clean(source, chosen);
  const seg = segment(cleaned);
  const h = withMetadata(seg.header, source);
  const adopting: Body = h.body ?? 'GA';
  const bound = citationsOf(seg, language(chosen), { adopting, self: h.symbol });
  const warnings = [...seg.warnings, ...bound.warnings];
  if (!h.symbol) warnings.unshift('document symbol not found');
  if (!seg.paragraphs.some((p) => p.kind === 'operative')) warnings.push('no operative paragraphs found');
  return {
    file: source.file,
    format: source.format,
    symbol: h.symbol,
    symbolSource: h.symbolSource,
    language: chosen,
    body: h.body,
    kind: h.kind,
    session: h.session,
    date: h.date,
    title: h.title,
    agendaItem: h.agendaItem,
    basedOn: h.basedOn,
    meeting: h.meeting,
    paragraphs: {
      preambular: seg.paragraphs.filter((p) => p.kind === 'preambular' && p.id && !p.id.includes('(')).length,
      // numbered operative paragraphs, and the unnumbered ones the markup calls operative
      operative: seg.paragraphs.filter((p) => p.kind === 'operative' && (p.id ? !p.id.includes('(') : true)).length,
    },
    subjects: source.metadata?.subjects ?? [],
    citations: bound.citations,
    publications: bound.publications,
    adoptions: bound.adoptions,
    warnings,
  };
}

/** Reads and extracts one file: one record per document in it. Throws ExtractError for unusable input. */
export async function extractFile(path: string, opts: Omit<ExtractOptions, 'file'> = {}): Promise<ExtractRecord[]> {
  const sources = await readSource(path);
  return sources.map((source) => extractSource(source, opts.lang ?? null));
}


/**
 * Extracts the citations of one fragment (a sentence or paragraph, no header).
 * The issuing body ("its resolution") is the General Assembly unless the fragment opens with another body.
 */
export function extractFragment(input: FragmentInput, defaultLang: Language | null = null): FragmentRecord {
  const text = input.text;
  const lang = chooseLanguage(text, input.lang ?? defaultLang, 'en');
  const cleaned = clean(textSource(text), lang);
  const seg = segment(cleaned, { fragment: true });
  // a fragment that opens as a resolution does ("The Security Council, …") is that body's; the Assembly's otherwise
  const opening = /^[^,，،]*[,，،]/.exec(text)?.[0];
  const compiled = language(lang);
  const adopting = (opening && compiled.bodyOfName(compiled.table.openingPattern.exec(opening)?.[1])) || 'GA';
  const bound = citationsOf(seg, compiled, { adopting, self: null });
  return { id: input.id, language: lang, citations: bound.citations, publications: bound.publications, adoptions: bound.adoptions, warnings: bound.warnings };
}

/** Extracts many fragments in one process (thousands of sentences are fine). */
export function extractFragments(inputs: Iterable<FragmentInput>, defaultLang: Language | null = null): FragmentRecord[] {
  const out: FragmentRecord[] = [];
  for (const i of inputs) out.push(extractFragment(i, defaultLang));
  return out;
}
