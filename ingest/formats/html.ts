// HTML (a saved UN web page, any HTML rendering of a resolution, and what mammoth makes of a
// .docx) → the rendered text. Footnotes come in the forms HTML renderings use:
//   - a marker <sup>1</sup> or <a href="#fn1">[1]</a> in the text, bound to a notes list whose
//     items carry the number in their id (fn1, footnote-1, _ftn1, note-1) — Word's "Save as
//     HTML", mammoth, pandoc and most CMS footnote plug-ins;
//   - an inline note, an element with class "footnote" at its marker, numbered by the <sup>
//     before it or in order.
// Parsed with htmlparser2 (forgiving of broken markup); nothing is fetched or run.
import { Parser } from 'htmlparser2';
import { ExtractError } from '../errors.ts';
import { TextRenderer, marker, oneLine, type Rendered } from './render.ts';
import { TreeBuilder, elements, textOf, type Node } from './tree.ts';

/** Elements whose content is never document text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'svg', 'button', 'form', 'iframe', 'object', 'select', 'textarea', 'menu']);
/** A word processor's page header and footer (LibreOffice: <div title="header">; Word: class MsoHeader), page furniture. */
const PAGE_FURNITURE = /^(?:header|footer)$/i;
const PAGE_FURNITURE_CLASS = /\bMso(?:Header|Footer)\b/;
/** Elements that start a new paragraph. */
const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'section', 'article', 'main', 'aside', 'dd', 'dt', 'pre', 'table', 'ul', 'ol', 'dl', 'header', 'footer', 'figure', 'figcaption', 'caption', 'address', 'center', 'body', 'html']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/** Ids of footnote bodies (not of the references back to them): fn1, footnote-1, _ftn1, note-1, endnote-3, sdfootnote1 (LibreOffice). */
const NOTE_ID = /^(?:_?ftn|_?edn|fn|footnote|note|endnote|sdfootnote|sdendnote)[-_:]?(\d{1,3})$/i;
/** Links to a footnote body (LibreOffice links to the number inside it, "#sdfootnote1sym"). */
const NOTE_HREF = /#(?:_?ftn|_?edn|fn|footnote|note|endnote|sdfootnote|sdendnote)[-_:]?(\d{1,3})(?:sym)?$/i;
/** Links from a footnote back to its marker. */
const BACK_HREF = /#(?:_?ftnref|_?ednref|fnref|footnote-ref|noteref|sdfootnote\d+anc|sdendnote\d+anc)/i;
/** A marker as written: 1, [1], (1), ¹. */
const MARKER_TEXT = /^\s*[[(]?\s*(\d{1,3})\s*[\])]?\s*$/;
const INLINE_NOTE_CLASS = /(?:^|\s)(?:footnote|fn|note)(?:\s|$)/i;
const NOTES_CONTAINER_CLASS = /(?:^|\s)(?:footnotes|endnotes|notes)(?:\s|$)/i;
/** Back-links at the end of a note ("↑", "↩︎", "^"). */
const BACK_LINK = /^\s*(?:↑|↩︎?|\^|back)\s*$/i;

function parseHtml(html: string): Node {
  const tree = new TreeBuilder();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        tree.open(name.toLowerCase(), attributes);
        if (VOID.has(name.toLowerCase())) tree.close();
      },
      onclosetag: (name) => {
        if (!VOID.has(name.toLowerCase())) tree.close();
      },
      ontext: (text) => tree.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tree.root;
}

interface Notes {
  /** Footnote bodies by number. */
  bodies: Map<string, string>;
  /** The elements that are footnote bodies, kept out of the body text. */
  elements: Set<Node>;
}

function noteNumber(node: Node, indexInList: number | null): string | null {
  const id = node.attributes.id ?? node.attributes.name ?? '';
  const m = NOTE_ID.exec(id);
  if (m) return String(Number(m[1]));
  // <div id=ftn1><p><a name="_ftn1">…</a> — Word's own HTML puts the id on an anchor inside.
  for (const a of elements(node).flatMap((c) => [c, ...elements(c)])) {
    const inner = NOTE_ID.exec(a.attributes.name ?? a.attributes.id ?? '');
    if (inner) return String(Number(inner[1]));
  }
  return indexInList !== null ? String(indexInList + 1) : null;
}

/** The text of a footnote body: back-links and its own leading marker left out. */
function noteText(node: Node): string {
  const text = textOf(node, (c) => SKIPPED.has(c.name) || (c.name === 'a' && (BACK_LINK.test(textOf(c)) || BACK_HREF.test(c.attributes.href ?? ''))));
  return oneLine(text).replace(/^[[(]?\d{1,3}[\])]?\.?\s+/, '');
}

