// What every view gets from the page: the state, translation, navigation, the loading
// indicator and the error banner. Views never touch each other directly.
import type { MessageKey } from './i18n.ts';
import type { AppState } from './state.ts';
import { ApiError } from './api.ts';

export interface App {
  readonly state: AppState;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Changes the state, records it in the URL (a new history entry unless `replace`) and renders. */
  go(change: Partial<AppState>, options?: { replace?: boolean }): void;
  /** Shows the loading indicator while `promise` runs. */
  track<T>(promise: Promise<T>): Promise<T>;
  showError(error: unknown): void;
  clearError(): void;
}

/** A message a person understands, for any failure. */
export function humanError(app: Pick<App, 't'>, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'graph_unavailable') return app.t('neo4jDown');
    if (error.code === 'network') return app.t('networkDown');
    // the server names what it did not find in quotes ('no document "X" in the graph'): the page says it in its own words
    if (error.code === 'not_found') return app.t('notFound', { message: /"([^"]+)"/.exec(error.message)?.[1] ?? error.message });
    if (error.code === 'too_large') return app.t('error.tooLarge');
    if (error.code === 'rate_limited') return app.t('error.rateLimited');
    if (error.code === 'query_timeout') return app.t('error.timeout');
    // the search box's limit, said as a person would; other refusals keep the server's reason (the console's Cypher errors among them)
    if (error.code === 'bad_request' && /^q: Too big/.test(error.message)) return app.t('error.field.q');
    if (error.code === 'bad_request') return app.t('error.badRequest', { message: error.message });
    return error.message;
  }
  return (error as Error)?.message ?? String(error);
}

export const isAbort = (error: unknown) => (error as Error)?.name === 'AbortError';
