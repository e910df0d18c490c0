// The filter panel of lineage, browse and recalled-by: issuing body, adoption dates, subject,
// and (graph views) only documents whose text is in. A closed <details> that names how many
// filters are on; every change goes to the URL like all other state.
import { BODIES } from '../../ingest/vocabulary.ts';
import type { Filter } from '../api.ts';
import type { App } from '../context.ts';
import { h } from '../dom.ts';
import { vocabularyWord } from '../i18n.ts';
import { FILTER_BOUND, NO_FILTER, activeFilters } from '../state.ts';

/** Whether the user left the panel open (the toolbar is redrawn often). */
let leftOpen = false;

/** The panel for the state's filter; `ingested` offers "only documents whose text is in". */
export function filterPanel(app: App, options: { ingested: boolean }): HTMLElement {
  const t = app.t.bind(app);
  const filter = app.state.filter;
  const set = (change: Partial<Filter>) => app.go({ filter: { ...app.state.filter, ...change } });
  const error = h('p', { class: 'error-text', 'data-testid': 'filter-error', hidden: true, text: t('filter.badBound') });
  const bound = (key: 'from' | 'to') =>
    h('input', {
      type: 'text',
      inputmode: 'numeric',
      size: 10,
      value: filter[key] ?? '',
      placeholder: key === 'from' ? '1945' : String(new Date().getFullYear()),
      title: t('filter.yearHint'),
      'aria-label': t(`filter.${key}`),
      'data-testid': `filter-${key}`,
      onchange: (e: Event) => {
        const value = (e.target as HTMLInputElement).value.trim();
        // a bound the server would refuse is said here, not sent
        error.hidden = value === '' || FILTER_BOUND.test(value);
        if (error.hidden) set({ [key]: value || null });
      },
    });
  const body = h(
    'select',
    { 'data-testid': 'filter-body', 'aria-label': t('filter.body'), onchange: (e: Event) => set({ body: (e.target as HTMLSelectElement).value || null }) },
    h('option', { value: '', text: t('filter.anyBody') }),
    ...BODIES.map((code) => h('option', { value: code, selected: filter.body === code, text: vocabularyWord(app.state.language, 'body', code) ?? code })),
  );
  const subject = h('input', {
    type: 'search',
    value: filter.subject ?? '',
    placeholder: t('filter.subjectHint'),
    'aria-label': t('filter.subject'),
    'data-testid': 'filter-subject',
    onchange: (e: Event) => set({ subject: (e.target as HTMLInputElement).value.trim() || null }),
  });
  const fields: Node[] = [
    h('label', {}, h('span', { text: t('filter.body') }), body),
    h('label', {}, h('span', { text: t('filter.from') }), bound('from')),
    h('label', {}, h('span', { text: t('filter.to') }), bound('to')),
    h('label', {}, h('span', { text: t('filter.subject') }), subject),
  ];
  if (options.ingested) {
    fields.push(
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', 'data-testid': 'filter-ingested', checked: filter.ingested, onchange: (e: Event) => set({ ingested: (e.target as HTMLInputElement).checked }) }),
        h('span', { text: t('filter.ingested') }),
      ),
    );
  }
  const count = activeFilters(options.ingested ? filter : { ...filter, ingested: false });
  if (count) fields.push(h('button', { type: 'button', class: 'ghost', 'data-testid': 'filter-clear', onclick: () => app.go({ filter: NO_FILTER }) }, t('filter.clear')));
  return h(
    'details',
    { class: `filters${count ? ' on' : ''}`, 'data-testid': 'filters', open: leftOpen || count > 0, ontoggle: (e: Event) => (leftOpen = (e.target as HTMLDetailsElement).open) },
    h('summary', { 'data-testid': 'filters-summary', text: count ? t('filter.active', { n: count }) : t('filter.title') }),
    h('div', { class: 'fields' }, ...fields, error),
  );
}
