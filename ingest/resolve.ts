// Stage 6 — resolve: every number of the document, in reading order, becomes
// canonical symbols — its body from the cue written next to it, else the
// body context of its clause, else the adopting body ("its" = the body
// adopting the text, or the body whose draft the text quotes from where
// that draft opens), checked against the number's shape; a footnote's
// numbers are resolved where its marker stands. Bind (stage 7) then ties
// the resolved mentions to clauses, footnotes and adoptions. Also here: a
// short form ("the Convention", 《公约》) becomes the instrument named last,
// and a footnote's locator is put in English form.
import type { Body, ClassifiedDocument, Clause, FoundText, NumberMention, ResolvedDocument, ResolvedText } from './models.ts';
import type { LanguageTable } from './languages/types.ts';
import type { CompiledLanguage } from './languages/index.ts';
import { clauseAt } from './classify.ts';
import { COUNCILS } from './vocabulary.ts';
import { bodiesForNumber, canonicalResolutionSymbols, isDecisionOf, parseResolutionNumber } from './symbols.ts';

export interface BodyState {
  adopting: Body;
  /** The last council named in the document (for "Council resolution …"). */
  lastCouncil: Body | null;
}

type Resolved = ResolvedText['mentions'][number];

/** Where a draft of another body's text starts in a paragraph ("… the following draft resolution: The General Assembly, …"). */
interface DraftOpening {
  at: number;
  body: Body;
}

/** The draft opening of a paragraph, if any; `pending` when the paragraph only announces it and the next one opens it. */
function draftOpening(text: string, lang: CompiledLanguage, pending: boolean): { draft: DraftOpening | null; pending: boolean } {
  if (pending) {
    const opening = lang.table.openingPattern.exec(text);
    const body = opening?.[1] ? lang.bodyOfName(opening[1]) : null;
    if (body) return { draft: { at: 0, body }, pending: false };
  }
  const m = lang.table.draftOpening.exec(text);
  if (!m) return { draft: null, pending: false };
  const body = m[1] ? lang.bodyOfName(m[1]) : null;
  return body ? { draft: { at: m.index + m[0].length, body }, pending: false } : { draft: null, pending: !m[1] };
}

/** Resolves the numbers and symbols of one text (paragraph or footnote) to canonical targets. */
function resolveMentions(found: FoundText, clauses: Clause[], state: BodyState, where: string, draft: DraftOpening | null = null): ResolvedText {
  const warnings: string[] = [];
  const out: Resolved[] = [];
  type Ev = { at: number; body: Body | 'its' | 'council' };
  const events: Ev[] = [...found.bodyContexts];
  for (const n of found.numbers) if (n.bodyCue) events.push({ at: n.start, body: n.bodyCue });
  events.sort((a, b) => a.at - b.at);
  for (const n of found.numbers) {
    if (draft && n.start >= draft.at) state.adopting = draft.body;
    const clause = clauseAt(clauses, n.start);
    let context: Ev['body'] | null = null;
    for (const e of events) {
      if (e.at > n.start) break;
      if (e.at >= clause.start) context = e.body;
    }
    const { targets, warning } = resolveNumber(n, context, state);
    if (isCouncil(n.bodyCue)) state.lastCouncil = n.bodyCue;
    if (warning) warnings.push(`${where}: ${warning}`);
    if (targets.length) out.push({ start: n.start, end: n.end, targets });
  }
  if (draft) state.adopting = draft.body;
  for (const s of found.symbols) out.push({ start: s.start, end: s.end, targets: [s.symbol] });
  out.sort((a, b) => a.start - b.start);
  return { mentions: out, warnings };
}


/** Where an Official Records volume is named in a footnote (0 when it opens the footnote or is not named): what comes before it is cited in its own right, what comes after is what the volume holds. */
export function volumeAt(text: string, table: LanguageTable): number {
  return Math.max(0, text.search(table.officialRecords));
}

/**
 * The mentions of a footnote that are cited in their own right: all of them, except in an Official
 * Records footnote (or an "Ibid." after one), where only those named before the volume are (after it,
 * a number is what the volume holds); null when none are.
 */
export function citedInNote(text: string, found: FoundText, table: LanguageTable): FoundText | null {
  if (table.treatySeries.test(text) || !(table.ibid.test(text) || table.officialRecords.test(text))) return found;
  const volume = volumeAt(text, table);
  return volume > 0 ? { ...found, numbers: found.numbers.filter((n) => n.end <= volume), symbols: found.symbols.filter((s) => s.end <= volume), instruments: [] } : null;
}

