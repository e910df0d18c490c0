// Akoma Ntoso XML (the UN's AKN4UN edition) → the rendered text. Footnotes are
// <authorialNote marker="n"> inline at their marker, so they are bound exactly; symbol, body,
// date, language, session, title and subject keywords come from the FRBR metadata, the cover
// page and the preface; the preamble/operative structure from the markup.
//
// Parsed with saxes, a streaming parser that never fetches anything: a document type
// declaration is refused outright (no external entities, no entity expansion).
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ExtractError } from '../errors.ts';
import type { Body, DocumentMetadata, Subject } from '../models.ts';
import { normalizeDocumentSymbol } from '../symbols.ts';
import { TextRenderer, marker, oneLine, type Rendered } from './render.ts';
import { TreeBuilder, child, descendants, elements, textOf, type Node } from './tree.ts';

const AKN_NAMESPACE = /^http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0/;

/** FRBR author codes of the work URI (/akn/un/statement/deliberation/<code>/…) → body. */
const BODY_OF_AUTHOR: Record<string, Body> = { unga: 'GA', unsc: 'SC', 'unga-hrc': 'HRC', unecosoc: 'ECOSOC', unchr: 'CHR' };

/** How each body's work number ("75-100", "1285-2000", "2021-1") becomes a symbol, by statement name. */
const SYMBOL_OF_WORK: Partial<Record<Body, Partial<Record<string, (a: string, b: string) => string>>>> = {
  GA: { resolution: (a, b) => `A/RES/${a}/${b}`, decision: (a, b) => `A/DEC/${a}/${b}` },
  SC: { resolution: (a, b) => `S/RES/${a} (${b})`, presidentialStatement: (a, b) => `S/PRST/${a}/${b}` },
  HRC: { resolution: (a, b) => `A/HRC/RES/${a}/${b}`, decision: (a, b) => `A/HRC/DEC/${a}/${b}` },
  ECOSOC: { resolution: (a, b) => `E/RES/${a}/${b}`, decision: (a, b) => `E/DEC/${a}/${b}` },
  CHR: { resolution: (a, b) => `E/CN.4/RES/${a}/${b}` },
};

