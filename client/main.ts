// The explorer's page: the state (from and to the URL), the top bar (search, views,
// language), and the views, each rendered from the state. A read-only hook,
// window.__citegraph, lets the browser tests and the UI benchmark see the graphs.
import { type App, humanError } from './context.ts';
import { h } from './dom.ts';
import { INTERFACE_LANGUAGES, LANGUAGE_NAMES, inLanguage, languageOf, languageTag, textAttributes, translate, type Language, type MessageKey, vocabularyWord } from './i18n.ts';
import { nextState, parseUrl, toUrl, type AppState, type View } from './state.ts';
import { SearchBox } from './views/search.ts';
import { DetailsPanel } from './views/details.ts';
import { GraphView } from './views/graph-view.ts';
import { RecalledView } from './views/recalled.ts';
import type { ConsoleView } from './views/console.ts';
import type { StatisticsView } from './views/statistics.ts';
import { api } from './api.ts';
import { describeTime } from './graph/time.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

let state: AppState = parseUrl(new URL(location.href));
let pending = 0;
const progress = $('#progress');
const banner = $('#banner');

const app: App = {
  get state() {
    return state;
  },
  t: (key: MessageKey, values?: Record<string, string | number>) => translate(state.language, key, values),
  go(change, options = {}) {
    const next = nextState(state, change);
    const url = toUrl(next);
    state = next;
    if (url !== location.pathname + location.search) {
      if (options.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    void render();
  },
  async track<T>(promise: Promise<T>): Promise<T> {
    pending++;
    progress.hidden = false;
    document.body.dataset.busy = 'true';
    try {
      return await promise;
    } finally {
      if (--pending === 0) {
        progress.hidden = true;
        delete document.body.dataset.busy;
      }
    }
  },
  showError(error) {
    banner.replaceChildren(h('span', { text: humanError(app, error) }), h('button', { type: 'button', class: 'ghost', 'aria-label': app.t('dismiss'), onclick: () => app.clearError() }, '×'));
    banner.hidden = false;
  },
  clearError() {
    banner.hidden = true;
    banner.replaceChildren();
  },
};

// ---------------------------------------------------------------- layout

const details = new DetailsPanel(app, h('aside', { class: 'details', 'data-testid': 'details' }));
const detailsRoot = (details as unknown as { root: HTMLElement }).root;
const graphView = new GraphView(app, details);
const recalledView = new RecalledView(app);
// The console (CodeMirror) is loaded the first time it is opened.
let consoleView: ConsoleView | null = null;
async function openConsole(): Promise<ConsoleView> {
  if (!consoleView) {
    const { ConsoleView } = await app.track(import('./views/console.ts'));
    consoleView ??= new ConsoleView(app, details);
    stage.append(consoleView.root);
  }
  return consoleView;
}
// The statistics view (and Chart.js with it) likewise.
let statisticsView: StatisticsView | null = null;
async function openStatistics(): Promise<StatisticsView> {
  if (!statisticsView) {
    const { StatisticsView } = await app.track(import('./views/statistics.ts'));
    statisticsView ??= new StatisticsView(app);
    stage.append(statisticsView.root);
  }
  return statisticsView;
}
const search = new SearchBox(app, $<HTMLInputElement>('#search'), $<HTMLUListElement>('#suggestions'));

// Keyboard: "/" goes to the search box, Esc clears the selection, arrows walk the lineage
// (left: what it cites, right: who cites it, up and down: its column). Keys typed into a
// field stay with the field.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  const typing = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
  if (typing) return;
  if (event.key === '/') {
    event.preventDefault();
    $<HTMLInputElement>('#search').focus();
  } else if (state.view === 'lineage' || state.view === 'browse' || state.view === 'path') {
    if (graphView.keyPressed(event.key)) event.preventDefault();
  }
});

const docHeader = h('div', { class: 'doc-header', 'data-testid': 'doc-header' });
const start = h('section', { class: 'start', 'data-testid': 'start' });
const stage = h('div', { class: 'stage' }, docHeader, graphView.root, recalledView.root);
const workspace = h('div', { class: 'workspace' }, stage, detailsRoot);
$('#app').append(start, workspace);

const tabs = $('nav.tabs');
// The interface languages, each named in itself; the choice lives in the URL (?lang=) like the rest of the state.
const languageSelect = $<HTMLSelectElement>('#language');
languageSelect.replaceChildren(...INTERFACE_LANGUAGES.map((language) => h('option', { value: language, ...textAttributes(language), text: LANGUAGE_NAMES[language] })));
languageSelect.addEventListener('change', () => app.go({ language: languageSelect.value as Language }));

function drawChrome(): void {
  const t = app.t;
  document.documentElement.lang = languageTag(state.language);
  document.title = state.symbol && state.view !== 'console' ? `${state.symbol} · citegraph` : 'citegraph';
  languageSelect.value = state.language;
  languageSelect.setAttribute('aria-label', t('language'));
  languageSelect.title = t('languageTitle');
  tabs.setAttribute('aria-label', t('views'));
  search.relabel();
  const views: View[] = ['lineage', 'browse', 'recalled', 'path', 'statistics', 'console'];
  // the console and the statistics need no document
  const free = (view: View) => view === 'console' || view === 'statistics';
  tabs.replaceChildren(
    ...views.map((view) =>
      h(
        'button',
        {
          type: 'button',
          class: view === state.view && (state.symbol || free(view)) ? 'on' : '',
          'data-testid': `tab-${view}`,
          'aria-current': view === state.view ? 'page' : undefined,
          disabled: !free(view) && !state.symbol && !lastSymbol,
          onclick: () => app.go({ view, symbol: free(view) ? state.symbol : state.symbol ?? lastSymbol }),
        },
        t(`view.${view}`),
      ),
    ),
  );
}

