// The statistics view: for the document in focus, the documents citing it in each year (a bar
// chart, each bar opening that year's list in recalled-by); for the graph, the citations made
// each year (each bar opening its list in the console) and the most recalled documents overall,
// per body and per decade (each count opening its recalled-by list). Charts by Chart.js; this
// module, and with it Chart.js, loads the first time the view is opened.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartEvent, type ActiveElement } from 'chart.js';
import { api } from '../api.ts';
import { isAbort, type App } from '../context.ts';
import { h } from '../dom.ts';
import { inLanguage, textAttributes, languageOf, vocabularyWord } from '../i18n.ts';
import { NO_FILTER } from '../state.ts';
import type { CitationsPerYearResponse, StatisticsResponse } from '../../server/wire.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Item = StatisticsResponse['mostRecalled'][number];

/** The Cypher behind one bar of "citations made each year": the citing documents of that year. */
export const citingInYearQuery = (year: number) =>
  `MATCH (citing:Document)-[r:RECALLS|REAFFIRMS|WELCOMES|TAKES_NOTE|CITES]->(cited)\nWHERE citing.date.year = ${Math.trunc(year)}\nRETURN citing.symbol AS document, citing.date AS adopted, count(r) AS citations\nORDER BY citations DESC, document`;

export class StatisticsView {
  readonly root = h('section', { class: 'statistics', 'data-testid': 'statistics' });
  private loadedKey = '';
  private charts: Chart[] = [];
  private controller: AbortController | null = null;

  constructor(private readonly app: App) {}

  relabel(): void {
    this.loadedKey = '';
  }

  async show(): Promise<void> {
    const { symbol, language } = this.app.state;
    const key = JSON.stringify([symbol, language]);
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.root.dataset.state = 'loading';
    this.root.replaceChildren(h('p', { class: 'muted', text: this.app.t('loading') }));
    try {
      const [stats, perYear] = await this.app.track(Promise.all([api.statistics(controller.signal), symbol ? api.citationsPerYear(symbol, controller.signal) : Promise.resolve(null)]));
      if (controller.signal.aborted) return;
      this.draw(stats, perYear);
      this.root.dataset.state = 'ready';
      this.app.clearError();
    } catch (error) {
      if (isAbort(error)) return;
      this.loadedKey = '';
      this.root.dataset.state = 'error';
      this.root.replaceChildren();
      this.app.showError(error);
    }
  }

  private draw(stats: StatisticsResponse, perYear: CitationsPerYearResponse | null): void {
    const t = this.app.t.bind(this.app);
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    const sections: Node[] = [h('h2', { text: t('stats.title') })];
    if (perYear) {
      const symbol = perYear.id;
      sections.push(
        this.chartSection('stats-document', t('stats.documentPerYear', { symbol }), t('stats.documentPerYearHint'), perYear.years.map((y) => ({ year: y.year, value: y.documents })), t('stats.documents'), (year) =>
          this.app.go({ view: 'recalled', symbol, relations: [...perYear.relations], filter: { ...NO_FILTER, from: String(year), to: String(year) } }),
        ),
      );
    }
    sections.push(
      this.chartSection('stats-per-year', t('stats.perYear'), t('stats.perYearHint'), stats.citationsPerYear.map((y) => ({ year: y.year, value: y.citations })), t('stats.citations'), (year) =>
        this.app.go({ view: 'console', query: citingInYearQuery(year) }),
      ),
      h('h3', { text: t('stats.mostRecalled') }),
      h('p', { class: 'muted small', text: t('stats.mostRecalledHint') }),
      this.table(stats.mostRecalled, 'stats-most-recalled'),
      h('h3', { text: t('stats.core') }),
      h('p', { class: 'muted small', text: t('stats.coreHint') }),
      stats.core.length ? this.table(stats.core, 'stats-core') : h('p', { class: 'muted', text: t('stats.none') }),
      h('h3', { text: t('stats.byBody') }),
      h(
        'div',
        { class: 'stats-grid', 'data-testid': 'stats-by-body' },
        ...stats.byBody.map((group) => h('div', { class: 'card' }, h('h4', { text: group.body === 'other' ? t('stats.otherBodies') : (vocabularyWord(this.app.state.language, 'body', group.body) ?? group.body) }), this.table(group.items))),
      ),
      h('h3', { text: t('stats.byDecade') }),
      h(
        'div',
        { class: 'stats-grid', 'data-testid': 'stats-by-decade' },
        ...stats.byDecade.map((group) => h('div', { class: 'card' }, h('h4', { text: group.decade === null ? t('stats.undated') : t('stats.decade', { decade: group.decade }) }), this.table(group.items))),
      ),
    );
    if (stats.pool.cut) sections.push(h('p', { class: 'muted small', text: t('stats.pool', { n: stats.pool.read }) }));
    this.root.replaceChildren(...sections);
  }

