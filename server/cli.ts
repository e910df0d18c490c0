// `citegraph` subcommands. Each returns an exit code; nothing here calls process.exit,
// so the commands can be driven from tests.
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { AppError } from './errors.ts';
import { createApp } from './app.ts';
import { ensureGraph, graphStatus, stopGraph, type Graph } from './db/graph.ts';
import { applySchema } from './db/schema.ts';
import { createDriver } from './db/driver.ts';
import { runQuery } from './db/run-query.ts';
import { Repository } from './repository.ts';
import { sampleDir } from './sample.ts';
import { BUNDLE, unpackBundle } from './bundle.ts';

const USAGE = `Usage: citegraph <command>

  start                 ensure Neo4j, apply the schema, ingest the bundled UN corpus if the graph is empty,
                        and serve the explorer (what \`npm start\` runs)
  serve                 ensure Neo4j and the schema, and serve the explorer on HOST:PORT
  ingest [--lang zh|en] [--dry-run] [--json] PATH…   put resolutions into the graph (files, directories, globs)
  ingest --bulk PATH…   the first load of a large corpus into an empty graph (Neo4j's admin import)
  metadata import [--create] FILE…     titles and dates of documents from catalogue files (UN voting records, CSV)
  fetch [--lang en,zh] [--format pdf|doc] [--ingest] SYMBOL…   download documents from the UN document system
  db start              ensure Neo4j is running and apply the schema
  db stop               stop the Neo4j that citegraph started (never a server named by NEO4J_URI)
  db status             which Neo4j citegraph uses, its URI, and whether it answers
  extract [--lang zh|en] FILE|DIR…     print the citations of resolutions as JSON Lines
  extract --fragments FILE.jsonl|-     citations of sentences or paragraphs, one JSON object a line

Configuration comes from environment variables; see the README.`;

const log = (line: string) => console.error(line);

async function prepareGraph(config: Config): Promise<Graph> {
  const graph = await ensureGraph(config, log);
  log(graph.description);
  const driver = createDriver(graph.connection);
  try {
    const statements = await applySchema(driver, graph.connection.database);
    log(`Schema: ${statements} constraints and indexes in place (cypher/schema.cypher).`);
  } finally {
    await driver.close();
  }
  return graph;
}

/** Neo4j ready and the schema applied, with a driver for a command that writes. */
async function connectGraph(config: Config): Promise<{ driver: ReturnType<typeof createDriver>; database?: string; close: () => Promise<void> }> {
  const graph = await prepareGraph(config);
  const driver = createDriver(graph.connection);
  return { driver, database: graph.connection.database, close: () => driver.close() };
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers past 16 kB, a
 * malformed request line) get a JSON error like every other answer, not Node's bare 431 or 400.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'too_large', 'the URL and headers of the request are larger than the server reads (16 kB)']
      : [400, 'bad_request', `the server could not read the request (${error.code ?? 'malformed HTTP'})`];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export async function serve(config: Config, graph: Graph): Promise<{ server: Server; repository: Repository; url: string }> {
  const repository = new Repository(graph.connection, config.console.workers);
  const app = createApp(repository, config);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.http.port, config.http.host, () => resolve(listening));
    listening.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError('port_in_use', `port ${config.http.port} on ${config.http.host} is in use; set PORT to a free port`)
          : error,
      ),
    );
  });
  server.on('clientError', answerClientError);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  return { server, repository, url: `http://${config.http.host}:${port}` };
}

/**
 * On an empty graph (no ingested document yet), the bundled UN corpus and the sample go in, then the
 * voting records give titles and dates to the documents they know (CITEGRAPH_START_CORPUS=sample: the sample only).
 */
async function ingestBundleIfEmpty(config: Config, graph: Graph): Promise<void> {
  const driver = createDriver(graph.connection);
  try {
    const [held] = (await runQuery({ driver, database: graph.connection.database }, 'any-ingested', {})).rows;
    if (held?.any) return;
    const { ingestPaths, formatSummary, progressReporter } = await import('../ingest/ingest-command.ts');
    const target = { driver, database: graph.connection.database };
    const paths = [sampleDir];
    if (config.startCorpus === 'bundle') {
      log(`The graph is empty: unpacking the bundled UN corpus (${BUNDLE.akn}) into ${config.cacheDir}…`);
      paths.push(await unpackBundle(config.cacheDir));
    }
    log(`Ingesting ${paths.join(' and ')}…`);
    const progress = progressReporter(process.stderr);
    const summary = await ingestPaths(paths, target, { onProgress: progress.update });
    progress.stop();
    log(formatSummary(summary));
    if (config.startCorpus === 'bundle') {
      const { importMetadata, formatMetadataSummary } = await import('../ingest/metadata-command.ts');
      log(formatMetadataSummary(await importMetadata(BUNDLE.votingRecords, target)));
    }
    const { rankGraph, formatRankSummary } = await import('../ingest/rank.ts');
    log(formatRankSummary(await rankGraph(target)));
  } finally {
    await driver.close();
  }
}

async function serveUntilSignal(config: Config, options: { sample: boolean }): Promise<number> {
  const graph = await prepareGraph(config);
  if (options.sample) await ingestBundleIfEmpty(config, graph);
  const { server, repository, url } = await serve(config, graph);
  log(`citegraph is serving ${url}  (API: ${url}/api/health; stop with Ctrl+C; \`citegraph db stop\` stops Neo4j)`);
  await new Promise<void>((resolve) => {
    const shutdown = () => server.close(() => resolve());
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  await repository.close();
  return 0;
}

async function db(config: Config, action: string | undefined): Promise<number> {
  switch (action) {
    case 'start':
      await prepareGraph(config);
      return 0;
    case 'stop':
      log(await stopGraph(config));
      return 0;
    case 'status': {
      const status = await graphStatus(config);
      console.log(status.detail);
      return status.running ? 0 : 3;
    }
    default:
      log(`citegraph db: expected start, stop or status\n\n${USAGE}`);
      return 2;
  }
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'extract') {
      const { extractCommand } = await import('../ingest/extract-command.ts');
      return await extractCommand(rest);
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    const config = loadConfig();
    switch (command) {
      case 'start':
        return await serveUntilSignal(config, { sample: true });
      case 'serve':
        return await serveUntilSignal(config, { sample: false });
      case 'ingest': {
        const { ingestCommand } = await import('../ingest/ingest-command.ts');
        // The first Ctrl-C stops after what is parsed is written; a second one stops at once.
        const controller = new AbortController();
        const stop = () => {
          process.stderr.write('\ncitegraph ingest: stopping after the batches in flight are written (Ctrl-C again to stop at once)…\n');
          controller.abort();
        };
        process.once('SIGINT', stop);
        try {
          return await ingestCommand(rest, () => connectGraph(config), undefined, controller.signal, config);
        } finally {
          process.off('SIGINT', stop);
        }
      }
      case 'fetch': {
        const { fetchCommand } = await import('../ingest/fetch-command.ts');
        // Ctrl-C stops between requests: what is fetched stays, nothing is half-written
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once('SIGINT', stop);
        try {
          return await fetchCommand(rest, { base: config.unDocsUrl, connect: () => connectGraph(config), signal: controller.signal });
        } finally {
          process.off('SIGINT', stop);
        }
      }
      case 'metadata': {
        const { metadataCommand } = await import('../ingest/metadata-command.ts');
        return await metadataCommand(rest, () => connectGraph(config));
      }
      case 'db':
        return await db(config, rest[0]);
      default:
        log(`citegraph: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) {
      log(`citegraph: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