function drawStart(): void {
  const t = app.t;
  const example = h('button', { type: 'button', 'data-testid': 'try-example', onclick: () => app.go({ symbol: 'A/RES/76/158', view: 'lineage' }) }, t('tryExample'));
  const consoleLink = h('button', { type: 'button', class: 'secondary', onclick: () => app.go({ view: 'console' }) }, t('view.console'));
  const statisticsLink = h('button', { type: 'button', class: 'secondary', 'data-testid': 'start-statistics', onclick: () => app.go({ view: 'statistics' }) }, t('view.statistics'));
  start.replaceChildren(
    h(
      'div',
      { class: 'empty-state' },
      h('h1', { text: t('tagline') }),
      h('p', { text: t('emptyHint') }),
      h('div', { class: 'actions' }, example, statisticsLink, consoleLink),
      h('p', { class: 'muted small', 'data-testid': 'health' }),
    ),
  );
  app
    .track(api.health())
    .then((health) => {
      const line = start.querySelector('[data-testid=health]');
      if (line) line.textContent = app.t('health', health.counts);
    })
    .catch((error) => app.showError(error));
}

let headerFor = '';
let lastSymbol: string | null = state.symbol;

function drawDocHeader(): void {
  const symbol = state.symbol;
  const key = `${symbol}|${state.language}`;
  if (!symbol || state.view === 'console') {
    docHeader.hidden = true;
    return;
  }
  docHeader.hidden = false;
  if (key === headerFor) return;
  headerFor = key;
  docHeader.replaceChildren(h('h1', { 'data-testid': 'doc-symbol', text: symbol }), h('p', { class: 'muted', text: app.t('loading') }));
  app
    .track(api.document(symbol))
    .then((doc) => {
      if (headerFor !== key) return;
      const title = inLanguage(doc, 'title', state.language);
      const titleLanguage = textAttributes(languageOf(doc, 'title', state.language));
      const facts = [vocabularyWord(state.language, 'body', doc.body), vocabularyWord(state.language, 'docKind', doc.kind), describeTime(doc)].filter(Boolean).join(' · ');
      docHeader.replaceChildren(
        doc.type === 'instrument' && title ? h('h1', { 'data-testid': 'doc-symbol', ...titleLanguage, text: title }) : h('h1', { 'data-testid': 'doc-symbol', text: doc.label }),
        h('div', { class: 'doc-meta' }, title && doc.type !== 'instrument' ? h('span', { class: 'doc-title', 'data-testid': 'doc-title', ...titleLanguage, text: title }) : null, h('span', { class: 'muted', text: facts }), doc.ingested ? null : h('span', { class: 'badge', text: app.t('notIngestedBadge') })),
      );
    })
    .catch((error) => {
      if (headerFor !== key) return;
      headerFor = '';
      docHeader.replaceChildren(h('h1', { 'data-testid': 'doc-symbol', text: symbol }));
      app.showError(error);
    });
}

let renderedLanguage: Language = state.language;

async function render(): Promise<void> {
  if (state.symbol) lastSymbol = state.symbol;
  drawChrome();
  const languageChanged = renderedLanguage !== state.language;
  renderedLanguage = state.language;
  const onStart = !state.symbol && state.view !== 'console' && state.view !== 'statistics';
  start.hidden = !onStart;
  workspace.hidden = onStart;
  document.body.dataset.view = onStart ? 'start' : state.view;
  if (onStart) {
    drawStart();
    return;
  }
  drawDocHeader();
  graphView.root.hidden = state.view !== 'lineage' && state.view !== 'browse' && state.view !== 'path';
  recalledView.root.hidden = state.view !== 'recalled';
  if (consoleView) consoleView.root.hidden = state.view !== 'console';
  if (statisticsView) statisticsView.root.hidden = state.view !== 'statistics';
  if (languageChanged) {
    details.relabel();
    graphView.relabel();
    recalledView.relabel();
    consoleView?.relabel();
    statisticsView?.relabel();
  }
  if (state.view === 'lineage' || state.view === 'browse' || state.view === 'path') await graphView.show();
  else if (state.view === 'recalled') await recalledView.show();
  else if (state.view === 'statistics') {
    const view = await openStatistics();
    view.root.hidden = state.view !== 'statistics';
    await view.show();
  } else {
    const view = await openConsole();
    view.root.hidden = state.view !== 'console';
    await view.show();
  }
}

window.addEventListener('popstate', () => {
  state = parseUrl(new URL(location.href));
  void render();
});

declare global {
  interface Window {
    /** Read-only access for the browser tests and the UI benchmark. */
    __citegraph?: { readonly cy: unknown; readonly consoleCy: unknown; readonly state: AppState; readonly graph: GraphView['canvas']; readonly consoleGraph: ConsoleView['canvas'] | undefined };
  }
}
window.__citegraph = Object.freeze({
  cy: graphView.canvas.cy,
  get consoleCy() {
    return consoleView?.canvas.cy;
  },
  get state() {
    return { ...state };
  },
  graph: graphView.canvas,
  get consoleGraph() {
    return consoleView?.canvas;
  },
});

void render();
