// The search box: suggestions as you type (symbols in any spelling, title words), with
// the keyboard (up, down, Enter, Escape) and the mouse; choosing one opens the document.
import { api } from '../api.ts';
import { humanError, isAbort, type App } from '../context.ts';
import { h } from '../dom.ts';
import { inLanguage, languageOf, textAttributes, vocabularyWord } from '../i18n.ts';
import type { SearchResponse } from '../../server/wire.ts';
import { describeTime } from '../graph/time.ts';

type Result = SearchResponse['results'][number];

export class SearchBox {
  private results: Result[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;

  constructor(
    private readonly app: App,
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('focus', () => {
      if (this.results.length) this.open(true);
    });
    input.addEventListener('blur', () => setTimeout(() => this.open(false), 150));
  }

  relabel(): void {
    this.input.placeholder = this.app.t('searchPlaceholder');
    this.input.setAttribute('aria-label', this.app.t('searchLabel'));
    if (this.results.length) this.draw();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetch(), 120);
  }

  private async fetch(): Promise<void> {
    const q = this.input.value.trim();
    this.controller?.abort();
    if (!q) {
      this.results = [];
      this.open(false);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.list.replaceChildren(h('li', { class: 'muted', text: this.app.t('searching') }));
    this.open(true);
    try {
      const response = await this.app.track(api.search(q, controller.signal));
      if (controller.signal.aborted) return;
      this.results = response.results;
      this.active = this.results.length ? 0 : -1;
      this.draw(q);
    } catch (error) {
      if (isAbort(error)) return;
      this.results = [];
      this.list.replaceChildren(h('li', { class: 'muted error-text', text: humanError(this.app, error) }));
    }
  }

  private draw(q = this.input.value.trim()): void {
    if (!this.results.length) {
      this.list.replaceChildren(h('li', { class: 'muted', text: this.app.t('searchNothing', { q }) }));
      return;
    }
    const language = this.app.state.language;
    this.list.replaceChildren(
      ...this.results.map((result, i) => {
        const title = inLanguage(result, 'title', language);
        const titleLanguage = textAttributes(languageOf(result, 'title', language));
        const when = describeTime(result);
        const item = h(
          'li',
          { role: 'option', id: `suggestion-${i}`, 'data-testid': 'suggestion', 'data-id': result.id, 'aria-selected': String(i === this.active), class: i === this.active ? 'active' : '' },
          result.type === 'instrument' && title ? h('span', { class: 'sym', ...titleLanguage, text: title }) : h('span', { class: 'sym', text: result.label }),
          h('span', { class: 'meta', text: [vocabularyWord(language, 'body', result.body), vocabularyWord(language, 'docKind', result.kind), when].filter(Boolean).join(' · ') }),
          result.type !== 'instrument' && title ? h('span', { class: 'title', ...titleLanguage, text: title }) : null,
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.choose(i);
        });
        return item;
      }),
    );
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? `suggestion-${this.active}` : '');
  }

  private key(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.results.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.draw();
      this.open(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.results.length) this.choose(Math.max(0, this.active));
      else {
        clearTimeout(this.timer);
        void this.fetch();
      }
    } else if (event.key === 'Escape') {
      this.open(false);
    }
  }

  private choose(index: number): void {
    const result = this.results[index];
    if (!result) return;
    this.open(false);
    this.input.value = '';
    this.results = [];
    this.input.blur();
    const view = this.app.state.view === 'console' ? 'lineage' : this.app.state.view;
    this.app.go({ symbol: result.id, view });
  }

  private open(open: boolean): void {
    this.list.hidden = !open;
    this.list.parentElement?.setAttribute('aria-expanded', String(open));
  }
}
