// The pipeline in one place: read → clean → segment → find → classify →
// bind → resolve, for whole documents and for fragments.
import { chooseLanguage, language } from './languages/index.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { bind } from './bind.ts';
import { readDocumentFile } from './read.ts';
import type { Body, ExtractRecord, FragmentInput, FragmentRecord, Language, SourceText } from './models.ts';

export interface ExtractOptions {
  file?: string | null;
  lang?: Language | string | null;
}

/** Extracts header, citations, publications and adoptions from the full text of one resolution. */
export function extractDocument(text: string, opts: ExtractOptions = {}): ExtractRecord {
  const source: SourceText = { file: opts.file ?? null, text };
  const lang = chooseLanguage(text, opts.lang ?? null);
  const cleaned = clean(source, lang);
  const seg = segment(cleaned);
  const compiled = language(lang);
  const adopting: Body = seg.header.body ?? 'GA';
  const bound = bind(seg, compiled, { adopting, self: seg.header.symbol });
  const warnings = [...seg.warnings, ...bound.warnings];
  if (!seg.header.symbol) warnings.unshift('document symbol not found');
  if (!seg.paragraphs.some((p) => p.kind === 'operative')) warnings.push('no operative paragraphs found');
  const h = seg.header;
  return {
    file: source.file,
    symbol: h.symbol,
    symbolSource: h.symbolSource,
    language: lang,
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
      operative: seg.paragraphs.filter((p) => p.kind === 'operative' && p.id && !p.id.includes('(')).length,
    },
    citations: bound.citations,
    publications: bound.publications,
    adoptions: bound.adoptions,
    warnings,
  };
}

/** Reads and extracts one file. Throws ExtractError for unusable input. */
export async function extractFile(path: string, opts: Omit<ExtractOptions, 'file'> = {}): Promise<ExtractRecord> {
  const source = await readDocumentFile(path);
  return extractDocument(source.text, { ...opts, file: path });
}

const OPENING_BODY: [RegExp, Body][] = [
  [/^\s*(?:The\s+)?Human\s+Rights\s+Council\s*,|^\s*人权理事会\s*[，,]/i, 'HRC'],
  [/^\s*(?:The\s+)?Security\s+Council\s*,|^\s*安全理事会\s*[，,]/i, 'SC'],
  [/^\s*(?:The\s+)?Economic\s+and\s+Social\s+Council\s*,|^\s*经济及社会理事会\s*[，,]/i, 'ECOSOC'],
];

/**
 * Extracts the citations of one fragment (a sentence or paragraph, no header).
 * The issuing body ("its resolution") is the General Assembly unless the fragment opens with another body.
 */
export function extractFragment(input: FragmentInput, defaultLang: Language | null = null): FragmentRecord {
  const text = input.text;
  const lang = chooseLanguage(text, input.lang ?? defaultLang, 'en');
  const source: SourceText = { file: null, text };
  const cleaned = clean(source, lang);
  const seg = segment(cleaned, { fragment: true });
  const adopting = OPENING_BODY.find(([re]) => re.test(text))?.[1] ?? 'GA';
  const bound = bind(seg, language(lang), { adopting, self: null });
  return { id: input.id, language: lang, citations: bound.citations, publications: bound.publications, adoptions: bound.adoptions, warnings: bound.warnings };
}

/** Extracts many fragments in one process (thousands of sentences are fine). */
export function extractFragments(inputs: Iterable<FragmentInput>, defaultLang: Language | null = null): FragmentRecord[] {
  const out: FragmentRecord[] = [];
  for (const i of inputs) out.push(extractFragment(i, defaultLang));
  return out;
}