function collectNotes(root: Node): Notes {
  const notes: Notes = { bodies: new Map(), elements: new Set() };
  const visit = (node: Node, inNotesList: boolean) => {
    const list = node.name === 'ol' || node.name === 'ul';
    let index = 0;
    for (const c of elements(node)) {
      const id = c.attributes.id ?? '';
      const inside = inNotesList || NOTES_CONTAINER_CLASS.test(c.attributes.class ?? '') || c.name === 'section' && /footnotes/i.test(c.attributes.role ?? c.attributes['epub:type'] ?? '');
      const isItem = list && c.name === 'li';
      if (NOTE_ID.test(id) || (isItem && inNotesList)) {
        const n = noteNumber(c, isItem ? index : null);
        if (n && !notes.bodies.has(n)) {
          notes.bodies.set(n, noteText(c));
          notes.elements.add(c);
        }
      } else visit(c, inside);
      if (isItem) index++;
    }
  };
  visit(root, false);
  // Word's HTML: <div id=ftn1><p class=MsoFootnoteText><a name="_ftn1">[1]</a> text</p></div>
  for (const div of descendantsWhere(root, (n) => /MsoFootnoteText|MsoEndnoteText/.test(n.attributes.class ?? ''))) {
    const n = noteNumber(div, null);
    if (n && !notes.bodies.has(n)) {
      notes.bodies.set(n, noteText(div));
      notes.elements.add(div);
    }
  }
  return notes;
}

function descendantsWhere(node: Node, test: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  for (const c of elements(node)) {
    if (test(c)) out.push(c);
    else out.push(...descendantsWhere(c, test));
  }
  return out;
}

/** The footnote number a marker element stands for, or null when it is not a marker. */
function markerNumber(node: Node): string | null {
  const text = textOf(node);
  if (node.name === 'a') {
    const href = NOTE_HREF.exec(node.attributes.href ?? '');
    if (href && MARKER_TEXT.test(text)) return String(Number(MARKER_TEXT.exec(text)![1]));
    return null;
  }
  if (node.name === 'sup') {
    const m = MARKER_TEXT.exec(text);
    return m ? String(Number(m[1])) : null;
  }
  return null;
}

class BodyWriter {
  private current = '';
  private inlineCount = 0;
  private lastMarker: string | null = null;

  constructor(
    private readonly out: TextRenderer,
    private readonly notes: Notes,
  ) {}

  flush(): void {
    if (this.current.trim()) this.out.paragraph(this.current);
    this.current = '';
  }

  walk(node: Node): void {
    for (const c of node.children) {
      if (typeof c === 'string') {
        this.current += c;
        if (c.trim()) this.lastMarker = null;
        continue;
      }
      if (SKIPPED.has(c.name) || this.notes.elements.has(c) || PAGE_FURNITURE.test(c.attributes.title ?? '') || PAGE_FURNITURE_CLASS.test(c.attributes.class ?? '')) continue;
      if (c.name === 'br') {
        this.current += ' ';
        continue;
      }
      const n = markerNumber(c);
      if (n) {
        this.current += marker(n);
        this.lastMarker = n;
        continue;
      }
      if (INLINE_NOTE_CLASS.test(c.attributes.class ?? '') && !BLOCKS.has(c.name)) {
        // an inline note at its marker: numbered by the <sup> just before it, or in order
        const number = this.lastMarker ?? String(++this.inlineCount);
        if (this.lastMarker === null) this.current += marker(number);
        else this.inlineCount = Number(number);
        this.out.footnote(number, noteText(c));
        this.lastMarker = null;
        continue;
      }
      if (BLOCKS.has(c.name)) {
        this.flush();
        if (c.name === 'tr') {
          const cells = elements(c).map((cell) => oneLine(textOf(cell, (x) => SKIPPED.has(x.name))));
          this.current = cells.filter(Boolean).join(' | ');
          this.flush();
        } else {
          this.walk(c);
          this.flush();
        }
      } else this.walk(c);
    }
  }
}

export function readHtml(html: string): Rendered {
  const root = parseHtml(html);
  const body = elements(root).find((e) => e.name === 'html') ?? root;
  const notes = collectNotes(body);
  const out = new TextRenderer();
  out.beginDocument();
  const writer = new BodyWriter(out, notes);
  writer.walk(body);
  writer.flush();
  for (const [n, text] of notes.bodies) out.footnote(n, text);
  out.endDocument(null);
  const rendered = out.finish();
  if (!rendered.text.trim()) throw new ExtractError('empty', 'HTML page with no text');
  return rendered;
}
