// Stage 6 — classify: a paragraph is cut into main clauses (a new
// coordinated verb — ", and calls upon", "，并鼓励" — starts a new one),
// each with its verb as written, its qualifier, and the relation the verb
// makes (RECALLS, REAFFIRMS, WELCOMES, TAKES_NOTE, or CITES).
import type { CompiledLanguage } from './languages/index.ts';
import type { Clause } from './models.ts';

/** Clauses of a paragraph. `inherited` is the verb of the parent paragraph for sub-paragraphs ("(a) To …"). */
export function classify(text: string, lang: CompiledLanguage, inherited: Clause | null = null): Clause[] {
  const starts: { at: number; verbAt: number }[] = [{ at: 0, verbAt: 0 }];
  const re = lang.clauseBoundary;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const verbAt = m.index + m[0].length - m[1]!.length;
    // the punctuation stays with the clause before (a marker after it belongs there too)
    starts.push({ at: m.index + 1, verbAt });
  }
  const clauses: Clause[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    const lead = text.slice(s.verbAt, Math.min(end, s.verbAt + 120));
    const trimmed = lead.replace(/^[\s"“*_]+/, '');
    const v = lang.verbAt(trimmed);
    if (v) clauses.push({ start: s.at, end, verb: v.verb, qualifier: v.qualifier, relation: v.relation });
    else if (i === 0 && inherited) clauses.push({ ...inherited, start: s.at, end });
    else if (i === 0) {
      const first = lang.table.alphabetic ? /^([A-Z][a-z]+(?:\s+(?:upon|on|by|in mind|note of|note))?)\b/.exec(trimmed) : null;
      clauses.push({ start: s.at, end, verb: first && /(?:ing|s|ed)\b/.test(first[1]!) ? first[1]! : null, qualifier: null, relation: 'CITES' });
    } else if (clauses.length) clauses[clauses.length - 1]!.end = end;
  });
  return clauses;
}

/** The clause a position belongs to. */
export function clauseAt(clauses: Clause[], pos: number): Clause {
  for (const c of clauses) if (pos >= c.start && pos < c.end) return c;
  return clauses[clauses.length - 1]!;
}
