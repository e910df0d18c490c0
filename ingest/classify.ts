// Stage 5 — classify: a paragraph is cut into main clauses (a new
// coordinated verb — ", and calls upon", "，并鼓励" — starts a new one),
// each with its verb as written, its qualifier, and the relation the verb
// makes (RECALLS, REAFFIRMS, WELCOMES, TAKES_NOTE, or CITES).
import type { CompiledLanguage } from './languages/index.ts';
import type { ClassifiedDocument, Clause, FoundDocument } from './models.ts';

/**
 * Stage 5 over a document: the clauses of every paragraph that cites anything (a number, a symbol,
 * an instrument, a footnote marker); a sub-paragraph ("(a) To …") inherits the verb of the
 * paragraph above it. A paragraph that cites nothing gets no clauses: nothing would ask for them,
 * and most paragraphs of a resolution cite nothing.
 */
export function classifyDocument(found: FoundDocument, lang: CompiledLanguage): ClassifiedDocument {
  // the paragraph above the sub-paragraphs, its first clause found when a sub-paragraph first needs it
  let parent: { text: string; first?: Clause | null } | null = null;
  const paragraphs = found.paragraphs.map(({ paragraph, found }) => {
    const text = paragraph.text.text;
    const isSub = !!paragraph.id && paragraph.id.includes('(');
    const cites = found.numbers.length > 0 || found.symbols.length > 0 || found.instruments.length > 0 || paragraph.markers.length > 0;
    if (!isSub) parent = { text };
    if (!cites) return { paragraph, found, clauses: [] };
    if (!isSub) {
      const clauses = classify(text, lang, null);
      parent!.first = clauses[0] ?? null;
      return { paragraph, found, clauses };
    }
    if (parent && parent.first === undefined) parent.first = classify(parent.text, lang, null)[0] ?? null;
    return { paragraph, found, clauses: classify(text, lang, parent?.first ?? null) };
  });
  return { ...found, paragraphs };
}

/** Clauses of a paragraph. `inherited` is the verb of the parent paragraph for sub-paragraphs ("(a) To …"). */
export function classify(text: string, lang: CompiledLanguage, inherited: Clause | null = null): Clause[] {
  const starts: { at: number; verbAt: number }[] = [{ at: 0, verbAt: 0 }];
  const boundaries = [lang.clauseBoundary];
  if (lang.capitalizedSubject?.present.test(text)) boundaries.push(lang.capitalizedSubject.boundary);
  if (lang.firstPerson?.test(text)) boundaries.push(lang.firstPersonBoundary!);
  // a title in quotation marks (“Review of the operation of the Treaty, taking into account …”) opens no clause
  const quoted = [...text.matchAll(/[“"《「][^”"》」]{0,400}[”"》」]/g)].map((q) => [q.index!, q.index! + q[0].length] as const);
  for (const re of boundaries) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const verbAt = m.index + m[0].length - m[1]!.length;
      if (continuesRelativeClause(text, starts, m, lang)) continue;
      if (quoted.some(([from, to]) => m.index > from && m.index < to)) continue;
      // the punctuation stays with the clause before (a marker after it belongs there too)
      if (!starts.some((s) => s.verbAt === verbAt)) starts.push({ at: m.index + 1, verbAt });
    }
  }
  starts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    const lead = text.slice(s.verbAt, Math.min(end, s.verbAt + 120));
    const trimmed = lead.replace(/^[\s"“*_]+/, '');
    const v = lang.verbAt(trimmed);
    if (v) clauses.push({ start: s.at, end, verb: v.verb, qualifier: v.qualifier, relation: v.relation });
    else if (i === 0 && inherited) clauses.push({ ...inherited, start: s.at, end });
    else if (i === 0) {
      const unlisted = lang.table.unlistedVerb;
      const first = unlisted?.opening.exec(trimmed);
      clauses.push({ start: s.at, end, verb: first && unlisted!.inflected.test(first[1]!) ? first[1]! : null, qualifier: null, relation: 'CITES' });
    } else if (clauses.length) clauses[clauses.length - 1]!.end = end;
  });
  return clauses;
}

/** ", in which the Assembly endorsed X, reaffirming Y": a bare participle (no "and") after a relative clause is part of it. */
function continuesRelativeClause(text: string, starts: { at: number }[], m: RegExpExecArray, lang: CompiledLanguage): boolean {
  const rel = lang.table.relativeClause;
  // lower case: a capitalized "Recalling" is a paragraph of its own that ran into this one
  const participle = lang.table.participle;
  if (!rel || !participle || !participle.test(m[1]!.split(/\s+/)[0]!)) return false;
  if (/[^\s,;.]/.test(m[0].slice(0, m[0].length - m[1]!.length))) return false; // a joiner ("and") starts a clause
  const from = Math.max(0, ...starts.map((s) => s.at).filter((a) => a <= m.index));
  const since = text.slice(from, m.index);
  const relAt = since.search(rel);
  return relAt >= 0 && !/[;.]/.test(since.slice(relAt));
}

/** The clause a position belongs to. */
export function clauseAt(clauses: Clause[], pos: number): Clause {
  for (const c of clauses) if (pos >= c.start && pos < c.end) return c;
  return clauses[clauses.length - 1]!;
}
