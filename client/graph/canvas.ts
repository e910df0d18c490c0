// One Cytoscape canvas in the page (the main graph, or the console's result graph):
// loads elements with a layout and reports when the picture has settled, hands taps on
// nodes and edges to the page, and exports PNG, SVG and JSON.
import cytoscape, { type Collection, type Core, type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { GraphElements } from '../../server/wire.ts';
import type { Language } from '../i18n.ts';
import { toDefinitions, tooltipLines } from './elements.ts';
import { toSvg } from './export.ts';
import { registerLayouts } from './layouts.ts';
import { stylesheet } from './style.ts';

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
    this.cy.on('tap', 'node, edge', (event) => this.onSelect(event.target as NodeSingular | EdgeSingular));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.onSelect(null);
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

  /** Replaces the graph with `elements` laid out by `layout`; resolves when the layout has stopped. */
  async load(elements: Pick<GraphElements, 'nodes' | 'edges'>, options: { focus: string | null; language: Language; layout: (nodes: number, elements: Collection) => LayoutOptions }): Promise<LayoutReport> {
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
    });
    const layoutOptions = options.layout(nodeCount, this.cy.elements());
    await this.runLayout(layoutOptions);
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