/** ISO 639-2 codes of FRBRlanguage → the codes citegraph uses. */
const LANGUAGE_OF: Record<string, string> = { eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', rus: 'ru', ara: 'ar', zho: 'zh', chi: 'zh' };

/** Dictionaries of <keyword> → the scheme names citegraph stores. */
const SCHEME_OF: Record<string, string> = { SDGO: 'SDG', 'UNBIS Thesaurus': 'UNBIS', EuroVoc: 'EuroVoc' };

/** Elements whose text is never part of the document (images, metadata, the TLC references). */
const SKIPPED = new Set(['meta', 'img', 'references', 'analysis', 'workflow', 'TLCOrganization', 'TLCRole', 'TLCConcept', 'TLCTerm']);
/** Elements that each make one line or paragraph of their own. */
const BLOCKS = new Set(['p', 'heading', 'subheading', 'crossHeading', 'tr', 'num', 'docTitle', 'docNumber', 'docDate', 'docType', 'docStatus', 'docProponent', 'session']);
const STATEMENTS = new Set(['statement', 'resolution', 'doc']);

interface StatementInfo {
  name: string;
  symbol: string | null;
  part: string | null;
  title: string | null;
  date: string | null;
  workAuthor: string | null;
  workNumber: string | null;
  language: string | null;
  session: number | null;
  agendaItem: string | null;
  subjects: Subject[];
}

function emptyInfo(name: string): StatementInfo {
  return { name, symbol: null, part: null, title: null, date: null, workAuthor: null, workNumber: null, language: null, session: null, agendaItem: null, subjects: [] };
}

function parseTree(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const tree = new TreeBuilder();
  parser.on('doctype', () => {
    throw new ExtractError('refused', 'XML with a document type declaration is refused (no external entities, no entity expansion)');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => tree.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('closetag', () => tree.close());
  parser.on('text', (text: string) => tree.text(text));
  parser.on('cdata', (text: string) => tree.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('damaged', `malformed XML: ${(error as Error).message.replace(/^undefined:/, '').trim()}`);
  }
  return tree.root;
}

/** The plain text of a node: footnotes and skipped elements left out, line breaks as spaces. */
const plainText = (node: Node): string =>
  textOf({ ...node, children: node.children.map((c) => (typeof c !== 'string' && c.name === 'eol' ? ' ' : c)) }, (c) => c.name === 'authorialNote' || SKIPPED.has(c.name));

/** "&#39;" left escaped by the source in keyword values. */
const decodeKeyword = (v: string) => v.replace(/&(?:amp;)?#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

function readMeta(meta: Node | undefined, info: StatementInfo): void {
  if (!meta) return;
  const work = [...descendants(meta, 'FRBRWork')][0];
  if (work) {
    const uri = child(work, 'FRBRthis')?.attributes.value ?? child(work, 'FRBRuri')?.attributes.value ?? '';
    // /akn/un/statement/deliberation/unga/2020-12-10/75-100/!main/
    const m = /\/akn\/un\/[^/]+\/[^/]+\/([^/]+)\/([^/]+)\/([^/!]+)/.exec(uri);
    if (m) {
      info.workAuthor = m[1]!;
      info.workNumber = m[3]!;
    }
    const date = [...descendants(work, 'FRBRdate')].find((d) => d.attributes.name === 'adoption')?.attributes.date ?? child(work, 'FRBRdate')?.attributes.date;
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !date.startsWith('0001')) info.date = date;
  }
  const lang = [...descendants(meta, 'FRBRlanguage')][0]?.attributes.language;
  if (lang) info.language = LANGUAGE_OF[lang.toLowerCase()] ?? lang.toLowerCase();
  const seen = new Set<string>();
  for (const k of descendants(meta, 'keyword')) {
    const scheme = SCHEME_OF[k.attributes.dictionary ?? ''] ?? k.attributes.dictionary ?? 'keyword';
    const value = decodeKeyword(k.attributes.value ?? k.attributes.showAs ?? '');
    if (!value || seen.has(`${scheme}|${value}`)) continue;
    seen.add(`${scheme}|${value}`);
    info.subjects.push({ scheme, value, uri: k.attributes.href ?? null });
  }
}

function readCover(cover: Node | undefined, info: StatementInfo): void {
  if (!cover) return;
  for (const n of descendants(cover, 'docNumber')) if (n.attributes.refersTo === '#symbol') info.symbol ??= oneLine(plainText(n));
  for (const s of descendants(cover, 'session')) {
    const v = Number(s.attributes.value);
    if (Number.isInteger(v) && v > 0) info.session ??= v;
  }
  for (const i of descendants(cover, 'inline')) {
    if (i.attributes.name !== 'agenda item') continue;
    const item = i.attributes.title ?? /(\d+\s*(?:\([a-z]\))?)/.exec(plainText(i))?.[1];
    if (item) info.agendaItem ??= oneLine(item);
  }
}

function readPreface(preface: Node | undefined, info: StatementInfo): void {
  if (!preface) return;
  for (const t of descendants(preface, 'docTitle')) info.title ??= oneLine(plainText(t)) || null;
  for (const n of descendants(preface, 'docNumber')) {
    const v = oneLine(plainText(n));
    if (n.attributes.refersTo === '#letter' || /^[A-Z]$/.test(v)) info.part ??= v;
    if (n.attributes.refersTo === '#symbol') info.symbol ??= v;
  }
}

function metadataOf(info: StatementInfo, inherited: StatementInfo | null): DocumentMetadata {
  const author = info.workAuthor ?? inherited?.workAuthor ?? null;
  const body = author ? BODY_OF_AUTHOR[author] ?? null : null;
  let symbol = info.symbol ?? inherited?.symbol ?? null;
  // "A/RES/75/101 A-B" names the collection; a part is "A/RES/75/101 A".
  if (symbol) symbol = symbol.replace(/\s+[A-Z](?:\s*[-–,]\s*[A-Z])+\s*$/, '');
  if (!symbol && body && (info.workNumber ?? inherited?.workNumber)) {
    const [a, b] = (info.workNumber ?? inherited!.workNumber!).split('-');
    const make = SYMBOL_OF_WORK[body]?.[info.name];
    if (make && a && b) symbol = make(a, b);
  }
  const part = info.part ?? null;
  if (symbol && part && !new RegExp(`\\s${part}$`).test(symbol)) symbol = `${symbol.replace(/\s+\(\d{4}\)$/, '')}${/\(\d{4}\)$/.test(symbol) ? '' : ` ${part}`}`;
  const kind = info.name === 'resolution' ? 'resolution' : info.name === 'decision' ? 'decision' : null;
  return {
    symbol: symbol ? normalizeDocumentSymbol(symbol) : null,
    body,
    kind,
    language: info.language ?? inherited?.language ?? null,
    date: info.date ?? inherited?.date ?? null,
    session: info.session ?? inherited?.session ?? null,
    title: info.title ?? inherited?.title ?? null,
    agendaItem: info.agendaItem ?? inherited?.agendaItem ?? null,
    subjects: info.subjects.length ? info.subjects : inherited?.subjects ?? [],
  };
}

/** Renders the text of a block: text, "[^n]" for each authorial note (whose text becomes the footnote). */
function renderInline(node: Node, out: TextRenderer): string {
  let s = '';
  for (const c of node.children) {
    if (typeof c === 'string') s += c;
    else if (c.name === 'authorialNote') {
      const n = (c.attributes.marker ?? '').trim();
      out.footnote(n, elements(c).map((p) => plainText(p)).join(' ') || plainText(c));
      s += marker(n);
    } else if (c.name === 'eol') s += ' ';
    else if (!SKIPPED.has(c.name)) s += renderInline(c, out);
  }
  return s;
}

/** Renders the blocks of a part of the document: each block element is one line (header) or paragraph (body). */
function renderBlocks(node: Node, out: TextRenderer, asParagraphs: boolean, prefix = ''): void {
  let pending = prefix;
  for (const c of elements(node)) {
    if (SKIPPED.has(c.name) || c.name === 'authorialNote') continue;
    if (c.name === 'num') {
      pending = `${pending}${oneLine(plainText(c))} `;
      continue;
    }
    if (c.name === 'tr') {
      const cells = elements(c).map((cell) => oneLine(renderInline(cell, out))).filter(Boolean);
      if (cells.length) (asParagraphs ? out.paragraph(cells.join(' | ')) : out.line(cells.join(' | ')));
      continue;
    }
    const hasBlocks = elements(c).some((g) => BLOCKS.has(g.name) || containsBlock(g));
    if (BLOCKS.has(c.name) && !(c.name === 'p' && elements(c).some((g) => g.name === 'p'))) {
      const text = `${pending}${renderInline(c, out)}`;
      pending = '';
      if (asParagraphs) out.paragraph(text);
      else if (c.name === 'p' && elements(c).some((g) => g.name === 'eol')) splitAtEol(c, out, pending);
      else out.line(text);
      continue;
    }
    if (hasBlocks) {
      renderBlocks(c, out, asParagraphs, pending);
      pending = '';
    } else {
      const text = `${pending}${renderInline(c, out)}`;
      pending = '';
      if (asParagraphs) out.paragraph(text);
      else out.line(text);
    }
  }
}

function containsBlock(node: Node): boolean {
  return elements(node).some((c) => BLOCKS.has(c.name) || containsBlock(c));
}

/** A header paragraph with <eol/> line breaks ("41st plenary meeting<eol/>10 December 2020"): one line each. */
function splitAtEol(p: Node, out: TextRenderer, prefix: string): void {
  let line = prefix;
  for (const c of p.children) {
    if (typeof c !== 'string' && c.name === 'eol') {
      out.line(line);
      line = '';
    } else line += typeof c === 'string' ? c : renderInline({ name: '#', attributes: {}, children: [c] }, out);
  }
  out.line(line);
}

/** Renders one statement (a resolution, decision or presidential statement, or a part of a collection). */
function renderStatement(statement: Node, out: TextRenderer, inherited: StatementInfo | null, sharedHeader: Node[]): void {
  const info = emptyInfo(statement.attributes.name ?? statement.name);
  readMeta(child(statement, 'meta'), info);
  readCover(child(statement, 'coverPage'), info);
  readPreface(child(statement, 'preface'), info);
  // where the FRBR adoption date is a placeholder (0001-01-01), the printed adoption date
  for (const d of descendants(statement, 'docDate')) if (d.attributes.refersTo === '#adoptionDate' && /^\d{4}-\d{2}-\d{2}$/.test(d.attributes.date ?? '')) info.date ??= d.attributes.date!;
  out.beginDocument();
  for (const h of sharedHeader) renderBlocks(h, out, false);
  for (const c of elements(statement)) {
    // (components inside a statement — a draft resolution it recommends, with its annex — are part of its text)
    if (c.name === 'meta') continue;
    if (c.name === 'coverPage' || c.name === 'preface' || c.name === 'conclusions') {
      out.blank();
      renderBlocks(c, out, false);
      out.blank();
    } else if (c.name === 'mainBody') {
      out.beginBody().beginOperative();
      renderBlocks(c, out, true);
      out.endOperative();
    } else {
      out.beginBody();
      renderBlocks(c, out, true);
    }
  }
  out.endDocument(metadataOf(info, inherited));
}

/** Is this XML an Akoma Ntoso document? (root element and namespace) */
export function isAkomaNtoso(head: string): boolean {
  const root = /<(?:([\w-]+):)?akomaNtoso\b[^>]*>/.exec(head);
  return !!root && [...root[0].matchAll(/xmlns(?::[\w-]+)?\s*=\s*["']([^"']+)["']/g)].some((m) => AKN_NAMESPACE.test(m[1]!));
}

export function readAkn(xml: string): Rendered {
  const root = parseTree(xml);
  const akn = elements(root).find((e) => e.name === 'akomaNtoso');
  if (!akn) throw new ExtractError('unsupported-format', `XML but not Akoma Ntoso (root element <${elements(root)[0]?.name ?? '?'}>)`);
  const out = new TextRenderer();
  for (const top of elements(akn)) {
    if (top.name === 'components') continue; // the parts of a collection, rendered with it
    // The parts of a collection sit in <components>, inside it or beside it under <akomaNtoso>.
    const components = top.name === 'documentCollection' ? child(top, 'components') ?? child(akn, 'components') : undefined;
    if (components) {
      // A collection: its cover and preface, then each part (A, B …) as a document of its own.
      const info = emptyInfo(top.attributes.name ?? top.name);
      readMeta(child(top, 'meta'), info);
      readCover(child(top, 'coverPage'), info);
      readPreface(child(top, 'preface'), info);
      const shared = elements(top).filter((c) => c.name === 'coverPage' || c.name === 'preface');
      for (const component of descendants(components, 'component')) {
        const statement = elements(component).find((c) => STATEMENTS.has(c.name));
        if (statement) renderStatement(statement, out, info, shared);
      }
    } else if (STATEMENTS.has(top.name) || child(top, 'mainBody') || child(top, 'preamble')) {
      renderStatement(top, out, null, []);
    }
  }
  const rendered = out.finish();
  if (!rendered.text.trim()) throw new ExtractError('empty', 'Akoma Ntoso document with no text');
  return rendered;
}
