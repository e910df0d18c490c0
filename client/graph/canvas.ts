// One Cytoscape canvas in the page (the main graph, or the console's result graph):
// loads elements with a layout and reports when the picture has settled, hands taps on
// nodes and edges to the page, and exports PNG, SVG and JSON.
import cytoscape, { type Collection, type Core, type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { Language } from '../i18n.ts';
import { toDefinitions, tooltipLines } from './elements.ts';
import { toSvg } from './export.ts';
import { registerLayouts } from './layouts.ts';
import { LABEL_STEPS, labelStep, stylesheet } from './style.ts';

/** The largest zoom a fitted graph opens at. */
const MAX_FIT_ZOOM = 1.4;

const LABEL_STEP_CLASSES = LABEL_STEPS.map((step) => step.className).filter(Boolean).join(' ');
const LABEL_STEP_SELECTOR = LABEL_STEPS.map((step) => step.className).filter(Boolean).map((c) => `.${c}`).join(', ');

export interface LayoutReport {
  name: string;
  nodes: number;
  edges: number;
  /** From the start of the load to the layout's end (ms). */
  milliseconds: number;
}

export class GraphCanvas {
  readonly cy: Core;
  /** Incremented on every load; a settled load sets `settled` to it. */
  generation = 0;
  settled = 0;
  lastLayout: LayoutReport | null = null;
  onSelect: (target: NodeSingular | EdgeSingular | null) => void = () => {};
  /** The language tooltips are written in (the page sets it). */
  language: Language = 'en';
  private readonly tooltip: HTMLDivElement;

  constructor(readonly container: HTMLElement) {
    registerLayouts();
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      // Elements come later, with their own layout; the canvas may not be in the page yet.
      layout: { name: 'null' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Big graphs: cheaper drawing while the user pans and zooms.
      hideEdgesOnViewport: false,
      textureOnViewport: false,
      pixelRatio: 'auto',
    });
    this.cy.on('tap', 'node, edge', (event) => {
      this.highlight(event.target as NodeSingular | EdgeSingular);
      this.onSelect(event.target as NodeSingular | EdgeSingular);
    });
    this.cy.on('tap', (event) => {
      if (event.target !== this.cy) return;
      this.highlight(null);
      this.onSelect(null);
    });
    // Labels that must stay readable grow as the user zooms out (style.ts LABEL_STEPS); once a frame at most.
    let scheduled = false;
    this.cy.on('zoom', () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        this.scaleLabels();
      });
    });
    // A node's tooltip names it: symbol, title, date (text only, never HTML).
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'graph-tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.dataset.testid = 'graph-tooltip';
    this.tooltip.hidden = true;
    container.append(this.tooltip);
    this.cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      this.tooltip.replaceChildren(...tooltipLines(node.data(), this.language).map((line, i) => Object.assign(document.createElement(i === 0 ? 'strong' : 'div'), { textContent: line })));
      const at = node.renderedPosition();
      this.tooltip.style.left = `${Math.round(at.x + 12)}px`;
      this.tooltip.style.top = `${Math.round(at.y + 12)}px`;
      this.tooltip.hidden = false;
    });
    this.cy.on('mouseout', 'node', () => (this.tooltip.hidden = true));
    this.cy.on('viewport remove', () => (this.tooltip.hidden = true));
    container.dataset.state = 'empty';
  }

  private labelClass: string | null = null;

  /** Gives every node the label step of the current zoom (only the keep-label and lit ones use it). */
  scaleLabels(force = false): void {
    const className = labelStep(this.cy.zoom()).className;
    if (className === this.labelClass && !force) return;
    this.labelClass = className;
    // only the labels that grow need the class: touching every node of a big graph costs a restyle of each
    this.cy.batch(() => {
      this.cy.nodes(LABEL_STEP_SELECTOR).removeClass(LABEL_STEP_CLASSES);
      if (className) this.cy.nodes('.keep-label, .lit').addClass(className);
    });
    this.declutter();
  }

  /**
   * Grown labels would cover each other once zoomed out: keeps them in order of importance
   * (the focus, the selection, groups, the selection's neighbours, then the rest) and hides any that would overlap one kept.
   */
  declutter(): void {
    const important = this.cy.nodes('.keep-label, .lit');
    const rank = (node: NodeSingular) => (node.hasClass('focus') ? 0 : node.id() === this.chosen ? 1 : node.hasClass('group') ? 2 : node.hasClass('lit') ? 3 : 4);
    const ordered = important.toArray().sort((a, b) => rank(a as NodeSingular) - rank(b as NodeSingular)) as NodeSingular[];
    const kept: { x1: number; x2: number; y1: number; y2: number }[] = [];
    const hidden: NodeSingular[] = [];
    this.cy.batch(() => important.removeClass('label-off'));
    for (const node of ordered) {
      const box = this.labelBox(node);
      if (box.x2 > box.x1 && kept.some((k) => box.x1 < k.x2 && k.x1 < box.x2 && box.y1 < k.y2 && k.y1 < box.y2)) hidden.push(node);
      else kept.push(box);
    }
    this.cy.batch(() => this.cy.collection(hidden as never).addClass('label-off'));
  }

  private measure: CanvasRenderingContext2D | null = null;

  /**
   * Where a node's label stands (model coordinates), measured with the font its style gives it
   * now (Cytoscape's own label boxes are only refreshed when it next draws).
   */
  private labelBox(node: NodeSingular): { x1: number; x2: number; y1: number; y2: number } {
    this.measure ??= document.createElement('canvas').getContext('2d');
    const size = parseFloat(String(node.style('font-size'))) || 13;
    const maxWidth = parseFloat(String(node.style('text-max-width'))) || Infinity;
    const text = String(node.data('display') ?? '');
    let width = text.length * size * 0.6;
    if (this.measure) {
      this.measure.font = `${node.style('font-weight')} ${size}px ${node.style('font-family')}`;
      width = this.measure.measureText(text).width;
    }
    const lines = node.style('text-wrap') === 'wrap' ? Math.ceil(width / maxWidth) : 1;
    width = Math.min(width, maxWidth);
    const height = size * 1.25 * lines;
    const { x, y } = node.position();
    if (node.style('text-halign') === 'right') {
      const x1 = x + node.width() / 2 + (parseFloat(String(node.style('text-margin-x'))) || 0);
      return { x1, x2: x1 + width, y1: y - height / 2, y2: y + height / 2 };
    }
    const y1 = y + node.height() / 2 + (parseFloat(String(node.style('text-margin-y'))) || 0);
    return { x1: x - width / 2, x2: x + width / 2, y1, y2: y1 + height };
  }

  /** The selected node, its neighbours and the edges between them stand out (class lit); null clears it. */
  private chosen: string | null = null;

  highlight(target: NodeSingular | EdgeSingular | null): void {
    this.chosen = target ? target.id() : null;
    this.cy.batch(() => {
      this.cy.elements('.lit').removeClass('lit');
      if (!target) return;
      const lit = target.isNode() ? target.closedNeighborhood() : target.connectedNodes().union(target);
      lit.addClass('lit');
      if (this.labelClass) lit.nodes().addClass(this.labelClass);
    });
    this.declutter();
  }

  /** Replaces the graph with `elements` laid out by `layout`; resolves when the layout has stopped. `prepare` may add classes first. */
  async load(
    elements: Parameters<typeof toDefinitions>[0],
    options: { focus: string | null; language: Language; layout: (nodes: number, elements: Collection) => LayoutOptions; prepare?: (cy: Core) => void },
  ): Promise<LayoutReport> {
    const started = performance.now();
    const generation = ++this.generation;
    this.language = options.language;
    this.container.dataset.state = 'loading';
    const definitions = toDefinitions(elements, options);
    const nodeCount = definitions.filter((d) => d.group === 'nodes').length;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(definitions);
      // Big graphs draw their edges as straight lines without arrows (much faster).
      if (definitions.length > 1500) this.cy.edges().addClass('fast');
      weighByRank(this.cy);
      options.prepare?.(this.cy);
    });
    const layoutOptions = options.layout(nodeCount, this.cy.elements());
    await this.runLayout(layoutOptions);
    // a few nodes fitted to the screen would be drawn huge
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
    this.scaleLabels(true);
    const report: LayoutReport = {
      name: String((layoutOptions as { name: string }).name),
      nodes: nodeCount,
      edges: this.cy.edges().length,
      milliseconds: Math.round(performance.now() - started),
    };
    if (generation === this.generation) {
      this.lastLayout = report;
      this.settled = generation;
      this.container.dataset.state = nodeCount ? 'ready' : 'empty';
    }
    return report;
  }

  runLayout(options: LayoutOptions): Promise<void> {
    return new Promise((resolve) => {
      const layout = this.cy.elements().layout(options);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  clear(): void {
    this.generation++;
    this.cy.elements().remove();
    this.container.dataset.state = 'empty';
  }

  /** Re-measures the container (after it was hidden) and fits the graph. */
  refresh(fit = false): void {
    this.cy.resize();
    if (fit) this.cy.fit(undefined, 30);
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  svg(title?: string): string {
    return toSvg(this.cy, { title });
  }

  select(id: string): void {
    this.cy.elements(':selected').unselect();
    const element = this.cy.getElementById(id);
    if (element.nonempty()) element.select();
  }
}

/**
 * Each node's `weight` (0–1): its PageRank against the highest in this graph, square-rooted so
 * the middle ranks still show; the stylesheet sizes nodes by it. 0 where the graph has no rank.
 */
export function weighByRank(cy: Core): void {
  const ranks = cy.nodes().map((n) => (typeof n.data('pagerank') === 'number' ? (n.data('pagerank') as number) : 0));
  const highest = Math.max(0, ...ranks);
  cy.nodes().forEach((n, i) => {
    n.data('weight', highest > 0 ? Math.sqrt(ranks[i]! / highest) : 0);
  });
}
