// The lineage and browse views: one canvas, a toolbar (direction, depth; expand, collapse,
// remove, undo in browse; fit; exports) and a legend whose relation entries filter the graph.
import type { Core, EdgeCollection, EdgeSingular, NodeSingular } from 'cytoscape';
import { api, hasEvidence, type EdgeData, type OutlineData } from '../api.ts';
import { isAbort, type App } from '../context.ts';
import { download, fileStem, h } from '../dom.ts';
import type { EdgeType, GraphNode, LineageResponse } from '../../server/wire.ts';
import { GraphCanvas } from '../graph/canvas.ts';
import { ExpansionHistory, byIds, exportElements, mergeElements, relabel, ringPositions } from '../graph/elements.ts';
import { DAGRE_MAX_NODES, browseDefaults, drawnAsTimeline, lineageLayout, neighbourhoodLayout, overviewLayout } from '../graph/layouts.ts';
import { NO_EVIDENCE, groupSiblings, type GroupInfo } from '../graph/groups.ts';
import { TIMELINE_SCRATCH, type TimelineColumn } from '../graph/layers.ts';
import type { DetailsPanel } from './details.ts';
import { titlesOf } from '../i18n.ts';
import { filterPanel } from './filters.ts';
import { legendRows } from './legend.ts';

/** Below this zoom a lineage opens zoomed in instead (labels of 13 px stay above 11 px on screen). */
const READABLE_ZOOM = 0.9;
/** Height of the year axis over the canvas (pixels), and the least room between two of its labels. */
const AXIS_HEIGHT = 26;
const AXIS_LABEL_GAP = 44;

export class GraphView {
  readonly root: HTMLElement;
  readonly canvas: GraphCanvas;
  private readonly history: ExpansionHistory;
  private readonly toolbar = h('div', { class: 'toolbar', 'data-testid': 'graph-toolbar' });
  private readonly legend = h('div', { class: 'legend', 'data-testid': 'legend' });
  private readonly notice = h('div', { class: 'notice', 'data-testid': 'graph-notice', hidden: true });
  private readonly axis = h('div', { class: 'axis', 'aria-hidden': 'true' });
  private loadedKey = '';
  private drawnKey = '';
  /** The lineage as the server sent it, so opening a group or changing the layout redraws without a request. */
  private lineageGraph: LineageResponse | null = null;
  private groups = new Map<string, GroupInfo>();
  /** Browse: the expansions drawn, in order, and whether each added something (undo steps over the rest). */
  private applied: { id: string; recorded: boolean }[] = [];
  private controller: AbortController | null = null;
  private selectedId: string | null = null;

