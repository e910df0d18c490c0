// Stage 7 — resolve: a bound number becomes canonical symbols (body from
// the cue, the clause context or the adopting body, checked against the
// number's shape), a short form ("the Convention", 《公约》) becomes the
// instrument named last, and a footnote's locator is put in English form.
import type { Body, NumberMention } from './models.ts';
import type { LanguageTable } from './languages/types.ts';
import { bodiesForNumber, canonicalResolutionSymbols, isDecisionOf, parseResolutionNumber } from './symbols.ts';

export interface BodyState {
  adopting: Body;
  /** The last council named in the document (for "Council resolution …"). */
  lastCouncil: Body | null;
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
  else if (cue === 'council') body = state.lastCouncil ?? (['SC', 'HRC', 'ECOSOC'] as Body[]).find((b) => possible.includes(b)) ?? null;
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
