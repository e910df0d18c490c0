// `citegraph fetch SYMBOL… [--from FILE] [--lang en,zh] [--format pdf|doc] [--out DIR] [--ingest]`:
// downloads documents from the UN's document system (ingest/fetch.ts) into a folder, then,
// when asked, ingests them. Ctrl-C stops between requests; the same command continues.
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { FETCH_FORMATS, FETCH_LANGUAGES, fetchDocuments, type FetchEvent, type FetchFormat, type FetchLanguage, type FetchResult } from './fetch.ts';
import { formatSummary, ingestPaths } from './ingest-command.ts';
import { parseCommandLine, usageError } from './command-line.ts';

const USAGE = `Usage: citegraph fetch [--lang en,zh,…] [--format pdf|doc] [--out DIR] [--from FILE] [--rate N] [--ingest] [--json] SYMBOL…
  SYMBOL     a document symbol as the UN writes it: A/RES/76/158, "S/RES/2250 (2015)", A/HRC/RES/36/6
  --from     a file of symbols, one a line (# starts a comment)
  --lang     the languages to fetch, among ${FETCH_LANGUAGES.join(', ')} (default en)
  --format   pdf (default) or doc (Word: .docx, else the older .doc)
  --out      the folder the files go to (default ./un-documents); files already there are not fetched again
  --rate     requests a second, at most (default 2)
  --ingest   ingest what was fetched (and what was already there) into the graph
The document system's address is CITEGRAPH_UN_DOCS_URL (default https://documents.un.org).`;

export interface FetchCommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const describe = (event: FetchEvent): string => {
  switch (event.type) {
    case 'fetched':
      return `fetched ${event.symbol} (${event.language}) → ${event.file} (${event.bytes} bytes)`;
    case 'skipped':
      return `already here: ${event.symbol} (${event.language}) ${event.file}`;
    case 'retry':
      return `${event.symbol} (${event.language}): ${event.reason}; trying again in ${(event.waitMs / 1000).toFixed(1)} s (attempt ${event.attempt + 1})`;
    case 'failed':
      return `${event.symbol}${event.language ? ` (${event.language})` : ''}: ${event.reason}`;
  }
};

export function formatFetchSummary(result: FetchResult): string {
  return [
    `Fetched: ${result.fetched.length} files; already here: ${result.skipped.length}; failed: ${result.failed.length}${result.interrupted ? ' — interrupted: run the same command to continue' : ''}`,
    ...result.failed.map((f) => `  ${f.symbol}${f.language ? ` (${f.language})` : ''}: ${f.reason}`),
  ].join('\n');
}

/** The command: 0 everything fetched, 1 something failed, 2 usage, 130 interrupted. */
export async function fetchCommand(
  args: string[],
  options: { base: string; connect: () => Promise<{ driver: Driver; database?: string; close: () => Promise<void> }>; signal?: AbortSignal },
  io: FetchCommandIO = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const parsed = parseCommandLine('fetch', USAGE, args, {
    lang: { type: 'string', default: 'en' },
    format: { type: 'string', default: 'pdf' },
    out: { type: 'string', default: 'un-documents' },
    from: { type: 'string' },
    rate: { type: 'string', default: '2' },
    retries: { type: 'string', default: '4' },
    ingest: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => usageError('fetch', USAGE, message, io);
  const languages = values.lang.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const unknown = languages.filter((l) => !(FETCH_LANGUAGES as readonly string[]).includes(l));
  if (unknown.length || languages.length === 0) return usage(`--lang: ${unknown.join(', ') || 'none'} is not one of ${FETCH_LANGUAGES.join(', ')}`);
  if (values.format === 'xml') return usage('--format xml: the document system serves PDF and Word, not Akoma Ntoso XML');
  if (!(values.format in FETCH_FORMATS)) return usage(`--format must be pdf or doc, not ${values.format}`);
  const rate = Number(values.rate);
  const retries = Number(values.retries);
  if (!(rate > 0 && rate <= 10)) return usage('--rate must be a number of requests a second, above 0 and at most 10');
  if (!(Number.isInteger(retries) && retries >= 0 && retries <= 10)) return usage('--retries must be a whole number from 0 to 10');
  const symbols = [...positionals];
  if (values.from) {
    try {
      symbols.push(...(await readFile(values.from, 'utf8')).split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean));
    } catch (error) {
      io.stderr.write(`citegraph fetch: ${values.from}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 1;
    }
  }
  if (symbols.length === 0) return usage('name at least one symbol, or a file of them with --from');

  const result = await fetchDocuments(symbols, {
    base: options.base,
    out: values.out,
    languages: languages as FetchLanguage[],
    format: values.format as FetchFormat,
    rate,
    retries,
    signal: options.signal,
    onEvent: (event) => io.stderr.write(`fetch: ${describe(event)}\n`),
  });
  io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${formatFetchSummary(result)}\n`);
  let code = result.interrupted ? 130 : result.failed.length ? 1 : 0;
  const files = [...result.fetched, ...result.skipped].map((f) => f.file);
  if (values.ingest && !result.interrupted && files.length) {
    const graph = await options.connect();
    try {
      const summary = await ingestPaths(files, graph);
      io.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
      if (summary.errors.length) code = 1;
    } finally {
      await graph.close();
    }
  }
  return code;
}
