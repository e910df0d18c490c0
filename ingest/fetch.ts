// Downloads documents from the UN's official document system by symbol, language and format:
//   <base>/api/symbol/access?s=<SYMBOL>&l=<en|zh|fr|es|ru|ar>&t=<pdf|docx|doc>
// which answers with a redirect to the file (see the README). Politely (a few requests a second,
// a User-Agent that says who asks), resiliently (retries with back-off on 429, 5xx and network
// errors, honouring Retry-After), resumably (a file already there is not fetched again) and
// safely (a file is written under a temporary name and renamed when whole, after its first
// bytes proved it is what was asked for: an HTML page is "not available", not a document).
import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { normalizeDocumentSymbol } from './symbols.ts';

import { OFFICIAL_LANGUAGES, type OfficialLanguage } from './vocabulary.ts';

export const FETCH_LANGUAGES = OFFICIAL_LANGUAGES;
export type FetchLanguage = OfficialLanguage;
const LANGUAGE_NAMES: Record<FetchLanguage, string> = { en: 'English', zh: 'Chinese', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' };

/** What the document system serves, and how a file of each kind begins. */
const KINDS = {
  pdf: { extension: 'pdf', signature: (b: Uint8Array) => Buffer.from(b.subarray(0, 1024)).toString('latin1').includes('%PDF-') },
  docx: { extension: 'docx', signature: (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b },
  doc: { extension: 'doc', signature: (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 },
} as const;
type Kind = keyof typeof KINDS;

/** `--format`: PDF, or Word (the .docx of recent documents, else the .doc of older ones). */
export const FETCH_FORMATS = { pdf: ['pdf'], doc: ['docx', 'doc'] } as const satisfies Record<string, readonly Kind[]>;
export type FetchFormat = keyof typeof FETCH_FORMATS;

export const DEFAULT_UN_DOCS_URL = 'https://documents.un.org';
export const USER_AGENT = 'citegraph/0.1 (a citation graph of UN documents; fetches by symbol at a few requests a second)';

export interface FetchOptions {
  base: string;
  out: string;
  languages: readonly FetchLanguage[];
  format: FetchFormat;
  /** Requests a second, at most. */
  rate: number;
  /** Retries of a request that failed for a passing reason. */
  retries: number;
  /** Stops between requests (Ctrl-C): what is done stays done, nothing is left half-written. */
  signal?: AbortSignal;
  onEvent?: (event: FetchEvent) => void;
}

export type FetchEvent =
  | { type: 'fetched'; symbol: string; language: FetchLanguage; file: string; bytes: number }
  | { type: 'skipped'; symbol: string; language: FetchLanguage; file: string }
  | { type: 'retry'; symbol: string; language: FetchLanguage; attempt: number; reason: string; waitMs: number }
  | { type: 'failed'; symbol: string; language: FetchLanguage | null; reason: string };

export interface FetchResult {
  fetched: { symbol: string; language: FetchLanguage; file: string }[];
  skipped: { symbol: string; language: FetchLanguage; file: string }[];
  failed: { symbol: string; language: FetchLanguage | null; reason: string }[];
  interrupted: boolean;
}

/** The file a symbol's version is saved as: A/RES/76/158 → A-RES-76-158.en.pdf; S/RES/2250 (2015) → S-RES-2250-2015.en.pdf. */
export function fileNameFor(symbol: string, language: FetchLanguage, extension: string): string {
  return `${symbol.replace(/\s*\((\d{4})\)$/, '-$1').replace(/[\s/()]+/g, '-').replace(/-+$/, '')}.${language}.${extension}`;
}

/** Spaces requests: at most `rate` a second across the whole run. */
class Pace {
  private next = 0;
  constructor(private readonly rate: number) {}
  async wait(signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.rate;
    if (at > now) await sleep(at - now, undefined, { signal }).catch(() => {});
  }
}

class NotAvailable extends Error {}
class Passing extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

const retryAfter = (value: string | null): number | null => {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(60_000, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.min(60_000, Math.max(0, date - Date.now())) : null;
};

/** One request: the bytes of the document, or why not. */
async function download(url: string, kind: Kind, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal, headers: { 'user-agent': USER_AGENT, accept: 'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword;q=0.9,*/*;q=0.1' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Passing(`cannot reach the document system: ${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`);
  }
  if (response.status === 404 || response.status === 410) throw new NotAvailable(`HTTP ${response.status}`);
  if (response.status === 429 || response.status >= 500) throw new Passing(`HTTP ${response.status}`, retryAfter(response.headers.get('retry-after')));
  if (!response.ok) throw new NotAvailable(`HTTP ${response.status}`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Passing(`the download broke off: ${(error as Error).message}`);
  }
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > 0 && bytes.length < length) throw new Passing(`the download broke off at ${bytes.length} of ${length} bytes`);
  // The system answers some missing documents with an HTML page: only the file asked for is a document.
  if (!KINDS[kind].signature(bytes)) throw new NotAvailable(`answered ${response.headers.get('content-type') ?? 'something'} that is not a ${kind.toUpperCase()} file`);
  return bytes;
}

/** Fetches every symbol in every language asked; returns what was fetched, skipped and failed. */
export async function fetchDocuments(symbols: readonly string[], options: FetchOptions): Promise<FetchResult> {
  const result: FetchResult = { fetched: [], skipped: [], failed: [], interrupted: false };
  const pace = new Pace(options.rate);
  const emit = (event: FetchEvent) => options.onEvent?.(event);
  await mkdir(options.out, { recursive: true });
  for (const written of symbols) {
    const symbol = normalizeDocumentSymbol(written);
    if (!symbol) {
      result.failed.push({ symbol: written, language: null, reason: 'not a document symbol' });
      emit({ type: 'failed', symbol: written, language: null, reason: 'not a document symbol' });
      continue;
    }
    const missing: FetchLanguage[] = [];
    const failures: { language: FetchLanguage; reason: string }[] = [];
    for (const language of options.languages) {
      if (options.signal?.aborted) {
        result.interrupted = true;
        return result;
      }
      // A version already here (in any of the format's kinds) is not fetched again.
      const existing = FETCH_FORMATS[options.format].map((k) => path.join(options.out, fileNameFor(symbol, language, KINDS[k].extension))).find((f) => existsSync(f) && statSync(f).size > 0);
      if (existing) {
        result.skipped.push({ symbol, language, file: existing });
        emit({ type: 'skipped', symbol, language, file: existing });
        continue;
      }
      let outcome: { file: string; bytes: number } | 'missing' | { reason: string } = 'missing';
      for (const kind of FETCH_FORMATS[options.format]) {
        const url = `${options.base.replace(/\/+$/, '')}/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${language}&t=${kind}`;
        const file = path.join(options.out, fileNameFor(symbol, language, KINDS[kind].extension));
        try {
          const bytes = await withRetries(() => download(url, kind, options.signal), options, pace, (attempt, reason, waitMs) => emit({ type: 'retry', symbol, language, attempt, reason, waitMs }));
          const part = `${file}.part`;
          try {
            await writeFile(part, bytes);
            await rename(part, file);
          } finally {
            await rm(part, { force: true });
          }
          outcome = { file, bytes: bytes.length };
          break;
        } catch (error) {
          if (options.signal?.aborted) {
            result.interrupted = true;
            return result;
          }
          if (error instanceof NotAvailable) continue; // the next kind (Word: .doc after .docx), else missing
          outcome = { reason: (error as Error).message };
          break;
        }
      }
      if (outcome === 'missing') missing.push(language);
      else if ('reason' in outcome) failures.push({ language, reason: outcome.reason });
      else {
        result.fetched.push({ symbol, language, file: outcome.file });
        emit({ type: 'fetched', symbol, language, file: outcome.file, bytes: outcome.bytes });
      }
    }
    const available = options.languages.length - missing.length;
    for (const language of missing) {
      const reason = available === 0 && failures.length === 0 ? 'not found in the document system' : `no ${LANGUAGE_NAMES[language]} version`;
      result.failed.push({ symbol, language, reason });
      emit({ type: 'failed', symbol, language, reason });
    }
    for (const f of failures) {
      result.failed.push({ symbol, language: f.language, reason: f.reason });
      emit({ type: 'failed', symbol, language: f.language, reason: f.reason });
    }
  }
  return result;
}

/** Runs a request, paced, and again after a passing failure, waiting longer each time. */
async function withRetries<T>(request: () => Promise<T>, options: FetchOptions, pace: Pace, onRetry: (attempt: number, reason: string, waitMs: number) => void): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    await pace.wait(options.signal);
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof Passing) || attempt >= options.retries || options.signal?.aborted) {
        if (error instanceof Passing) throw new Error(`${error.message} (after ${attempt + 1} attempts)`);
        throw error;
      }
      const waitMs = error.retryAfterMs ?? Math.min(30_000, 500 * 2 ** attempt);
      onRetry(attempt + 1, error.message, waitMs);
      await sleep(waitMs, undefined, { signal: options.signal }).catch(() => {});
    }
  }
}
