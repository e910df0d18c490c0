// Recalled by: every resolution that recalls (or reaffirms, welcomes, takes note of,
// cites — selectable) the document in focus, oldest first, each with its paragraph and
// quote; exportable as CSV.
import { api } from '../api.ts';
import { isAbort, type App } from '../context.ts';
import { download, fileStem, h } from '../dom.ts';
import { toCsv } from '../csv.ts';
import { OFFICIAL_LANGUAGES, inLanguage, languageOf, textAttributes, valueIn, type Widened } from '../i18n.ts';
import type { NodeData } from '../api.ts';
import type { RecalledByResponse, Relation } from '../../server/wire.ts';
import { RELATIONS } from '../relations.ts';
import { filterPanel } from './filters.ts';
import { RELATION_COLOURS } from '../graph/style.ts';
import { describeTime } from '../graph/time.ts';

type Row = RecalledByResponse['results'][number];
/** A row as the export accepts it: titles and quotes in any language may be missing. */
type ExportRow = Omit<Row, 'from' | 'to' | 'evidence'> & { from: NodeData; to: NodeData; evidence: Widened<Row['evidence']> };

/**
 * The CSV of a recalled-by list: one row per citation, the citing document's title and the quote
 * in each official language (empty where there is no such version), and the language-neutral
 * verb and quote (as first read) for citations stored before the versions were kept apart.
 */
export function recalledCsv(rows: readonly ExportRow[]): string {
  return toCsv(
    [
      'date', 'citing', ...OFFICIAL_LANGUAGES.map((l) => `citing_title_${l}`), 'relation', 'cited', 'paragraph', 'verb', 'qualifier', 'footnote', 'languages',
      'quote', ...OFFICIAL_LANGUAGES.map((l) => `quote_${l}`), 'depth',
    ],
    rows.map((r) => [
      r.from.date ?? r.from.year ?? '',
      r.from.id,
      ...OFFICIAL_LANGUAGES.map((l) => valueIn(r.from, 'title', l)),
      r.relation,
      r.to.id,
      r.evidence.paragraph,
      r.evidence.verb,
      r.evidence.qualifier,
      r.evidence.footnote,
      r.evidence.languages.join(' '),
      r.evidence.quote,
      ...OFFICIAL_LANGUAGES.map((l) => valueIn(r.evidence, 'quote', l)),
      r.depth,
    ]),
  );
}

export class RecalledView {
  readonly root = h('section', { class: 'recalled-view', 'data-testid': 'recalled' });
  private readonly controls = h('div', { class: 'toolbar' });
  private readonly summary = h('p', { class: 'summary', 'data-testid': 'recalled-summary' });
  private readonly body = h('div', { class: 'table-wrap' });
  private response: RecalledByResponse | null = null;
  private loadedKey = '';
  private controller: AbortController | null = null;

  constructor(private readonly app: App) {
    this.root.append(this.controls, this.summary, this.body);
  }

