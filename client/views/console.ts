// The Cypher console: CodeMirror 6 with Cypher highlighting (the legacy cypher mode
// through StreamLanguage), Ctrl/Cmd+Enter to run, the server's named example queries in
// a menu, results as a table or a graph, the server's error message, time and row count.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { api, ApiError } from '../api.ts';
import { humanError, type App } from '../context.ts';
import { cellText } from '../cells.ts';
import { download, h } from '../dom.ts';
import { toCsv } from '../csv.ts';
import type { ConsoleResponse, GraphEdge, GraphNode, QueriesResponse } from '../../server/wire.ts';
import { GraphCanvas } from '../graph/canvas.ts';
import { legendRows } from './legend.ts';
import { exportElements } from '../graph/elements.ts';
import { overviewLayout } from '../graph/layouts.ts';
import type { DetailsPanel } from './details.ts';

/** 4000000 → "4 MB", 65536 → "64 kB": limits as a person reads them. */
const byteSize = (bytes: number) => (bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 1024)} kB`);

/** A console cell as text: nodes by their symbol or key, relationships by type, the rest as JSON. */

export class ConsoleView {
  readonly root = h('section', { class: 'console-view', 'data-testid': 'console' });
  readonly canvas: GraphCanvas;
  private readonly editor: EditorView;
  private readonly examples = h('select', { 'data-testid': 'console-examples' });
  private readonly runButton = h('button', { type: 'button', 'data-testid': 'console-run' });
  /** While a query runs: stops it (the server ends its transaction when the request goes). */
  private readonly cancelButton = h('button', { type: 'button', class: 'secondary', 'data-testid': 'console-cancel', hidden: true });
  private running: AbortController | null = null;
  private readonly hint = h('span', { class: 'hint' });
  private readonly status = h('span', { class: 'status', 'data-testid': 'console-status' });
  private readonly error = h('div', { class: 'console-error', role: 'alert', 'data-testid': 'console-error', hidden: true });
  private readonly tabs = h('div', { class: 'segmented', role: 'tablist' });
  private readonly table = h('div', { class: 'table-wrap', 'data-testid': 'console-table' });
  private readonly graphBox = h('div', { class: 'canvas-wrap console-graph' });
  /** The same legend as lineage's (the same styles), explaining rather than filtering. */
  private readonly legend = h('div', { class: 'legend', 'data-testid': 'console-legend' });
  private readonly exportCsv = h('button', { type: 'button', class: 'ghost', 'data-testid': 'console-export-csv', disabled: true });
  private readonly exportJson = h('button', { type: 'button', class: 'ghost', 'data-testid': 'console-export-json', disabled: true });
  /** "Open in Neo4j Browser", where the server says where its Browser is (hidden otherwise). */
  private readonly browserLink = h('a', { class: 'browser-link', 'data-testid': 'console-browser', target: '_blank', rel: 'noopener noreferrer', hidden: true });
  private browserUrl: string | null = null;
  private mode: 'table' | 'graph' = 'table';
  private result: ConsoleResponse | null = null;
  private queries: QueriesResponse['queries'] = [];
  private ranQuery: string | null = null;

  constructor(
    private readonly app: App,
    private readonly details: DetailsPanel,
  ) {
    const host = h('div', { class: 'editor', 'data-testid': 'console-editor' });
    this.editor = new EditorView({
      parent: host,
      doc: '',
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (void this.run(), true) }])),
        basicSetup,
        StreamLanguage.define(cypher),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
      ],
    });
    const graphContainer = h('div', { class: 'canvas', 'data-testid': 'console-graph' });
    this.graphBox.append(graphContainer);
    this.canvas = new GraphCanvas(graphContainer);
    this.canvas.onSelect = (target: NodeSingular | EdgeSingular | null) => {
      if (!target) this.details.clear();
      else if (target.isNode()) this.details.showNode(target.data() as GraphNode['data']);
      else this.details.showEdge(target.data() as GraphEdge['data']);
    };
    this.runButton.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.running?.abort());
    // the query as it stands when the link is followed
    this.browserLink.addEventListener('click', () => this.pointBrowserLink());
    this.examples.addEventListener('change', () => {
      const query = this.queries.find((q) => q.name === this.examples.value);
      if (query) {
        this.setQuery(stripHeader(query.query));
        void this.run();
      }
      this.examples.value = '';
    });
    this.exportCsv.addEventListener('click', () => {
      if (this.result) download('cypher-result.csv', toCsv(this.result.columns, this.result.rows.map((row) => row.map(cellText))), 'text/csv');
    });
    this.exportJson.addEventListener('click', () => {
      if (this.result) download('cypher-result.json', JSON.stringify(this.mode === 'graph' ? exportElements(this.canvas.cy) : { columns: this.result.columns, rows: this.result.rows }, null, 2), 'application/json');
    });
    this.root.append(
      h('div', { class: 'console-top' }, host, h('div', { class: 'toolbar' }, this.runButton, this.cancelButton, this.examples, this.hint, h('span', { class: 'spacer' }), this.browserLink, this.status)),
      this.error,
      h('div', { class: 'toolbar results-bar' }, this.tabs, h('span', { class: 'spacer' }), this.exportCsv, this.exportJson),
      this.table,
      this.graphBox,
      this.legend,
    );
    this.root.dataset.state = 'idle';
    this.relabel();
  }

  private setQuery(text: string): void {
    this.editor.dispatch({ changes: { from: 0, to: this.editor.state.doc.length, insert: text } });
  }

  /** Neo4j Browser opens with the query in its editor (`?cmd=edit&arg=`), not run. */
  private pointBrowserLink(): void {
    if (this.browserUrl) this.browserLink.setAttribute('href', `${this.browserUrl}?cmd=edit&arg=${encodeURIComponent(this.editor.state.doc.toString())}`);
  }

  async show(): Promise<void> {
    if (!this.queries.length) {
      try {
        const [queries, health] = await Promise.all([this.app.track(api.queries()), this.app.track(api.health())]);
        this.queries = queries.queries;
        this.browserUrl = health.neo4j.browser && /^https?:\/\//.test(health.neo4j.browser) ? health.neo4j.browser : null;
        this.browserLink.hidden = !this.browserUrl;
        this.pointBrowserLink();
        this.drawExamples();
      } catch (error) {
        this.app.showError(error);
      }
    }
    const query = this.app.state.query;
    if (query && query !== this.editor.state.doc.toString()) this.setQuery(query);
    // A shared link runs its query once when opened.
    if (query && query !== this.ranQuery) await this.run();
    this.canvas.refresh();
    this.editor.requestMeasure();
  }

  relabel(): void {
    const t = this.app.t.bind(this.app);
    this.runButton.textContent = `▶ ${t('console.run')}`;
    this.cancelButton.textContent = `■ ${t('console.cancel')}`;
    this.hint.textContent = t('console.hint');
    this.exportCsv.textContent = `${t('export')} ${t('exportCsv')}`;
    this.exportJson.textContent = `${t('export')} ${t('exportJson')}`;
    this.browserLink.textContent = t('console.browser');
    this.browserLink.title = t('console.browserTitle');
    this.drawExamples();
    this.drawTabs();
    if (this.result) this.drawStatus();
    else this.status.textContent = t('console.idle');
  }

  private drawExamples(): void {
    this.examples.replaceChildren(
      h('option', { value: '', text: this.app.t('console.examples') }),
      ...this.queries.map((q) => h('option', { value: q.name, title: q.description, text: q.description.length > 90 ? `${q.description.slice(0, 88)}…` : q.description })),
    );
  }

  private drawTabs(): void {
    const t = this.app.t.bind(this.app);
    const tab = (mode: 'table' | 'graph') =>
      h('button', { type: 'button', role: 'tab', 'aria-selected': String(this.mode === mode), class: this.mode === mode ? 'on' : '', 'data-testid': `console-tab-${mode}`, onclick: () => this.setMode(mode) }, t(mode === 'table' ? 'console.table' : 'console.graph'));
    this.tabs.replaceChildren(tab('table'), tab('graph'));
    this.table.hidden = this.mode !== 'table';
    this.graphBox.hidden = this.mode !== 'graph';
    this.legend.hidden = this.mode !== 'graph';
    this.legend.replaceChildren(...legendRows(this.app));
  }

  private setMode(mode: 'table' | 'graph'): void {
    this.mode = mode;
    this.drawTabs();
    if (mode === 'graph') this.canvas.refresh(true);
  }

  async run(): Promise<void> {
    const query = this.editor.state.doc.toString().trim();
    if (!query) return;
    this.ranQuery = query;
    if (this.app.state.query !== query) this.app.go({ query }, { replace: false });
    this.root.dataset.state = 'running';
    this.error.hidden = true;
    this.runButton.disabled = true;
    // the time it has been running, as it runs, and a way to stop it
    const running = (this.running = new AbortController());
    const started = performance.now();
    const tick = () => (this.status.textContent = this.app.t('console.running', { s: ((performance.now() - started) / 1000).toFixed(1) }));
    tick();
    const clock = setInterval(tick, 100);
    this.cancelButton.hidden = false;
    try {
      this.result = await this.app.track(api.cypher(query, running.signal));
      this.drawTable();
      const graph = this.result.graph;
      await this.canvas.load(graph ?? { nodes: [], edges: [] }, { focus: null, language: this.app.state.language, layout: overviewLayout });
      this.drawGraphNote();
      this.drawStatus();
      this.exportCsv.disabled = false;
      this.exportJson.disabled = false;
      this.root.dataset.state = 'done';
    } catch (error) {
      if (running.signal.aborted) {
        this.status.textContent = this.app.t('console.cancelled', { s: ((performance.now() - started) / 1000).toFixed(1) });
        this.root.dataset.state = 'cancelled';
        return;
      }
      this.result = null;
      this.table.replaceChildren();
      this.canvas.clear();
      this.exportCsv.disabled = true;
      this.exportJson.disabled = true;
      const code = error instanceof ApiError ? error.code : 'error';
      this.error.dataset.code = code;
      this.error.replaceChildren(h('strong', { text: this.app.t(code === 'read_only' ? 'console.refused' : 'console.error') }), h('span', { text: ` ${humanError(this.app, error)}` }));
      this.error.hidden = false;
      this.status.textContent = '';
      this.root.dataset.state = 'error';
    } finally {
      clearInterval(clock);
      this.cancelButton.hidden = true;
      this.running = null;
      this.runButton.disabled = false;
    }
  }

  private drawStatus(): void {
    if (!this.result) return;
    const { rowCount, milliseconds, truncatedBy, valuesCut, limits } = this.result;
    const t = this.app.t.bind(this.app);
    const notes = [
      truncatedBy === 'rows' ? t('console.truncated') : '',
      truncatedBy === 'bytes' ? t('console.truncatedBytes', { size: byteSize(limits.maxBytes) }) : '',
      valuesCut > 0 ? t('console.valuesCut', { n: valuesCut, size: byteSize(limits.maxValueBytes) }) : '',
    ].filter(Boolean);
    this.status.textContent = [t('console.rows', { n: rowCount, ms: milliseconds }), ...notes].join(' ');
  }

  private drawGraphNote(): void {
    const existing = this.graphBox.querySelector('.notice');
    existing?.remove();
    if (!this.result?.graph?.nodes.length) this.graphBox.append(h('div', { class: 'notice', text: this.app.t('console.noGraph') }));
  }

  private drawTable(): void {
    const result = this.result;
    if (!result) return;
    if (!result.rows.length) {
      this.table.replaceChildren(h('p', { class: 'muted pad', text: this.app.t('console.noRows') }));
      return;
    }
    this.table.replaceChildren(
      h(
        'table',
        { class: 'data' },
        h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { text: c })))),
        h('tbody', {}, ...result.rows.map((row) => h('tr', { 'data-testid': 'console-row' }, ...row.map((cell) => h('td', { text: cellText(cell) }))))),
      ),
    );
  }
}

/** The example's query without its `// description:` and `// example:` header lines. */
function stripHeader(query: string): string {
  return query.replace(/^(\/\/ (description|example):.*\n)+/, '').trim();
}