  constructor(
    private readonly app: App,
    private readonly details: DetailsPanel,
  ) {
    const container = h('div', { class: 'canvas', 'data-testid': 'graph' });
    this.root = h('section', { class: 'graph-view' }, this.toolbar, h('div', { class: 'canvas-wrap' }, container, this.axis, this.notice), this.legend);
    this.canvas = new GraphCanvas(container);
    this.history = new ExpansionHistory(this.canvas.cy);
    this.canvas.onSelect = (target) => this.select(target);
    // the year axis follows pans and zooms, once a frame at most
    let scheduled = false;
    this.canvas.cy.on('viewport resize', () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        this.drawAxis();
      });
    });
  }

  /** What the graph's request depends on. */
  private key(): string {
    const s = this.app.state;
    return JSON.stringify([s.view, s.symbol, s.view === 'lineage' ? [s.direction, s.depth] : null, s.view === 'path' ? s.to : null, [...s.relations].sort(), s.filter]);
  }

  /** What the drawing depends on besides the request: opened groups and the lineage layout. */
  private drawKey(): string {
    const s = this.app.state;
    return JSON.stringify([this.key(), s.view === 'lineage' ? [s.layout, [...s.open].sort()] : null]);
  }

  /** Shows the state's graph, fetching it only when what it depends on changed. */
  async show(): Promise<void> {
    this.drawToolbar();
    this.drawLegend();
    this.canvas.refresh();
    const key = this.key();
    // Same graph as shown: keep it (and the user's picture), unless the canvas was cleared.
    if (key === this.loadedKey && this.canvas.cy.nodes().nonempty()) {
      // only the groups or the layout changed: redraw what we have
      if (this.drawKey() !== this.drawnKey && this.lineageGraph && this.app.state.view === 'lineage') await this.drawLineage(this.lineageGraph);
      // browse: only the expansions changed (back, forward)
      if (this.app.state.view === 'browse' && !this.replaying) await this.replay(this.syncExpansions());
      return;
    }
    this.loadedKey = key;
    this.lineageGraph = null;
    const { symbol, view, direction, depth, relations, language, filter } = this.app.state;
    if (!symbol) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.canvas.container.dataset.state = 'loading';
    this.notice.hidden = true;
    this.history.clear();
    this.applied = [];
    this.selectedId = null;
    this.details.clear();
    try {
      if (view === 'path') {
        await this.drawPaths(symbol, controller.signal);
      } else if (!relations.length) {
        // Nothing to draw but the document itself.
        if (!(await this.drawAlone(symbol, controller.signal))) return;
      } else if (view === 'lineage') {
        const graph = await this.app.track(api.lineage(symbol, { direction, depth, relations, limit: 2000, filter }, controller.signal));
        if (controller.signal.aborted) return;
        this.lineageGraph = graph;
        await this.drawLineage(graph);
      } else {
        const graph = await this.app.track(api.neighbourhood(symbol, relations, filter, controller.signal));
        if (controller.signal.aborted) return;
        await this.canvas.load(graph, { focus: graph.focus, language, layout: neighbourhoodLayout });
        this.explain(graph.nodes.length, graph.truncated);
        await this.replay(this.syncExpansions());
      }
      this.app.clearError();
    } catch (error) {
      if (isAbort(error)) return;
      this.loadedKey = '';
      this.canvas.clear();
      this.canvas.container.dataset.state = 'error';
      this.app.showError(error);
    }
    this.drawToolbar();
  }

  /**
   * The lineage as a history: walls of siblings grouped (unless opened), a column per year,
   * labels beside the nodes, the focus and its neighbours always labelled, edges away from
   * the focus stepped back; then a viewport where labels can be read.
   */
  private async drawLineage(graph: LineageResponse, mark?: (cy: Core) => void): Promise<void> {
    const { language, layout, open } = this.app.state;
    this.drawnKey = this.drawKey();
    const grouped = groupSiblings(graph, graph.focus, { open: new Set(open), describe: (group) => this.describeGroup(group) });
    this.groups = new Map(grouped.groups.map((g) => [g.id, g]));
    const timeline = drawnAsTimeline(layout, grouped.nodes.length, grouped.edges.length);
    const prepare = (cy: Core) => {
      const focus = cy.getElementById(graph.focus);
      focus.closedNeighborhood().nodes().addClass('keep-label');
      cy.nodes('.group').addClass('keep-label');
      // every edge of a path matters; in a lineage, those away from the focus step back
      if (this.app.state.view === 'lineage') cy.edges().difference(focus.connectedEdges()).addClass('faint');
      if (timeline) cy.nodes().addClass('side-label');
      mark?.(cy);
    };
    await this.canvas.load(grouped, { focus: graph.focus, language, layout: (n, elements) => lineageLayout(n, elements, layout), prepare });
    const partial = timeline && this.readableViewport(graph.focus);
    this.drawAxis();
    this.explain(grouped.nodes.length, graph.truncated, [
      ...(partial ? [this.app.t('timeline.partial', { n: graph.nodes.length })] : []),
      ...(!timeline || layout === 'timeline' ? [] : [this.app.t('layout.compactTooBig', { n: grouped.nodes.length, cap: DAGRE_MAX_NODES })]),
    ]);
    this.drawToolbar();
  }

  /** The document by itself, as one node; false when the request was dropped meanwhile. */
  private async drawAlone(symbol: string, signal: AbortSignal): Promise<boolean> {
    const doc = await this.app.track(api.document(symbol, signal));
    if (signal.aborted) return false;
    await this.canvas.load({ nodes: [{ data: docNode(doc) }], edges: [] }, { focus: symbol, language: this.app.state.language, layout: overviewLayout });
    return true;
  }

  /** Paths: the shortest citation paths from the focus to `to`, drawn as a lineage, and what they say. */
  private async drawPaths(symbol: string, signal: AbortSignal): Promise<void> {
    const to = this.app.state.to;
    if (!to) {
      if (await this.drawAlone(symbol, signal)) this.say(this.app.t('path.ask', { from: symbol }));
      return;
    }
    const graph = await this.app.track(api.paths(symbol, to, signal));
    if (signal.aborted) return;
    this.lineageGraph = graph;
    await this.drawLineage(graph, (cy) => cy.getElementById(graph.to).addClass('goal keep-label'));
    const words = { from: graph.focus, to: graph.to, n: graph.length };
    this.say(this.app.t(graph.length === 0 ? 'path.none' : graph.reversed ? 'path.reversed' : 'path.found', words));
  }

  /** "38 GA resolutions, 1976–2014" in the interface's language. */
  private describeGroup(group: GroupInfo): string {
    const years = group.from === null ? '' : group.from === group.to ? `, ${group.from}` : `, ${group.from}–${group.to}`;
    return this.app.t('group.label', { n: group.members.length, kind: this.app.t(`group.${group.category}`), years });
  }

  /**
   * When the fitted picture is too small to read (zoom below READABLE_ZOOM), zooms in to that
   * level with the focus in view (the oldest cited on its left, the newest citing on its right)
   * and the top of the columns under the axis. True when part of the graph is then off screen.
   */
  private readableViewport(focusId: string): boolean {
    const cy = this.canvas.cy;
    if (cy.zoom() >= READABLE_ZOOM) return false;
    const focus = cy.getElementById(focusId);
    if (focus.empty()) return false;
    // the nodes, not the arcs of long edges above them
    const box = cy.nodes().boundingBox({});
    const at = focus.position();
    const direction = this.app.state.direction;
    const share = direction === 'ancestors' ? 0.8 : direction === 'descendants' ? 0.15 : 0.5;
    const zoom = READABLE_ZOOM;
    const margin = 40;
    // the focus where the direction puts it, but no empty screen beyond either end of the graph
    const wanted = cy.width() * share - at.x * zoom;
    const x = Math.min(margin - box.x1 * zoom, Math.max(cy.width() - margin - box.x2 * zoom, wanted));
    cy.viewport({ zoom, pan: { x, y: AXIS_HEIGHT + 24 - box.y1 * zoom } });
    this.canvas.scaleLabels();
    return true;
  }

  /** The year axis over the timeline: each column's year where it stands on screen, thinned so labels never touch. */
  private drawAxis(): void {
    const columns = (this.canvas.cy.scratch(TIMELINE_SCRATCH) as TimelineColumn[] | undefined) ?? [];
    const timeline = (this.app.state.view === 'lineage' || this.app.state.view === 'path') && this.canvas.cy.nodes('.side-label').nonempty();
    this.axis.classList.toggle('years', timeline);
    if (!timeline) {
      this.axis.replaceChildren(h('span', { text: this.app.t('older') }), h('span', { text: this.app.t('newer') }));
      return;
    }
    const zoom = this.canvas.cy.zoom();
    const pan = this.canvas.cy.pan();
    const width = this.canvas.cy.width();
    const labels: HTMLElement[] = [];
    let last = -Infinity;
    for (const column of columns) {
      const x = column.x * zoom + pan.x;
      if (x < -20 || x > width + 20 || x - last < AXIS_LABEL_GAP) continue;
      last = x;
      const text = column.year === null ? this.app.t('timeline.undated') : String(column.year);
      labels.push(h('span', { class: column.year === null ? 'year undated' : 'year', 'data-year': String(column.year ?? ''), style: `left:${Math.round(x)}px`, text }));
    }
    this.axis.replaceChildren(...labels);
  }

  /**
   * A key pressed over the graph: Escape clears the selection; arrows move it along the
   * lineage (left: a document it cites, right: one that cites it, nearest in height first;
   * up and down: the next one in its column). True when the key was used.
   */
  keyPressed(key: string): boolean {
    const cy = this.canvas.cy;
    if (key === 'Escape') {
      cy.elements(':selected').unselect();
      this.canvas.highlight(null);
      this.select(null);
      return true;
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) return false;
    const selected = cy.nodes(':selected');
    const from = (selected.nonempty() ? selected[0] : cy.getElementById(this.app.state.symbol ?? '')) as NodeSingular;
    if (!from || from.empty()) return false;
    const at = from.position();
    let candidates: NodeSingular[];
    if (key === 'ArrowLeft') candidates = from.outgoers('node').toArray() as NodeSingular[];
    else if (key === 'ArrowRight') candidates = from.incomers('node').toArray() as NodeSingular[];
    else {
      const below = key === 'ArrowDown';
      candidates = (cy.nodes().toArray() as NodeSingular[]).filter((n) => Math.abs(n.position().x - at.x) < 1 && (below ? n.position().y > at.y : n.position().y < at.y));
    }
    const next = candidates.sort((a, b) => Math.abs(a.position().y - at.y) - Math.abs(b.position().y - at.y) || Math.abs(a.position().x - at.x) - Math.abs(b.position().x - at.x))[0];
    if (!next) return true;
    cy.elements(':selected').unselect();
    next.select();
    this.canvas.highlight(next);
    this.select(next);
    // keep the new selection in sight
    const box = next.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.animate({ center: { eles: next } } as never, { duration: 200 });
    return true;
  }

  /** The whole graph in view (its "off screen" notice no longer applies). */
  private fit(): void {
    this.notice.hidden = true;
    this.canvas.cy.animate({ fit: { eles: this.canvas.cy.elements(), padding: 30 } } as never, { duration: 250 });
  }

  /** Whether expansions are being replayed (a render meanwhile must not start a second replay). */
  private replaying = false;
  private async replay(work: Promise<void>): Promise<void> {
    this.replaying = true;
    try {
      await work;
    } finally {
      this.replaying = false;
    }
  }

  /** A passing message on the canvas ("no new neighbours"). */
  private say(message: string): void {
    this.notice.textContent = message;
    this.notice.hidden = false;
  }

  private explain(nodes: number, truncated: boolean, more: string[] = []): void {
    const messages: string[] = [];
    if (nodes <= 1) messages.push(this.app.t('noEdges'));
    if (truncated) messages.push(this.app.t('truncated', { n: nodes }));
    messages.push(...more);
    this.notice.textContent = messages.join(' ');
    this.notice.hidden = messages.length === 0;
  }

  relabel(): void {
    relabel(this.canvas.cy, this.app.state.language);
    this.canvas.cy.nodes('.group').forEach((node) => {
      const group = this.groups.get(node.id());
      if (group) node.data('display', this.describeGroup(group));
    });
    this.drawAxis();
    this.drawToolbar();
    this.drawLegend();
    const nodes = this.canvas.cy.nodes().length;
    if (!this.notice.hidden) this.explain(nodes, false);
  }

  private select(target: NodeSingular | EdgeSingular | null): void {
    if (!target) {
      this.selectedId = null;
      this.details.clear();
    } else if (target.isNode() && this.groups.has(target.id())) {
      this.selectedId = null;
      this.showGroup(this.groups.get(target.id())!);
    } else if (target.isNode()) {
      this.selectedId = target.id();
      this.showNodeDetails(target);
    } else if (this.groups.has(target.source().id()) || this.groups.has(target.target().id())) {
      // an edge to a group stands for several citations: the group says which
      this.selectedId = null;
      this.showGroup(this.groups.get(target.source().id()) ?? this.groups.get(target.target().id())!);
    } else {
      this.selectedId = null;
      void this.showEdge(target);
    }
    this.drawToolbar();
  }

  /** An edge in the details panel; an outlined one shows its ends and relation while its evidence is fetched. */
  private async showEdge(edge: EdgeSingular): Promise<void> {
    const data = edge.data() as EdgeData | OutlineData;
    if (hasEvidence(data)) return this.details.showEdge(data);
    this.details.showEdge({ ...NO_EVIDENCE, ...data });
    try {
      await this.fillEvidence(edge);
    } catch (error) {
      if (!isAbort(error)) this.app.showError(error);
      return;
    }
    const filled = edge.data() as EdgeData | OutlineData;
    // unless the user has opened something else meanwhile (or the citation is gone from the graph)
    if (hasEvidence(filled) && this.details.isShowingEdge(filled.id)) this.details.showEdge(filled);
  }

  /**
   * Writes the evidence of the outlined edges among `edges` into their data, and into the lineage
   * kept for redraws (a lineage is drawn from outlines: the evidence is read when an edge is
   * opened or the graph exported). Edges that carry theirs are left alone.
   */
  private async fillEvidence(edges: EdgeCollection): Promise<void> {
    const outlines = edges.map((edge) => edge.data() as EdgeData | OutlineData).filter((data): data is OutlineData => !hasEvidence(data));
    if (outlines.length === 0) return;
    const graph = this.lineageGraph;
    const found = await this.app.track(api.evidence(outlines));
    const cy = this.canvas.cy;
    cy.batch(() => {
      // the ends and the id are the element's own and cannot be set
      for (const { data: { id, source: _source, target: _target, ...evidence } } of found) cy.getElementById(id).data(evidence);
    });
    if (graph && graph === this.lineageGraph) {
      const byId = new Map(found.map((edge) => [edge.data.id, edge]));
      this.lineageGraph = { ...graph, edges: graph.edges.map((edge) => byId.get(edge.data.id) ?? edge) };
    }
  }

  /** Writes an export once every drawn edge carries its evidence. */
  private exportWithEvidence(write: () => void): void {
    this.fillEvidence(this.canvas.cy.edges()).then(write, (error: unknown) => this.app.showError(error));
  }

  private showGroup(group: GroupInfo): void {
    const members = group.members.map((id) => this.lineageGraph?.nodes.find((n) => n.data.id === id)?.data).filter((d): d is GraphNode['data'] => !!d);
    const words = () => ({ title: this.describeGroup(group), relation: this.app.t(`group.${group.side}`, { parent: group.parent }) });
    this.details.showGroup(words, members, () => this.app.go({ open: [...this.app.state.open, group.id] }));
  }

  private showNodeDetails(node: NodeSingular): void {
    const browse = this.app.state.view === 'browse';
    const id = node.id();
    // from any drawn document: how the focus reaches it
    const pathTo = id === this.app.state.symbol ? undefined : () => this.app.go({ view: 'path', to: id });
    this.details.showNode(
      node.data() as GraphNode['data'],
      browse
        ? {
            expand: () => void this.expand(id),
            collapse: () => this.collapse(id),
            remove: id === this.app.state.symbol ? undefined : () => this.remove(id),
            expanded: this.history.isExpanded(id),
            pathTo,
          }
        : { pathTo },
    );
  }

  /** Browse: the user expands a node; the expansion goes into the URL (back undoes it). */
  async expand(id: string): Promise<void> {
    const recorded = await this.expandNow(id);
    if (recorded === null) return;
    this.applied.push({ id, recorded });
    this.app.go({ expanded: this.applied.map((e) => e.id) });
  }

  /**
   * Adds the node's neighbours around it, animated out of it; the rest stays put. True when it
   * added something (undo can step back over it), false when nothing was new, null on failure.
   */
  private async expandNow(id: string, quiet = false): Promise<boolean | null> {
    const cy = this.canvas.cy;
    const node = cy.getElementById(id);
    if (node.empty()) return null;
    let recorded: boolean | null = null;
    try {
      const graph = await this.app.track(api.neighbourhood(id, this.app.state.relations, this.app.state.filter));
      const origin = { ...node.position() };
      const merge = mergeElements(cy, graph, { focus: this.app.state.symbol, language: this.app.state.language, origin });
      // an expansion that added nothing is not one undo should have to step over
      recorded = merge.nodes.length > 0 || merge.edges.length > 0;
      if (recorded) this.history.record({ parent: id, ...merge });
      const fresh0 = new Set(merge.nodes);
      const occupied = cy.nodes().filter((n: NodeSingular) => !fresh0.has(n.id())).map((n: NodeSingular) => n.position());
      const targets = ringPositions(origin, merge.nodes.length, { occupied });
      if (merge.nodes.length === 0 && !quiet) this.say(this.app.t('browse.noNew'));
      const positions = new Map(merge.nodes.map((n, i) => [n, targets[i]!]));
      const fresh = byIds(cy, merge.nodes);
      if (fresh.nonempty()) {
        await new Promise<void>((resolve) => {
          const layout = fresh.layout({ ...browseDefaults, animate: !quiet, positions: (n: NodeSingular) => positions.get(n.id()) ?? origin } as never);
          layout.one('layoutstop', () => resolve());
          layout.run();
        });
        if (!quiet) cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 60 } } as never, { duration: 300 });
      }
      this.app.clearError();
    } catch (error) {
      this.app.showError(error);
    }
    this.afterEdit();
    return recorded;
  }

  /**
   * Makes the drawn expansions those of the URL: undoes those past what both share (back),
   * then replays the rest in order (a reload, a shared link, forward).
   */
  private async syncExpansions(): Promise<void> {
    const wanted = this.app.state.expanded;
    let shared = 0;
    while (shared < wanted.length && shared < this.applied.length && wanted[shared] === this.applied[shared]!.id) shared++;
    while (this.applied.length > shared) if (this.applied.pop()!.recorded) this.history.undo();
    for (const id of wanted.slice(shared)) {
      const recorded = await this.expandNow(id, true);
      this.applied.push({ id, recorded: recorded === true });
    }
    if (wanted.length > shared) this.canvas.cy.fit(undefined, 30);
    this.afterEdit();
  }

  /** The URL follows a collapse or a removal, without a new history entry. */
  private forget(id: string): void {
    this.applied = this.applied.filter((e) => e.id !== id);
    this.app.go({ expanded: this.applied.map((e) => e.id) }, { replace: true });
  }

  collapse(id: string): void {
    this.history.collapse(id, this.app.state.symbol);
    this.forget(id);
    this.afterEdit();
  }

  remove(id: string): void {
    this.history.remove(id);
    if (this.selectedId === id) {
      this.selectedId = null;
      this.details.clear();
    }
    this.forget(id);
    this.afterEdit();
  }

  undo(): void {
    // expansions that added nothing have nothing to undo: step back over them
    while (this.applied.length && !this.applied[this.applied.length - 1]!.recorded) this.applied.pop();
    this.applied.pop();
    const undone = this.history.undo();
    if (undone && this.selectedId && this.canvas.cy.getElementById(this.selectedId).empty()) {
      this.selectedId = null;
      this.details.clear();
    }
    this.app.go({ expanded: this.applied.map((e) => e.id) });
    this.afterEdit();
  }

  private afterEdit(): void {
    this.drawToolbar();
    const selected = this.selectedId ? this.canvas.cy.getElementById(this.selectedId) : null;
    if (selected && selected.nonempty()) this.showNodeDetails(selected as NodeSingular);
  }

  private drawToolbar(): void {
    const t = this.app.t.bind(this.app);
    const state = this.app.state;
    const items: Node[] = [];
    if (state.view === 'path') {
      const input = h('input', { type: 'search', value: state.to ?? '', placeholder: t('path.toHint'), 'aria-label': t('path.to'), 'data-testid': 'path-to', size: 24 });
      const find = () => {
        const to = input.value.trim();
        if (to) this.app.go({ to });
      };
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') find();
      });
      items.push(h('label', {}, h('span', { text: t('path.to') }), input), h('button', { type: 'button', 'data-testid': 'path-find', onclick: find }, t('path.find')));
    } else if (state.view === 'lineage') {
      const direction = h(
        'select',
        { 'data-testid': 'direction', 'aria-label': t('direction'), onchange: (e: Event) => this.app.go({ direction: (e.target as HTMLSelectElement).value as never }) },
        ...(['ancestors', 'both', 'descendants'] as const).map((d) => h('option', { value: d, selected: d === state.direction, text: t(`direction.${d}`) })),
      );
      const depth = h(
        'select',
        { 'data-testid': 'depth', 'aria-label': t('depth'), onchange: (e: Event) => this.app.go({ depth: Number((e.target as HTMLSelectElement).value) }) },
        ...[1, 2, 3, 4, 5, 6].map((d) => h('option', { value: String(d), selected: d === state.depth, text: String(d) })),
      );
      const layout = h(
        'select',
        { 'data-testid': 'layout', 'aria-label': t('layout.style'), onchange: (e: Event) => this.app.go({ layout: (e.target as HTMLSelectElement).value as never }) },
        ...(['timeline', 'compact'] as const).map((l) => h('option', { value: l, selected: l === state.layout, text: t(`layout.${l}`) })),
      );
      items.push(h('label', {}, h('span', { text: t('direction') }), direction), h('label', {}, h('span', { text: t('depth') }), depth), h('label', {}, h('span', { text: t('layout.style') }), layout));
      if (state.open.length) items.push(h('button', { type: 'button', class: 'secondary', 'data-testid': 'regroup', onclick: () => this.app.go({ open: [] }) }, t('group.regroup')));
    } else {
      const selected = this.selectedId;
      const canUndo = this.history.size > 0;
      items.push(
        h('span', { class: 'hint', text: t('browseHint') }),
        h('button', { type: 'button', 'data-testid': 'expand', disabled: !selected, onclick: () => selected && void this.expand(selected) }, t('expand')),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'collapse', disabled: !selected || !this.history.isExpanded(selected), onclick: () => selected && this.collapse(selected) }, t('collapse')),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'remove', disabled: !selected || selected === state.symbol, onclick: () => selected && this.remove(selected) }, t('remove')),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'undo', disabled: !canUndo, onclick: () => this.undo() }, `↶ ${t('undo')}`),
      );
    }
    // paths are the graph's own: no filter applies to them
    if (state.view !== 'path') items.push(filterPanel(this.app, { ingested: true }));
    const stem = fileStem(state.symbol ?? 'graph') + `-${state.view}`;
    items.push(
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'ghost', 'data-testid': 'fit', onclick: () => this.fit() }, t('fit')),
      h(
        'span',
        { class: 'export' },
        h('span', { class: 'label', text: t('export') }),
        h('button', { type: 'button', class: 'ghost', 'data-testid': 'export-png', onclick: () => void this.canvas.png().then((blob) => download(`${stem}.png`, blob)) }, t('exportPng')),
        h('button', { type: 'button', class: 'ghost', 'data-testid': 'export-svg', onclick: () => download(`${stem}.svg`, this.canvas.svg(state.symbol ?? undefined), 'image/svg+xml') }, t('exportSvg')),
        h('button', { type: 'button', class: 'ghost', 'data-testid': 'export-json', onclick: () => this.exportWithEvidence(() => download(`${stem}.json`, JSON.stringify(exportElements(this.canvas.cy), null, 2), 'application/json')) }, t('exportJson')),
        h(
          'details',
          { class: 'export-more' },
          h('summary', { 'data-testid': 'export-more', text: t('exportMore') }),
          h(
            'div',
            { class: 'menu' },
            ...(
              [
                // the last: whether the file carries the edges' evidence (the nodes' table has none to fetch)
                ['graphml', 'exportGraphml', `${stem}.graphml`, 'application/graphml+xml', (m: Interchange) => m.toGraphml(this.canvas.cy), true],
                ['gexf', 'exportGexf', `${stem}.gexf`, 'application/gexf+xml', (m: Interchange) => m.toGexf(this.canvas.cy), true],
                ['nodes-csv', 'exportNodesCsv', `${stem}-nodes.csv`, 'text/csv', (m: Interchange) => m.nodesCsv(this.canvas.cy), false],
                ['edges-csv', 'exportEdgesCsv', `${stem}-edges.csv`, 'text/csv', (m: Interchange) => m.edgesCsv(this.canvas.cy), true],
              ] as const
            ).map(([id, label, file, type, write, withEvidence]) =>
              h('button', {
                type: 'button',
                class: 'ghost',
                'data-testid': `export-${id}`,
                onclick: (event: Event) => {
                  // the menu closes once a format is chosen
                  (event.target as HTMLElement).closest('details')?.removeAttribute('open');
                  const save = () => void interchange().then((m) => download(file, write(m), type), (error: unknown) => this.app.showError(error));
                  if (withEvidence) this.exportWithEvidence(save);
                  else save();
                },
              }, t(label)),
            ),
          ),
        ),
      ),
    );
    this.toolbar.replaceChildren(...items);
    this.axis.hidden = state.view !== 'lineage' && state.view !== 'path';
  }

  private drawLegend(): void {
    const active = new Set(this.app.state.relations);
    const toggle = (relation: EdgeType) => {
      const next = active.has(relation) ? this.app.state.relations.filter((r) => r !== relation) : [...this.app.state.relations, relation];
      this.app.go({ relations: next });
    };
    this.legend.replaceChildren(...legendRows(this.app, { active, toggle }));
  }

}

type Interchange = typeof import('../graph/interchange.ts');
/** The Gephi formats (and graphology) load the first time they are asked for. */
const interchange = (): Promise<Interchange> => import('../graph/interchange.ts');

/** A document response as a graph node (when no relation is selected): the node's fields only, its titles in every language. */
function docNode(doc: GraphNode['data']): GraphNode['data'] {
  const { id, label, type, symbol, key, body, kind, session, date, year, ingested } = doc;
  return { id, label, type, symbol, key, body, kind, session, date, year, ...titlesOf(doc), ingested };
}
