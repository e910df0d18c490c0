// Stage 7 — bind: resolved mentions are tied to what they mean in this
// document — each to the clause whose verb governs it, footnote markers to
// their footnotes (a source of the paragraph's object → citation; an
// Official Records reference right after a cited resolution → publication;
// Treaty Series → the instrument; Ibid. → the previous footnote), "by which
// it adopted …" to adoptions, and short forms to the instrument named last.
import type { CompiledLanguage } from './languages/index.ts';
import { INSTRUMENTS } from './data/instruments.ts';
import type { Adoption, Citation, Clause, FoundText, Publication, ResolvedDocument, ResolvedText } from './models.ts';
import { originalSpan, type MappedText } from './offsets.ts';
import { clauseAt } from './classify.ts';
import { InstrumentResolver, parseLocator, volumeAt } from './resolve.ts';
import { isDecisionDocument, isResolutionSymbol } from './symbols.ts';

export interface BindResult {
  citations: Citation[];
  publications: Publication[];
  adoptions: Adoption[];
  warnings: string[];
}

const KIND_OF = new Map(INSTRUMENTS.map((i) => [i.key, i.kind]));

function quoteOf(text: string, clause: Clause, lang: CompiledLanguage): string {
  return text.slice(clause.start, clause.end).replace(lang.leadingPunctuation, '').trim();
}

/** End of the core phrase of a clause: the first comma not followed by another instrument in a list. */
function coreEnd(text: string, clause: Clause, found: FoundText, lang: CompiledLanguage): number {
  const re = lang.commaPattern;
  re.lastIndex = clause.start + 1;
  for (let m = re.exec(text); m && m.index < clause.end; m = re.exec(text)) {
    const after = text.slice(m.index + 1, m.index + 40);
    const lead = lang.listItemLead.exec(after)![0].length;
    const at = m.index + 1 + lead;
    const article = lang.articleLead?.exec(text.slice(at, at + 12))?.[0].length ?? Number.NaN;
    if (found.instruments.some((i) => i.start === at || i.start === at + article)) continue;
    return m.index;
  }
  return clause.end;
}