  /** A bar chart of values by year, and the same numbers as links underneath (for keyboards, screen readers and tests). */
  private chartSection(testid: string, title: string, hint: string, counted: { year: number; value: number }[], unit: string, open: (year: number) => void): HTMLElement {
    // a time axis: the years with nothing are bars of 0, not left out
    const bars = everyYear(counted);
    const section = h('section', { class: 'stats-chart', 'data-testid': testid }, h('h3', { text: title }), h('p', { class: 'muted small', text: hint }));
    if (!bars.length) {
      section.append(h('p', { class: 'muted', text: this.app.t('stats.none') }));
      return section;
    }
    const canvas = h('canvas', { role: 'img', 'aria-label': title });
    section.append(h('div', { class: 'chart-box' }, canvas));
    this.charts.push(
      new Chart(canvas, {
        type: 'bar',
        data: { labels: bars.map((b) => String(b.year)), datasets: [{ label: unit, data: bars.map((b) => b.value), backgroundColor: '#0072B2' }] },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { tooltip: { callbacks: { label: (item) => `${item.formattedValue} ${unit}` } } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          onClick: (_event: ChartEvent, active: ActiveElement[]) => {
            const bar = active[0];
            if (bar) open(bars[bar.index]!.year);
          },
          onHover: (event: ChartEvent, active: ActiveElement[]) => {
            const target = event.native?.target as HTMLElement | undefined;
            if (target) target.style.cursor = active.length ? 'pointer' : 'default';
          },
        },
      }),
    );
    section.append(
      h(
        'ol',
        { class: 'year-counts', 'data-testid': `${testid}-years` },
        ...counted.map((b) => h('li', {}, h('a', { href: '#', 'data-year': String(b.year), onclick: (e: Event) => (e.preventDefault(), open(b.year)) }, `${b.year}: ${b.value}`))),
      ),
    );
    return section;
  }

  /** A ranked table: symbol (opens the lineage), title, and the count (opens recalled-by). */
  private table(items: Item[], testid?: string): HTMLElement {
    const language = this.app.state.language;
    const rows = items.map((item, i) => {
      const title = inLanguage(item.node, 'title', language);
      const go = (view: 'lineage' | 'recalled') => (e: Event) => {
        e.preventDefault();
        this.app.go({ view, symbol: item.node.id, filter: NO_FILTER });
      };
      return h(
        'tr',
        {},
        h('td', { class: 'rank', text: String(i + 1) }),
        h('td', {}, h('a', { href: `/document/${encodeURIComponent(item.node.id)}`, onclick: go('lineage') }, item.node.label)),
        h('td', { class: 'title', ...(title ? textAttributes(languageOf(item.node, 'title', language)) : {}), text: title ?? '' }),
        h('td', { class: 'count' }, h('a', { href: `/document/${encodeURIComponent(item.node.id)}?view=recalled`, 'data-testid': 'stats-count', onclick: go('recalled') }, String(item.recalledBy))),
      );
    });
    return h('table', { class: 'stats-table', 'data-testid': testid }, h('tbody', {}, ...rows));
  }
}

/** The counts with every year between the first and the last, those without a count at 0. */
export function everyYear(counted: readonly { year: number; value: number }[]): { year: number; value: number }[] {
  if (!counted.length) return [];
  const byYear = new Map(counted.map((c) => [c.year, c.value]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, value: byYear.get(first + i) ?? 0 }));
}
