// What the AKN markup itself says of each footnote: the documents its <authorialNote> links to
// (<a href="https://undocs.org/…/SYMBOL">) and its text, per document of the file — the
// reference that footnote binding is checked against (test/extract/formats.test.ts,
// npm run bench:formats).
import { SaxesParser } from 'saxes';
import { normalizeDocumentSymbol } from '../../ingest/index.ts';

export interface Note {
  links: Set<string>;
  text: string;
  /** For "Ibid.": what the note before it names, which it names too. */
  alsoNames: Set<string>;
  alsoText: string;
}

/** The documents each authorial note links to, and its text, per document (statement) of the file, in order. */
export function markupNotes(xml: string): Map<string, Note>[] {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const perStatement: Map<string, Note>[] = [];
  let note: string | null = null;
  let depth = 0;
  let statementDepth = 0;
  let current: Map<string, Note> | null = null;
  const noteOf = (n: string) => current!.get(n) ?? current!.set(n, { links: new Set(), text: '', alsoNames: new Set(), alsoText: '' }).get(n)!;
  parser.on('opentag', (tag) => {
    depth++;
    const name = tag.name.replace(/^[\w-]+:/, '');
    if (name === 'statement' && !current) {
      current = new Map();
      perStatement.push(current);
      statementDepth = depth;
    }
    if (name === 'authorialNote') {
      note = String(tag.attributes.marker ?? '').trim();
      if (current) noteOf(note);
    }
    if (name === 'a' && note && current) {
      const href = String(tag.attributes.href ?? '');
      const m = /undocs\.org\/(?:[a-z]{2}\/)?(.+)$/.exec(href);
      // the links spell some symbols their own way: "S/RES/2282(2016)", "A/61/33(supp)", "A/CONF.157/24(PartI)"
      const written = decodeURIComponent(m?.[1] ?? '').replace(/\(supp\)$/i, '').replace(/\((\d{4})\)$/, ' ($1)');
      const symbol = m ? normalizeDocumentSymbol(written) : null;
      if (symbol) noteOf(note).links.add(symbol);
    }
  });
  parser.on('text', (text) => {
    if (note && current) noteOf(note).text += text;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.replace(/^[\w-]+:/, '');
    if (name === 'authorialNote') note = null;
    if (name === 'statement' && depth === statementDepth) current = null;
    depth--;
  });
  parser.write(xml).close();
  // "Ibid." names the documents of the note before it
  for (const notes of perStatement) {
    let previous: Note | null = null;
    for (const note of notes.values()) {
      if (previous && /^\s*(?:See\s+)?Ibid\b/i.test(note.text)) {
        for (const l of [...previous.links, ...previous.alsoNames]) note.alsoNames.add(l);
        note.alsoText = `${previous.text} ${previous.alsoText}`;
      }
      previous = note;
    }
  }
  return perStatement;
}

/** The markup links a resolution without its part letter ("A/RES/2200(XXI)" for 2200 A (XXI)). */
/** One spelling for comparing symbols: "A/CONF.157/24 (Part I)" and "A/CONF.157/24(PartI)" are one document. */
export const documentKey = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** Does the note (or, for "Ibid.", the note before it) link to this document? */
export function links(note: Note, symbol: string): boolean {
  const keys = [documentKey(symbol), documentKey(withoutPart(symbol))];
  return [...note.links, ...note.alsoNames].some((l) => keys.includes(documentKey(l)));
}

export const withoutPart = (s: string) => s.replace(/^(A\/RES\/\d+) [A-Z] (\([^)]+\))$/, '$1 $2').replace(/^(A\/RES\/\d+\/\d+) [A-Z]$/, '$1');
/** Is the document written in the note (its symbol in any case, or the numbers of its resolution number in order)? */
export function writtenIn(symbol: string, text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').toUpperCase();
  if (flat.includes(symbol.toUpperCase())) return true;
  const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
  const own = numbers(/^(?:A|A\/HRC|E|S|E\/CN\.\d+)\/(?:RES|DEC)\/(.+)$/.exec(symbol)?.[1] ?? symbol.split('/').slice(-2).join('/'));
  const all = numbers(flat);
  return own.length > 0 && all.some((_, i) => own.every((n, k) => all[i + k] === n));
}

