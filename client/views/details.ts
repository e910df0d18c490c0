// The details panel: for a node, what it is (symbol, its titles in every language it has,
// body, date, whether we have its text, links to the official text, citations in and out by
// relation); for an edge, the evidence (relation, verb as written, qualifier, paragraph,
// footnote, quoted words in each language, languages). Every value is inserted as text, and
// every text from a document is marked with its language (lang, dir).
import { api } from '../api.ts';
import { humanError, isAbort, type App } from '../context.ts';
import { h } from '../dom.ts';
import { LANGUAGE_NAMES, vocabularyWord, inLanguage, languageOf, languagesOf, textAttributes, valueIn, type Language, type Multilingual, type OfficialLanguage } from '../i18n.ts';
import type { DocumentResponse } from '../../server/wire.ts';
import type { EdgeData, NodeData } from '../api.ts';
import { RELATIONS } from '../relations.ts';
import { describeTime } from '../graph/time.ts';
import { RELATION_COLOURS, CATEGORY_STYLES, nodeCategory } from '../graph/style.ts';

export interface NodeActions {
  /** Browse only: expand / collapse / remove the node. */
  expand?: () => void;
  collapse?: () => void;
  remove?: () => void;
  expanded?: boolean;
  /** Draws the shortest citation paths from the focus to this node. */
  pathTo?: () => void;
}

