// bulk, stage 4: the import files → the project-managed Neo4j, with Neo4j's own importer
// (`neo4j-admin database import full`, org.neo4j.cli.AdminTool in the assembled jars) run by the
// same java on the same classpath as the server. The importer writes the store files itself,
// so the server is stopped around it and started again after. The empty store is copied aside
// first and put back if the import fails: a failed bulk load leaves the database as it was.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../server/config.ts';
import { AppError } from '../../server/errors.ts';
import { ensureAssembled, findJava, startManaged, stopManaged, type Log } from '../../server/db/managed.ts';
import { ARRAY_DELIMITER_OPTION } from './columns.ts';
import type { CsvFile } from './csv.ts';

/** The importer failed; the database is back as it was (empty) and the server runs. */
export class BulkImportError extends AppError {
  constructor(message: string) {
    super('bulk_import_failed', message, 500);
  }
}

/** The managed server's default database: the one citegraph uses when NEO4J_DATABASE is not set. */
const DATABASE = 'neo4j';

export interface ImportOutcome {
  seconds: number;
  nodes: number;
  relationships: number;
  /** The importer's peak resident memory (VmHWM, read from /proc while it runs; 0 where there is none). */
  peakRssBytes: number;
  /** Where the importer's own output went. */
  log: string;
}

/** The importer's arguments for these files (files without a row are left out). */
export function importArguments(files: readonly CsvFile[], reportFile: string): string[] {
  const used = files.filter((f) => f.rows > 0);
  const multiline = used.filter((f) => f.multiline).map((f) => f.data);
  return [
    'database',
    'import',
    'full',
    // first: a file list (--nodes=a,b) would take a name after it for one more file
    DATABASE,
    // the database is empty (checked before): its few store files are replaced
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    ...(multiline.length ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
    `--report-file=${reportFile}`,
    ...used.map((f) => `--${f.kind}=${f.header},${f.data}`),
  ];
}

/** Stops the managed server, imports, starts it again; on failure the empty store is put back first. */
export async function importIntoManaged(config: Config, files: readonly CsvFile[], workDir: string, log: Log = () => {}): Promise<ImportOutcome> {
  const options = config.managed;
  const java = findJava(options.javaHome);
  const home = ensureAssembled(options, log);
  const stores = [path.join(options.dataDir, 'data', 'databases', DATABASE), path.join(options.dataDir, 'data', 'transactions', DATABASE)];
  const backup = path.join(workDir, 'empty-store');
  const outputFile = path.join(workDir, 'import.log');
  log('Stopping Neo4j for the import…');
  await stopManaged(options);
  fs.rmSync(backup, { recursive: true, force: true });
  stores.forEach((store, i) => fs.existsSync(store) && fs.cpSync(store, path.join(backup, String(i)), { recursive: true }));
  const started = performance.now();
  let outcome: ImportOutcome | undefined;
  let failure: string | undefined;
  try {
    const run = await runImporter(java, home, path.join(options.dataDir, 'conf'), importArguments(files, path.join(workDir, 'import.report')), outputFile);
    if (run.code !== 0) failure = `neo4j-admin database import exited with ${run.code}:\n${run.tail}`;
    else {
      const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(run.tail);
      outcome = { seconds: (performance.now() - started) / 1000, nodes: Number(imported?.[1] ?? NaN), relationships: Number(imported?.[2] ?? NaN), peakRssBytes: run.peakRssBytes, log: outputFile };
    }
  } catch (error) {
    failure = `neo4j-admin database import could not run: ${(error as Error).message}`;
  }
  if (failure) {
    for (const [i, store] of stores.entries()) {
      fs.rmSync(store, { recursive: true, force: true });
      if (fs.existsSync(path.join(backup, String(i)))) fs.cpSync(path.join(backup, String(i)), store, { recursive: true });
    }
  }
  fs.rmSync(backup, { recursive: true, force: true });
  log('Starting Neo4j again…');
  await startManaged(options, log);
  if (failure) throw new BulkImportError(`${failure}\nThe database is as it was before (empty), and Neo4j runs. The importer's output: ${outputFile}`);
  return outcome!;
}

async function runImporter(java: string, home: string, confDir: string, args: string[], outputFile: string): Promise<{ code: number | null; tail: string; peakRssBytes: number }> {
  const output = fs.openSync(outputFile, 'w');
  const child = spawn(java, ['-Xmx2g', '-XX:+UseG1GC', '-Dfile.encoding=UTF-8', '-cp', path.join(home, 'lib', '*'), 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
    stdio: ['ignore', output, output],
  });
  fs.closeSync(output);
  let peakRssBytes = 0;
  const sample = () => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakRssBytes = Math.max(peakRssBytes, Number(hwm[1]) * 1024);
    } catch {
      // gone, or no /proc
    }
  };
  const timer = setInterval(sample, 250);
  const code = await new Promise<number | null>((resolve, reject) => child.once('exit', resolve).once('error', reject)).finally(() => clearInterval(timer));
  const text = fs.readFileSync(outputFile, 'utf8');
  return { code, tail: text.split('\n').filter((line) => !/^[.\-\s]*\d+%|^\s*$|^\s+at |^\s+\.\.\. \d+ more/.test(line)).slice(-25).join('\n'), peakRssBytes };
}
