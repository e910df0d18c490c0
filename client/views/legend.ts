// The legend under a graph, drawn from the style tables (graph/style.ts): the relations with
// their colour and line, and the kinds of document with their colour and shape. In lineage and
// browse the relations are toggles that filter the graph; in the console they only explain it.
import type { EdgeType } from '../../server/wire.ts';
import type { App } from '../context.ts';
import { h } from '../dom.ts';
import { CATEGORY_STYLES, LEGEND_RELATIONS, RELATION_COLOURS } from '../graph/style.ts';

const lineStyle = (relation: EdgeType) => (relation === 'ADOPTS' ? 'dashed' : relation === 'PUBLISHED_IN' || relation === 'ADOPTED_ON_REPORT' ? 'dotted' : '');

/** The legend's two rows; with `toggle`, each relation is a button that turns it on or off. */
export function legendRows(app: App, options: { active?: ReadonlySet<EdgeType>; toggle?: (relation: EdgeType) => void } = {}): HTMLElement[] {
  const t = app.t.bind(app);
  const relations = LEGEND_RELATIONS.map((relation) => {
    const content = [h('span', { class: `line ${lineStyle(relation)}` }), h('span', { text: t(`rel.${relation}`) })];
    if (!options.toggle) return h('span', { class: 'rel on', style: `--c:${RELATION_COLOURS[relation]}` }, ...content);
    const on = options.active?.has(relation) ?? true;
    return h(
      'button',
      { type: 'button', class: `rel ${on ? 'on' : 'off'}`, 'data-testid': `legend-${relation}`, 'aria-pressed': String(on), style: `--c:${RELATION_COLOURS[relation]}`, onclick: () => options.toggle!(relation) },
      ...content,
    );
  });
  const kinds = Object.values(CATEGORY_STYLES).map((style) => h('li', {}, h('span', { class: `swatch shape-${style.shape}`, style: `--c:${style.colour}` }), h('span', { text: t(style.label) })));
  kinds.push(h('li', {}, h('span', { class: 'swatch hollow', style: '--c:#52606d' }), h('span', { text: t('kind.notIngested') })));
  if (options.toggle) kinds.push(h('li', {}, h('span', { class: 'swatch focus', style: '--c:#0072B2' }), h('span', { text: t('kind.focus') })));
  return [h('div', { class: 'row' }, h('h4', { text: t('relations') }), h('div', { class: 'rels' }, ...relations)), h('div', { class: 'row' }, h('h4', { text: t('kinds') }), h('ul', { class: 'kinds' }, ...kinds))];
}