const isCouncil = (body: string | null): body is (typeof COUNCILS)[number] => body !== null && (COUNCILS as readonly string[]).includes(body);

/** Stage 6 over a document: each paragraph's numbers and symbols, then those of the footnotes its markers call, in reading order. */
export function resolveDocument(classified: ClassifiedDocument, lang: CompiledLanguage, opts: { adopting: Body }): ResolvedDocument {
  const state: BodyState = { adopting: opts.adopting, lastCouncil: isCouncil(opts.adopting) ? opts.adopting : null };
  const seg = classified.segmented;
  let draftPending = false;
  const paragraphs = classified.paragraphs.map((cp) => {
    const p = cp.paragraph;
    const opening = draftOpening(p.text.text, lang, draftPending);
    draftPending = opening.pending;
    const resolved = resolveMentions(cp.found, cp.clauses, state, p.id ?? 'text', opening.draft);
    const notes = p.markers.map((mk) => {
      const fn = seg.footnotes.get(mk.footnote);
      const cited = fn ? citedInNote(fn.text.text, classified.footnotes.get(mk.footnote)!, lang.table) : null;
      return cited ? resolveMentions(cited, [{ start: 0, end: fn!.text.text.length, verb: null, qualifier: null, relation: 'CITES' }], state, `footnote ${mk.footnote}`) : null;
    });
    // written out, not spread: a spread of cp with two properties more was a fortieth of extraction's time
    return { paragraph: cp.paragraph, found: cp.found, clauses: cp.clauses, resolved, notes };
  });
  return { ...classified, paragraphs };
}

/** Canonical symbols for a number mention, or a reason it cannot be resolved with confidence. */
export function resolveNumber(m: NumberMention, context: Body | 'its' | 'council' | null, state: BodyState): { targets: string[]; warning: string | null } {
  const n = parseResolutionNumber(m.number);
  if (!n) return { targets: [], warning: `not a resolution number: ${m.number}` };
  const possible = bodiesForNumber(n);
  const cue = m.bodyCue ?? context;
  // A decision number with nothing saying whose it is may belong to any body (a Conference of the Parties,
  // a board): it is the adopting body's only within the range that body numbers its decisions in.
  if (m.docKind === 'decision' && !cue && !isDecisionOf(state.adopting, n)) return { targets: [], warning: `decision ${m.number}: issuing body not stated` };
  let body: Body | null = null;
  if (cue === 'its') body = state.adopting;
  else if (cue === 'council') body = state.lastCouncil ?? COUNCILS.find((b) => possible.includes(b)) ?? null;
  else if (cue) body = cue;
  else body = state.adopting;
  if (body && !possible.includes(body)) {
    // the number's shape wins when it allows one body only (1325 (2000) is the Security Council's)
    if (possible.length === 1) body = possible[0]!;
    else if (!m.bodyCue && possible.includes('GA') && n.style === 'old') body = 'GA';
    else return { targets: [], warning: `resolution ${m.number}: body ${body} does not number resolutions this way` };
  }
  if (!body) return { targets: [], warning: `resolution ${m.number}: issuing body unknown` };
  return { targets: canonicalResolutionSymbols(body, m.docKind, n), warning: null };
}

/** Short forms refer to the instrument of that kind named last in the document. */
export class InstrumentResolver {
  private order: string[] = [];
  constructor(private readonly kindOf: (key: string) => string | undefined) {}

  /** A full name is remembered and returned; a short form ("short:<form>|<kinds>") gives the instrument of its kinds named last, or null. */
  resolve(key: string): string | null {
    if (!key.startsWith('short:')) {
      this.order.push(key);
      return key;
    }
    const kinds = key.slice(key.indexOf('|') + 1).split(',');
    for (let i = this.order.length - 1; i >= 0; i--) {
      const k = this.order[i]!;
      if (kinds.includes(this.kindOf(k) ?? '')) return k;
    }
    return null;
  }
}

/** "chap. III, sect. A" in English form, from a footnote in any language. */
export function parseLocator(text: string, table: LanguageTable): string | null {
  const m = table.locator.exec(text);
  if (!m) return null;
  const chap = table.chapterNumeral(m[1]!);
  if (!chap) return null;
  return m[2] ? `chap. ${chap}, sect. ${m[2]}` : `chap. ${chap}`;
}
