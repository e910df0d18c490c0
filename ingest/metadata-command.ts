// `citegraph metadata import FILE…`: titles and dates from catalogue files onto the documents of
// the graph (cypher/write/metadata.cypher), in batches of one transaction each. It creates no
// node unless asked (--create: a document the file lists and the graph lacks becomes a stub,
// ingested: false), and never overwrites what an ingested text says.
import { OFFICIAL_LANGUAGES, STORED_LANGUAGE_ORDER } from './vocabulary.ts';
import { basename } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import { toAppError } from '../server/db/driver.ts';
import { runQuery } from '../server/db/run-query.ts';
import { readMetadata, type MetadataProblem, type MetadataRow } from './metadata.ts';
import { symbolNode } from './load/graph-batch.ts';
import { ExtractError } from './errors.ts';
import { parseCommandLine, usageError } from './command-line.ts';

export const metadataSummarySchema = z.object({
  file: z.string(),
  format: z.string(),
  source: z.string(),
  rows: z.number().int(),
  matched: z.number().int(),
  created: z.number().int(),
  titles: z.number().int(),
  dates: z.number().int(),
  skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  seconds: z.number(),
});
export type MetadataSummary = z.infer<typeof metadataSummarySchema>;

/** The source a value records: the file's kind, so that a later import of a newer file of the same kind replaces it. */
const sourceOf = (format: string, file: string) => (format === 'UN Digital Library voting records' ? 'undl-voting-records' : `csv:${basename(file)}`);

/** Writes the rows of one metadata file; returns what it did. */
export async function importMetadata(file: string, graph: { driver: Driver; database?: string }, options: { create?: boolean; language?: MetadataRow['language'] } = {}): Promise<MetadataSummary> {
  const started = performance.now();
  const summary: MetadataSummary = { file, format: '', source: '', rows: 0, matched: 0, created: 0, titles: 0, dates: 0, skipped: [], seconds: 0 };
  const problem = (p: MetadataProblem) => summary.skipped.push(p);
  for await (const { format, rows } of readMetadata(file, { language: options.language, problem })) {
    summary.format = format;
    summary.source = sourceOf(format, file);
    summary.rows += rows.length;
    const params = rows.map((r) => ({
      symbol: r.symbol,
      title: r.title,
      date: r.date,
      source: summary.source,
      titleKey: `title_${r.language}`,
      titleSourceKey: `titleSource_${r.language}`,
      titleProps: { [`title_${r.language}`]: r.title, [`titleSource_${r.language}`]: summary.source },
      catalogue: Object.fromEntries(Object.entries({ meetingRecord: r.meetingRecord, committeeReport: r.committeeReport, agenda: r.agenda, catalogueUrl: r.catalogueUrl }).flatMap(([k, v]) => (v === null ? [] : [[k, v] as const]))),
    }));
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        if (options.create) {
          const created = await runQuery(tx, 'write/nodes', { nodes: rows.map((r) => symbolNode(r.symbol)) });
          summary.created += created.counters.nodesCreated;
        }
        // an aggregation: one row, even when no document matched
        const { rows: [counts] } = await runQuery(tx, 'write/metadata', { rows: params });
        summary.matched += counts?.matched ?? 0;
        summary.titles += counts?.titles ?? 0;
        summary.dates += counts?.dates ?? 0;
        // titles and dates are what a lineage shows: the API servers' cached answers are now old
        await runQuery(tx, 'write/graph-version', {});
      });
    } catch (error) {
      throw toAppError(error, 'the graph');
    } finally {
      await session.close();
    }
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

export function formatMetadataSummary(s: MetadataSummary): string {
  return [
    `Metadata from ${s.file} (${s.format || 'no rows'}): ${s.rows} rows, ${s.matched} documents in the graph${s.created ? ` (${s.created} created as stubs)` : ''}, ${s.titles} titles and ${s.dates} dates set, in ${s.seconds} s`,
    `Skipped rows: ${s.skipped.length}${s.skipped.length ? ` (${s.skipped.slice(0, 5).map((p) => `line ${p.line}: ${p.reason}`).join('; ')}${s.skipped.length > 5 ? '; …' : ''})` : ''}`,
  ].join('\n');
}

const USAGE = `Usage: citegraph metadata import [--create] [--lang en] [--json] FILE…
  FILE: the UN Digital Library voting records CSV, or a CSV with the columns symbol,title,date[,body][,language]
        (plain, .gz or .br). Sets titles and dates on documents already in the graph; never overwrites what an
        ingested text says.
  --create   also create the documents the file lists and the graph lacks, as stubs (ingested: false)
  --lang     the language of the titles of a plain CSV without a language column (default en)`;

/** The command: 0 done, 1 a file failed, 2 usage. */
export async function metadataCommand(
  args: string[],
  connect: () => Promise<{ driver: Driver; database?: string; close: () => Promise<void> }>,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const parsed = parseCommandLine('metadata', USAGE, args, { create: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false } }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [verb, ...files] = positionals;
  const language = values.lang as MetadataRow['language'];
  if (verb !== 'import' || files.length === 0 || !(OFFICIAL_LANGUAGES as readonly string[]).includes(language)) {
    return usageError('metadata', USAGE, verb !== 'import' ? 'expected "import"' : files.length === 0 ? 'name at least one file' : `--lang must be one of ${STORED_LANGUAGE_ORDER.join(', ')}`, io);
  }
  const graph = await connect();
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const summary = await importMetadata(file, graph, { create: values.create, language });
        io.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatMetadataSummary(summary)}\n`);
      } catch (error) {
        failed++;
        io.stderr.write(`citegraph metadata: ${file}: ${error instanceof ExtractError || error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  } finally {
    await graph.close();
  }
  return failed ? 1 : 0;
}
