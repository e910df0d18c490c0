// `citegraph fetch` against a local stand-in for the UN's document system serving real files:
// success, a document it does not hold, a language it lacks, an HTML page instead of a file,
// a server error that passes (retried), one that does not, a download broken off (no partial
// file), interruption and resume, and Word's .docx-then-.doc.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchDocuments, fileNameFor, type FetchOptions } from '../../ingest/fetch.ts';
import { fetchCommand } from '../../ingest/fetch-command.ts';
import { extractFile } from '../../ingest/index.ts';
import { startStandIn, type StandIn, type StandInDocument } from '../support/ods-stand-in.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const file = (...p: string[]) => new Uint8Array(readFileSync(join(fixtures, ...p)));
const PDF_EN = file('formats', 'A-RES-76-158.en.pdf');
const PDF_ZH = file('formats', 'A-RES-76-158.zh.pdf');
const DOC_EN = file('formats', 'A-RES-76-158.en.doc');
const PDF_79 = file('corpus', 'pdf', 'ga', 'A_RES_79_257.pdf');

let standIn: StandIn | null = null;
let out: string;
const dirs: string[] = [];
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'citegraph-fetch-'));
  dirs.push(out);
});
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function serve(documents: StandInDocument[]) {
  standIn = await startStandIn(documents);
  return standIn;
}
const options = (base: string, more: Partial<FetchOptions> = {}): FetchOptions => ({ base, out, languages: ['en'], format: 'pdf', rate: 50, retries: 3, ...more });
const files = () => readdirSync(out).sort();