export class DetailsPanel {
  private controller: AbortController | null = null;
  private current: { kind: 'node'; data: NodeData; actions: NodeActions } | { kind: 'edge'; data: EdgeData } | { kind: 'group'; show: () => void } | null = null;

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
  ) {
    this.clear();
  }

  clear(): void {
    this.controller?.abort();
    this.current = null;
    this.root.dataset.kind = 'none';
    this.root.replaceChildren(
      h('h2', { text: this.app.t('details') }),
      h('p', { class: 'muted', 'data-testid': 'details-empty', text: this.app.t('detailsEmpty') }),
      h('p', { class: 'muted keys-hint', text: this.app.t('keysHint') }),
    );
  }

  /** Re-renders what is shown (after a language switch). */
  relabel(): void {
    const current = this.current;
    if (!current) this.clear();
    else if (current.kind === 'node') this.showNode(current.data, current.actions);
    else if (current.kind === 'group') current.show();
    else this.showEdge(current.data);
  }

  /** A document named in the panel, as a link that opens it (in the lineage when the console is showing). */
  private documentLink(id: string, testid: string): HTMLElement {
    const open = () => this.app.go({ symbol: id, view: this.app.state.view === 'console' ? 'lineage' : this.app.state.view });
    return h('a', { href: `/document/${encodeURIComponent(id)}`, 'data-testid': testid, text: id.replace(/^instrument:/, ''), onclick: (e: Event) => (e.preventDefault(), open()) });
  }

  private field(list: HTMLDListElement, label: string, value: string | Node | null | undefined, testid?: string): void {
    if (value === null || value === undefined || value === '') return;
    list.append(h('dt', { text: label }), h('dd', { 'data-testid': testid }, value));
  }

  showNode(data: NodeData, actions: NodeActions = {}): void {
    const t = this.app.t.bind(this.app);
    const language = this.app.state.language;
    this.controller?.abort();
    this.current = { kind: 'node', data, actions };
    this.root.dataset.kind = 'node';
    const category = CATEGORY_STYLES[nodeCategory(data)];
    const list = h('dl');
    const titles = languagesOf(data, 'title', language);
    this.field(list, t('detail.kind'), t(category.label));
    if (titles.length) this.field(list, t(titles.length > 1 ? 'detail.titles' : 'detail.title'), versions(data, 'title', titles, 'div'));
    this.field(list, t('detail.body'), vocabularyWord(language, 'body', data.body));
    this.field(list, t('detail.date'), describeTime(data) ?? t('unknown'));
    const more = h('div', { class: 'more', 'data-testid': 'details-more' }, h('p', { class: 'muted', text: t('loading') }));
    const buttons = h('div', { class: 'actions' });
    if (data.id !== this.app.state.symbol) {
      buttons.append(h('button', { type: 'button', 'data-testid': 'details-open', onclick: () => this.app.go({ symbol: data.id, view: this.app.state.view === 'console' ? 'lineage' : this.app.state.view }) }, t('open')));
    }
    if (actions.expand) buttons.append(h('button', { type: 'button', 'data-testid': 'details-expand', onclick: actions.expand }, t('expand')));
    if (actions.collapse && actions.expanded) buttons.append(h('button', { type: 'button', class: 'secondary', 'data-testid': 'details-collapse', onclick: actions.collapse }, t('collapse')));
    if (actions.remove) buttons.append(h('button', { type: 'button', class: 'secondary', 'data-testid': 'details-remove', onclick: actions.remove }, t('remove')));
    if (actions.pathTo) buttons.append(h('button', { type: 'button', class: 'secondary', 'data-testid': 'details-path', onclick: actions.pathTo }, t('path.here')));
    this.root.replaceChildren(
      h('h2', { text: t('details') }),
      h('div', { class: 'node-head' }, h('span', { class: `swatch ${data.ingested ? '' : 'hollow'}`, style: `--c:${category.colour}` }), heading(data, language)),
      list,
      ...(buttons.childElementCount ? [buttons, more] : [more]),
    );
    const controller = new AbortController();
    this.controller = controller;
    this.app
      .track(api.document(data.id, controller.signal))
      .then((document) => {
        if (!controller.signal.aborted) more.replaceChildren(...this.documentFacts(document));
      })
      .catch((error) => {
        if (!isAbort(error)) more.replaceChildren(h('p', { class: 'error-text', text: humanError(this.app, error) }));
      });
  }

  private documentFacts(document: DocumentResponse): Node[] {
    const t = this.app.t.bind(this.app);
    const list = h('dl');
    this.field(
      list,
      t('detail.text'),
      document.ingested ? t('detail.textYes', { languages: document.languages.join(', ') || '—' }) : t('detail.textNo'),
      'details-ingested',
    );
    if (document.links.length) {
      const links = h('span', { class: 'links' });
      for (const link of document.links) {
        // Only http(s) links from the server; anything else is shown as text.
        if (/^https?:\/\//.test(link.url)) links.append(h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer', text: link.language }), ' ');
      }
      this.field(list, t('detail.official'), links);
    }
    if (document.adopts.length) this.field(list, t('detail.adopts'), document.adopts.join(', '));
    if (document.adoptedBy.length) this.field(list, t('detail.adoptedBy'), document.adoptedBy.join(', '));
    if (document.publishedIn.length) this.field(list, t('detail.publishedIn'), document.publishedIn.join(', '));
    const sources = [...new Set([document.sources.title, document.sources.date].filter((s): s is string => s !== null && s !== 'text'))];
    if (sources.length) this.field(list, t('detail.sources'), sources.map((s) => (s.startsWith('csv:') ? t('source.csv', { file: s.slice(4) }) : t(`source.${s}` as 'source.text'))).join('; '), 'details-sources');
    const catalogue = h('span', { class: 'catalogue' });
    if (document.catalogue.url && /^https?:\/\//.test(document.catalogue.url)) catalogue.append(h('a', { href: document.catalogue.url, target: '_blank', rel: 'noopener noreferrer', text: t('detail.catalogueRecord') }));
    if (catalogue.childElementCount) this.field(list, t('detail.catalogue'), catalogue, 'details-catalogue');
    this.field(list, t('detail.meetingRecord'), document.catalogue.meetingRecord);
    this.field(list, t('detail.committeeReport'), document.catalogue.committeeReport);
    if (document.subjects.length) {
      // grouped by scheme, each keyword a chip; its concept page when the file gives one
      const groups = h('div', { class: 'subjects', 'data-testid': 'details-subjects' });
      for (const scheme of [...new Set(document.subjects.map((s) => s.scheme))]) {
        const chips = document.subjects
          .filter((s) => s.scheme === scheme)
          .map((s) => (s.uri && /^https?:\/\//.test(s.uri) ? h('a', { class: 'chip', href: s.uri, target: '_blank', rel: 'noopener noreferrer', text: s.label }) : h('span', { class: 'chip', text: s.label })));
        groups.append(h('div', { class: 'subject-group' }, h('span', { class: 'scheme', text: scheme }), ...chips));
      }
      this.field(list, t('detail.subjects'), groups);
    }
    const counts = (title: string, values: Record<string, number>, testid: string) => {
      const rows = RELATIONS.filter((r) => values[r]).map((r) =>
        h('li', {}, h('span', { class: 'dot', style: `--c:${RELATION_COLOURS[r]}` }), h('span', { text: t(`rel.${r}`) }), h('strong', { text: String(values[r]) })),
      );
      return h('div', { class: 'counts', 'data-testid': testid }, h('h4', { text: title }), rows.length ? h('ul', {}, ...rows) : h('p', { class: 'muted', text: '0' }));
    };
    return [list, h('div', { class: 'count-grid' }, counts(t('detail.citesOut'), document.citations.out, 'counts-out'), counts(t('detail.citedIn'), document.citations.in, 'counts-in'))];
  }

  /**
   * A group of siblings (graph/groups.ts): what it holds, each member a link with its year,
   * and a button that draws them all. `words` are called again after a language switch.
   */
  showGroup(words: () => { title: string; relation: string }, members: readonly NodeData[], open: () => void): void {
    const t = this.app.t.bind(this.app);
    const show = () => this.showGroup(words, members, open);
    this.controller?.abort();
    this.current = { kind: 'group', show };
    this.root.dataset.kind = 'group';
    const { title, relation } = words();
    const items = members.map((member) => {
      const when = describeTime(member);
      return h('li', {}, this.documentLink(member.id, 'group-member'), when ? h('span', { class: 'muted', text: ` ${when}` }) : '');
    });
    this.root.replaceChildren(
      h('h2', { text: t('details') }),
      h('h3', { 'data-testid': 'group-title', text: title }),
      h('p', { class: 'muted', text: relation }),
      h('div', { class: 'actions' }, h('button', { type: 'button', 'data-testid': 'group-open', onclick: open }, t('group.open', { n: members.length }))),
      h('h4', { text: t('group.members') }),
      h('ol', { class: 'group-members', 'data-testid': 'group-members' }, ...items),
    );
  }

  isShowingEdge(id: string): boolean {
    return this.current?.kind === 'edge' && this.current.data.id === id;
  }

  showEdge(data: EdgeData): void {
    const t = this.app.t.bind(this.app);
    const language = this.app.state.language;
    this.controller?.abort();
    this.current = { kind: 'edge', data };
    this.root.dataset.kind = 'edge';
    const list = h('dl');
    const colour = RELATION_COLOURS[data.relation] ?? '#999';
    this.field(list, t('detail.from'), this.documentLink(data.source, 'edge-from'));
    this.field(list, t('detail.to'), this.documentLink(data.target, 'edge-to'));
    const verb = inLanguage(data, 'verb', language);
    this.field(list, t('detail.verb'), verb && h('span', { ...textAttributes(languageOf(data, 'verb', language)), text: verb }), 'edge-verb');
    this.field(list, t('detail.qualifier'), data.qualifier);
    this.field(list, t('detail.paragraph'), data.paragraph ? `${data.paragraph}${data.part ? ` (${vocabularyWord(language, 'part', data.part)})` : ''}` : null, 'edge-paragraph');
    this.field(list, t('detail.footnote'), data.footnote === null ? null : String(data.footnote));
    this.field(list, t('detail.via'), vocabularyWord(language, 'via', data.via));
    this.field(list, t('detail.locator'), data.locator);
    this.field(list, t('detail.languages'), data.languages?.length ? data.languages.join(', ') : null);
    // The quote in the interface language (else the first there is), then every other version;
    // the first is captioned with its language when that could be mistaken.
    const quote = inLanguage(data, 'quote', language);
    const quoteLanguage = languageOf(data, 'quote', language);
    const others = languagesOf(data, 'quote', language).filter((l) => l !== quoteLanguage);
    const named = quoteLanguage !== null && (quoteLanguage !== language || others.length > 0);
    this.root.replaceChildren(
      h('h2', { text: t('details') }),
      h('div', { class: 'edge-head' }, h('span', { class: 'relation-pill', style: `--c:${colour}`, 'data-testid': 'edge-relation', text: t(`rel.${data.relation}`) })),
      ...[
        quote ? h('div', { class: 'version' }, named ? languageName(quoteLanguage) : null, h('blockquote', { 'data-testid': 'edge-quote', ...textAttributes(quoteLanguage) }, ...markCited(quote, data.target))) : null,
        others.length ? versions(data, 'quote', others, 'blockquote', data.target) : null,
        list,
      ].filter((x) => x !== null),
    );
  }
}

/** A language's own name, as a caption for a text in it. */
function languageName(language: OfficialLanguage): HTMLElement {
  return h('span', { class: 'language-name', ...textAttributes(language), text: LANGUAGE_NAMES[language] });
}

/** Versions of a text, one block per language, each captioned with its language's name and marked with its lang and dir. */
/**
 * A quote with the cited document's number marked ("… resolutions 1325 (2000), [1820 (2008)], …"):
 * a quote often lists many documents, and this edge is one of them. The number is looked for as the
 * symbol, then without its series ("1820 (2008)", "61/177"), then without the year ("1820").
 */
function markCited(quote: string, target: string): (string | HTMLElement)[] {
  if (target.startsWith('instrument:')) return [quote];
  const core = target.replace(/^[A-Z][A-Z0-9./]*?\/(?:RES|DEC|PRST)\//, '');
  const needles = [...new Set([target, core, core.replace(/ /g, ''), core.replace(/ \(.*\)$/, '')])].filter((n) => n.length >= 2);
  for (const needle of needles) {
    // not inside a longer number ("1820" in "18201")
    const at = new RegExp(`(?<![\\d/])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d/])`).exec(quote);
    if (at) return [quote.slice(0, at.index), h('mark', { 'data-testid': 'quote-mark', text: at[0] }), quote.slice(at.index + at[0].length)];
  }
  return [quote];
}

function versions(data: Multilingual, field: 'title' | 'quote', languages: readonly OfficialLanguage[], tag: 'div' | 'blockquote', cited: string | null = null): HTMLElement {
  return h(
    'div',
    { class: `versions ${field}s` },
    ...languages.map((l) => {
      const value = valueIn(data, field, l) ?? '';
      return h('div', { class: 'version' }, languageName(l), h(tag, { class: tag === 'blockquote' ? 'other' : 'text', 'data-testid': `${field}-${l}`, ...textAttributes(l) }, ...(cited ? markCited(value, cited) : [value])));
    }),
  );
}

/** The panel's heading: a document's symbol, an instrument's name in the interface language (else the first it has). */
function heading(data: NodeData, language: Language): HTMLElement {
  const name = data.type === 'instrument' ? inLanguage(data, 'title', language) : null;
  if (!name) return h('h3', { 'data-testid': 'details-symbol', text: data.label });
  return h('h3', { 'data-testid': 'details-symbol', ...textAttributes(languageOf(data, 'title', language)), text: name });
}