  async show(): Promise<void> {
    const { symbol, relations, transitive, filter } = this.app.state;
    const citationRelations = relations.filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r));
    this.drawControls(citationRelations);
    const key = JSON.stringify([symbol, [...citationRelations].sort(), transitive, filter]);
    if (key === this.loadedKey) {
      this.draw();
      return;
    }
    this.loadedKey = key;
    if (!symbol) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.root.dataset.state = 'loading';
    this.response = null;
    this.summary.textContent = this.app.t('loading');
    this.body.replaceChildren();
    if (!citationRelations.length) {
      this.response = { target: symbol, relations: [], transitive, results: [], truncated: false };
      this.draw();
      return;
    }
    try {
      this.response = await this.app.track(api.recalledBy(symbol, { relations: citationRelations, transitive, filter }, controller.signal));
      if (controller.signal.aborted) return;
      this.app.clearError();
      this.draw();
    } catch (error) {
      if (isAbort(error)) return;
      this.loadedKey = '';
      this.root.dataset.state = 'error';
      this.summary.textContent = '';
      this.app.showError(error);
    }
  }

  relabel(): void {
    const citationRelations = this.app.state.relations.filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r));
    this.drawControls(citationRelations);
    this.draw();
  }

  private drawControls(active: Relation[]): void {
    const t = this.app.t.bind(this.app);
    const boxes = RELATIONS.map((relation) =>
      h(
        'label',
        { class: 'check', style: `--c:${RELATION_COLOURS[relation]}` },
        h('input', {
          type: 'checkbox',
          'data-testid': `recalled-${relation}`,
          checked: active.includes(relation),
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const next = on ? [...active, relation] : active.filter((r) => r !== relation);
            this.app.go({ relations: next });
          },
        }),
        h('span', { class: 'dot' }),
        h('span', { text: t(`rel.${relation}`) }),
      ),
    );
    const transitive = h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', 'data-testid': 'recalled-transitive', checked: this.app.state.transitive, onchange: (e: Event) => this.app.go({ transitive: (e.target as HTMLInputElement).checked }) }),
      h('span', { text: t('recalled.transitive') }),
    );
    const exportButton = h(
      'button',
      {
        type: 'button',
        class: 'ghost',
        'data-testid': 'export-csv',
        disabled: !this.response?.results.length,
        onclick: () => this.response && download(`${fileStem(this.app.state.symbol ?? 'recalled')}-recalled-by.csv`, recalledCsv(this.response.results), 'text/csv'),
      },
      `${t('export')} ${t('exportCsv')}`,
    );
    this.controls.replaceChildren(...boxes, h('span', { class: 'sep' }), transitive, filterPanel(this.app, { ingested: false }), h('span', { class: 'spacer' }), exportButton);
  }

  private draw(): void {
    const t = this.app.t.bind(this.app);
    const response = this.response;
    const symbol = this.app.state.symbol ?? '';
    if (!response) return;
    const language = this.app.state.language;
    this.root.dataset.state = 'ready';
    if (!response.results.length) {
      this.summary.textContent = '';
      this.body.replaceChildren(h('div', { class: 'empty-state small', 'data-testid': 'recalled-empty' }, h('p', { text: t('recalled.none', { symbol }) })));
      return;
    }
    this.summary.textContent = `${t('recalled.title', { symbol })} — ${t('recalled.count', { n: response.results.length })}`;
    const rows = response.results.map((row: Row) => {
      const quote = inLanguage(row.evidence, 'quote', language);
      const verb = inLanguage(row.evidence, 'verb', language);
      const title = inLanguage(row.from, 'title', language);
      const open = h('a', { href: `/document/${encodeURIComponent(row.from.id)}`, 'data-testid': 'recalled-doc', text: row.from.label });
      open.addEventListener('click', (event) => {
        event.preventDefault();
        this.app.go({ symbol: row.from.id, view: 'lineage' });
      });
      return h(
        'tr',
        { 'data-testid': 'recalled-row' },
        h('td', { class: 'nowrap', text: describeTime(row.from) ?? '—' }),
        h('td', { class: 'nowrap' }, open, row.depth > 1 ? h('span', { class: 'muted small', text: ` (${t('recalled.via', { symbol: row.to.label })})` }) : null),
        h('td', title ? { ...textAttributes(languageOf(row.from, 'title', language)), text: title } : {}),
        h('td', { class: 'nowrap' }, h('span', { class: 'relation-pill', style: `--c:${RELATION_COLOURS[row.relation]}`, text: t(`rel.${row.relation}`) }), verb ? h('div', { class: 'muted small', ...textAttributes(languageOf(row.evidence, 'verb', language)), text: verb }) : null),
        h('td', { class: 'nowrap', text: [row.evidence.paragraph, row.evidence.footnote !== null ? t('footnote.short', { n: row.evidence.footnote }) : null].filter(Boolean).join(' · ') }),
        h('td', quote ? { class: 'quote', ...textAttributes(languageOf(row.evidence, 'quote', language)), text: quote } : { class: 'quote' }),
      );
    });
    this.body.replaceChildren(
      h(
        'table',
        { class: 'data' },
        h('thead', {}, h('tr', {}, ...(['col.date', 'col.document', 'col.title', 'col.relation', 'col.paragraph', 'col.quote'] as const).map((k) => h('th', { text: t(k) })))),
        h('tbody', {}, ...rows),
      ),
    );
    this.drawControls(this.app.state.relations.filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r)));
  }
}