describe('citegraph fetch', () => {
  it('when a symbol is asked in two languages, then both files are saved under the symbol’s name and read as the document they are', async () => {
    const s = await serve([
      { symbol: 'A/RES/76/158', language: 'en', format: 'pdf', bytes: PDF_EN },
      { symbol: 'A/RES/76/158', language: 'zh', format: 'pdf', bytes: PDF_ZH },
    ]);
    const result = await fetchDocuments(['A/RES/76/158'], options(s.url, { languages: ['en', 'zh'] }));
    expect(result.failed).toEqual([]);
    expect(files()).toEqual(['A-RES-76-158.en.pdf', 'A-RES-76-158.zh.pdf']);
    expect(readFileSync(join(out, 'A-RES-76-158.zh.pdf'))).toEqual(Buffer.from(PDF_ZH));
    const [record] = await extractFile(join(out, 'A-RES-76-158.zh.pdf'));
    expect(record).toMatchObject({ symbol: 'A/RES/76/158', language: 'zh', format: 'pdf' });
    // the symbol goes as one encoded parameter, and the redirect is followed
    expect(s.requests).toEqual(['access A/RES/76/158 en pdf', 'file 0', 'access A/RES/76/158 zh pdf', 'file 1']);
  });

  it('when the system does not hold a symbol, or lacks one language of it, then each says so in words', async () => {
    const s = await serve([{ symbol: 'A/RES/79/257', language: 'en', format: 'pdf', bytes: PDF_79 }]);
    const result = await fetchDocuments(['A/RES/79/257', 'A/RES/99/999', 'not a symbol'], options(s.url, { languages: ['en', 'zh'] }));
    expect(result.fetched.map((f) => `${f.symbol} ${f.language}`)).toEqual(['A/RES/79/257 en']);
    expect(result.failed).toEqual([
      { symbol: 'A/RES/79/257', language: 'zh', reason: 'no Chinese version' },
      { symbol: 'A/RES/99/999', language: 'en', reason: 'not found in the document system' },
      { symbol: 'A/RES/99/999', language: 'zh', reason: 'not found in the document system' },
      { symbol: 'not a symbol', language: null, reason: 'not a document symbol' },
    ]);
    expect(files()).toEqual(['A-RES-79-257.en.pdf']);
  });

  it('when the system answers an HTML page instead of the file, then nothing is saved and the document is not available', async () => {
    const s = await serve([{ symbol: 'A/RES/76/158', language: 'en', format: 'pdf', bytes: PDF_EN, behaviour: 'html' }]);
    const result = await fetchDocuments(['A/RES/76/158'], options(s.url));
    expect(result.failed).toEqual([{ symbol: 'A/RES/76/158', language: 'en', reason: 'not found in the document system' }]);
    expect(files()).toEqual([]);
  });

  it('when the server answers 503 twice, then the request is retried after the wait it asks for, and the file arrives', async () => {
    const s = await serve([{ symbol: 'S/RES/2250 (2015)', language: 'en', format: 'pdf', bytes: PDF_79, behaviour: { unavailable: 2 } }]);
    const events: string[] = [];
    const result = await fetchDocuments(['S/RES/2250 (2015)'], options(s.url, { onEvent: (e) => events.push(e.type) }));
    expect(result.failed).toEqual([]);
    expect(events).toEqual(['retry', 'retry', 'fetched']);
    expect(s.requests.filter((r) => r.startsWith('access'))).toHaveLength(3);
    expect(files()).toEqual(['S-RES-2250-2015.en.pdf']);
  });

  it('when the server keeps failing, then it gives up after the retries with the reason, and leaves no file', async () => {
    const s = await serve([{ symbol: 'A/RES/76/158', language: 'en', format: 'pdf', bytes: PDF_EN, behaviour: { unavailable: 99 } }]);
    const result = await fetchDocuments(['A/RES/76/158'], options(s.url, { retries: 2 }));
    expect(result.failed).toEqual([{ symbol: 'A/RES/76/158', language: 'en', reason: 'HTTP 503 (after 3 attempts)' }]);
    expect(files()).toEqual([]);
  });

  it('when a download breaks off half-way, every time, then no partial file is left and the reason is given', async () => {
    const s = await serve([{ symbol: 'A/RES/76/158', language: 'en', format: 'pdf', bytes: PDF_EN, behaviour: 'broken-off' }]);
    const result = await fetchDocuments(['A/RES/76/158'], options(s.url, { retries: 1 }));
    expect(result.failed[0]?.reason).toMatch(/broke off|terminated|other side closed|cannot reach/);
    expect(files()).toEqual([]);
  });

  it('when a run is interrupted, then what was fetched stays whole, and the same run again fetches only the rest', async () => {
    const documents: StandInDocument[] = ['76/158', '76/159', '76/160'].map((n, i) => ({ symbol: `A/RES/${n}`, language: 'en', format: 'pdf', bytes: PDF_EN, behaviour: i === 1 ? { slowMs: 300 } : 'ok' }));
    const s = await serve(documents);
    const controller = new AbortController();
    const first = await fetchDocuments(
      documents.map((d) => d.symbol),
      options(s.url, { signal: controller.signal, onEvent: (e) => e.type === 'fetched' && controller.abort() }),
    );
    expect(first.interrupted).toBe(true);
    expect(first.fetched.map((f) => f.symbol)).toEqual(['A/RES/76/158']);
    expect(files()).toEqual(['A-RES-76-158.en.pdf']);
    const second = await fetchDocuments(documents.map((d) => d.symbol), options(s.url));
    expect(second.skipped.map((f) => f.symbol)).toEqual(['A/RES/76/158']);
    expect(second.fetched.map((f) => f.symbol)).toEqual(['A/RES/76/159', 'A/RES/76/160']);
    expect(files()).toEqual(['A-RES-76-158.en.pdf', 'A-RES-76-159.en.pdf', 'A-RES-76-160.en.pdf']);
    expect(s.requests.filter((r) => r === 'access A/RES/76/158 en pdf')).toHaveLength(1);
  });

  it('when Word is asked and only the older .doc exists, then .docx is tried first and the .doc is saved', async () => {
    const s = await serve([{ symbol: 'A/RES/76/158', language: 'en', format: 'doc', bytes: DOC_EN }]);
    const result = await fetchDocuments(['A/RES/76/158'], options(s.url, { format: 'doc' }));
    expect(result.fetched.map((f) => f.file.split('/').pop())).toEqual(['A-RES-76-158.en.doc']);
    expect(s.requests).toEqual(['access A/RES/76/158 en docx', 'access A/RES/76/158 en doc', 'file 0']);
  });

  it('when the command is given a list file and a bad language, then it reads the list, and refuses the language with usage', async () => {
    const s = await serve([{ symbol: 'A/RES/76/158', language: 'en', format: 'pdf', bytes: PDF_EN }]);
    const out2 = join(out, 'docs');
    const list = join(out, 'symbols.txt');
    (await import('node:fs')).writeFileSync(list, '# my reading list\nA/RES/76/158\n\nA/RES/12/345  # not in the system\n');
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io = { stdout: { write: (c: string) => stdout.push(c) }, stderr: { write: (c: string) => stderr.push(c) } } as unknown as Parameters<typeof fetchCommand>[2];
    const connect = () => Promise.reject(new Error('not used'));
    expect(await fetchCommand(['--out', out2, '--from', list, '--rate', '10'], { base: s.url, connect }, io)).toBe(1);
    expect(stdout.join('')).toMatch(/Fetched: 1 files; already here: 0; failed: 1\n  A\/RES\/12\/345 \(en\): not found in the document system/);
    expect(existsSync(join(out2, fileNameFor('A/RES/76/158', 'en', 'pdf')))).toBe(true);
    expect(await fetchCommand(['--lang', 'en,de', 'A/RES/76/158'], { base: s.url, connect }, io)).toBe(2);
    expect(stderr.join('')).toMatch(/--lang: de is not one of en, zh, fr, es, ru, ar/);
    expect(await fetchCommand(['--format', 'xml', 'A/RES/76/158'], { base: s.url, connect }, io)).toBe(2);
  });
});