export function bind(classified: ResolvedDocument, lang: CompiledLanguage, opts: { self: string | null }): BindResult {
  const seg = classified.segmented;
  const table = lang.table;
  const warnings: string[] = [];
  const citations: Citation[] = [];
  const publications: Publication[] = [];
  const adoptions: Adoption[] = [];
  const resolver = new InstrumentResolver((k) => KIND_OF.get(k));
  const footnoteFacts = new Map<number, { publishedIn: string[]; locator: string | null; targets: string[] }>();

  const cite = (c: Omit<Citation, 'quote'> & { quote: string }) => {
    if (c.targetKind === 'document' && c.target === opts.self) return;
    citations.push(c);
  };

  for (const { paragraph: p, found, clauses, resolved: here, notes } of classified.paragraphs) {
    const text = p.text.text;
    const where = p.id ?? 'text';
    warnings.push(...here.warnings);
    const resolved = here.mentions;

    for (const r of resolved) {
      const clause = clauseAt(clauses, r.start);
      for (const target of r.targets) {
        cite({ target, targetKind: 'document', relation: clause.relation, verb: clause.verb, qualifier: clause.qualifier, paragraph: p.id, via: 'text', footnote: null, span: originalSpan(p.text, r.start, r.end), quote: quoteOf(text, clause, lang) });
      }
    }

    // instruments
    const citedHere = new Set<string>();
    const instrumentKeys: { start: number; end: number; key: string | null; adoption: Adoption | null }[] = [];
    const usedCues = new Set<number>();
    for (const m of found.instruments) {
      const key = resolver.resolve(m.key);
      const entry = { start: m.start, end: m.end, key, adoption: null as Adoption | null };
      instrumentKeys.push(entry);
      if (!key) continue;
      const cueIdx = found.adoptionCues.findIndex((c, i) => !usedCues.has(i) && c.end <= m.start && m.start - c.end < 220 && !lang.sentenceStop.test(text.slice(c.end, m.start)));
      if (cueIdx >= 0) {
        usedCues.add(cueIdx);
        const cue = found.adoptionCues[cueIdx]!;
        const doc = [...resolved].reverse().find((r) => r.end <= cue.start && r.targets.some((t) => isResolutionSymbol(t)));
        if (doc) {
          entry.adoption = { document: doc.targets[0]!, instrument: key, treatySeries: null, span: originalSpan(p.text, m.start, m.end) };
          adoptions.push(entry.adoption);
        }
        continue;
      }
      const rev = found.adoptedBy.find((a) => a.instrumentStart === m.start || (a.instrumentStart >= m.start && a.instrumentStart < m.end));
      if (rev) {
        const doc = resolved.find((r) => r.start >= rev.numberStart - 1 && r.start <= rev.numberStart + 2) ?? resolved.find((r) => r.start >= rev.numberStart);
        if (doc) adoptions.push({ document: doc.targets[0]!, instrument: key, treatySeries: null, span: originalSpan(p.text, m.start, m.end) });
      }
      if (citedHere.has(key)) continue;
      if (found.quotes.some(([s, e]) => m.start >= s && m.end <= e)) continue;
      const clause = clauseAt(clauses, m.start);
      if (m.start >= coreEnd(text, clause, found, lang)) continue;
      if (table.instrumentModifierBefore && table.instrumentModifierBefore.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      if (table.instrumentModifierAfter && table.instrumentModifierAfter.test(text.slice(m.end, m.end + 20))) continue;
      citedHere.add(key);
      cite({ target: key, targetKind: 'instrument', relation: clause.relation, verb: clause.verb, qualifier: clause.qualifier, paragraph: p.id, via: 'text', footnote: null, span: originalSpan(p.text, m.start, m.end), quote: quoteOf(text, clause, lang) });
    }

    /** Cites every document a footnote names (as resolved where its marker stands), with the verb of the clause the marker is in; returns the targets. */
    const citeFromNote = (named: ResolvedText | null, footnote: number, note: MappedText, clause: Clause): string[] => {
      if (!named) return [];
      warnings.push(...named.warnings);
      const targets: string[] = [];
      for (const r of named.mentions) {
        for (const target of r.targets) {
          targets.push(target);
          cite({ target, targetKind: 'document', relation: clause.relation, verb: clause.verb, qualifier: clause.qualifier, paragraph: p.id, via: 'footnote', footnote, span: originalSpan(note, r.start, r.end), quote: quoteOf(text, clause, lang) });
        }
      }
      return targets;
    };

    // footnotes
    for (const [markerIndex, mk] of p.markers.entries()) {
      const fn = seg.footnotes.get(mk.footnote);
      if (!fn) {
        if (seg.footnotes.size) warnings.push(`${where}: footnote ${mk.footnote} has no text`);
        continue;
      }
      const ftext = fn.text.text;
      const footnoteFound = classified.footnotes.get(mk.footnote)!;
      const clause = clauseAt(clauses, Math.max(0, mk.at - 1));
      const ts = table.treatySeries.exec(ftext);
      if (ts) {
        const ins = [...instrumentKeys].reverse().find((i) => i.end <= mk.at && i.key);
        const ref = { volume: Number(ts[1]), number: Number(ts[2]) };
        if (ins?.adoption) ins.adoption.treatySeries = ref;
        else if (ins) {
          const a = adoptions.find((x) => x.instrument === ins.key && x.treatySeries === null);
          if (a) a.treatySeries = ref;
        } else warnings.push(`${where}: Treaty Series footnote ${mk.footnote} not bound to an instrument`);
        // "See resolution 2200 A (XXI), annex; and United Nations, Treaty Series, vol. 993 …": the resolution is cited too
        footnoteFacts.set(mk.footnote, { publishedIn: [], locator: null, targets: citeFromNote(notes[markerIndex]!, mk.footnote, fn.text, clause) });
        continue;
      }
      const ibid = table.ibid.test(ftext);
      const ffound = footnoteFound;
      if (ibid || table.officialRecords.test(ftext)) {
        // "See resolutions 59/39, para. 9, and 65/21; see also Official Records …": the documents named
        // before the volume are cited in their own right (after it, a number is what the volume holds)
        const volume = volumeAt(ftext, table);
        const named = citeFromNote(notes[markerIndex]!, mk.footnote, fn.text, clause);
        const volumes = ffound.symbols.filter((s) => s.start >= volume && !isResolutionSymbol(s.symbol));
        const prev = footnoteFacts.get(mk.footnote - 1);
        let publishedIn = volumes.map((s) => s.symbol);
        let spans = volumes.map((s) => originalSpan(fn.text, s.start, s.end));
        // "S/PRST/2013/2; see Resolutions and Decisions of the Security Council … (S/INF/68)": where the statement is published
        const compiled = named.filter((t) => isDecisionDocument(t));
        if (compiled.length && publishedIn.length && table.compilation.test(ftext)) {
          for (const target of compiled) publishedIn.forEach((pub, i) => publications.push({ document: target, publishedIn: pub, locator: null, footnote: mk.footnote, span: spans[i]! }));
          footnoteFacts.set(mk.footnote, { publishedIn, locator: null, targets: named });
          continue;
        }
        if (!publishedIn.length && ibid && prev) {
          if (prev.targets.length && !prev.publishedIn.length) {
            // "Ibid." after a footnote naming documents: the same documents again
            for (const target of prev.targets) cite({ target, targetKind: 'document', relation: clause.relation, verb: clause.verb, qualifier: clause.qualifier, paragraph: p.id, via: 'footnote', footnote: mk.footnote, span: originalSpan(fn.text, 0, ftext.length), quote: quoteOf(text, clause, lang) });
            footnoteFacts.set(mk.footnote, prev);
            continue;
          }
          publishedIn = prev.publishedIn;
          spans = publishedIn.map(() => originalSpan(fn.text, 0, ftext.length));
        }
        const locator = parseLocator(ftext, table) ?? (ibid && !ffound.symbols.length ? prev?.locator ?? null : null);
        // A volume of the Official Records after a resolution named just before the marker, in the
        // same clause, is where that resolution is published; after anything else ("taking note of
        // the report of the Special Committee"), the volume is the report: it is what is cited.
        const before = [...resolved].reverse().find((r) => r.end <= mk.at);
        // …, except where a relative clause between them names what the marker is about ("resolution 55/33 D,
        // in which the Assembly welcomed the Final Document …,4": the volume is the Final Document)
        const relative = lang.table.relativeClause;
        const between = before ? text.slice(before.end, mk.at) : '';
        const doc = before && clauseAt(clauses, before.start) === clause && before.targets.some((t) => isResolutionSymbol(t)) && !(relative && relative.test(between)) ? before : null;
        if (doc && publishedIn.length) {
          for (const target of doc.targets.filter((t) => isResolutionSymbol(t))) {
            publishedIn.forEach((pub, i) => publications.push({ document: target, publishedIn: pub, locator, footnote: mk.footnote, span: spans[i]! }));
          }
          footnoteFacts.set(mk.footnote, { publishedIn, locator, targets: [] });
        } else {
          publishedIn.forEach((target, i) => cite({ target, targetKind: 'document', relation: clause.relation, verb: clause.verb, qualifier: clause.qualifier, paragraph: p.id, via: 'footnote', footnote: mk.footnote, span: spans[i]!, quote: quoteOf(text, clause, lang) }));
          footnoteFacts.set(mk.footnote, { publishedIn: [], locator, targets: publishedIn });
        }
        continue;
      }
      footnoteFacts.set(mk.footnote, { publishedIn: [], locator: null, targets: citeFromNote(notes[markerIndex]!, mk.footnote, fn.text, clause) });
    }
  }
  return { citations: dedupe(citations), publications: dedupeBy(publications, (x) => `${x.document}|${x.publishedIn}|${x.footnote}`), adoptions: dedupeBy(adoptions, (x) => `${x.document}|${x.instrument}`), warnings };
}

function dedupe(cs: Citation[]): Citation[] {
  return dedupeBy(cs, (c) => `${c.target}|${c.paragraph}|${c.relation}|${c.verb}|${c.via}|${c.footnote}|${c.paragraph === null ? c.span[0] : ''}`);
}

function dedupeBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type { MappedText };
