// A project-managed Neo4j Community server: assembled once from Maven Central into the
// user's cache (one folder per version), run as a plain `java` process on loopback with
// its data in a folder of the project (or of a test), stopped with SIGTERM.
// See ../shared/neo4j-local.md for where the recipe comes from.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../ingest/paths.ts';
import { waitUntilAnswering } from './driver.ts';
import { findOnPath, isExecutable } from './executables.ts';
import { MissingJavaError, PortInUseError, StartFailedError } from './errors.ts';

export interface ManagedOptions {
  version: string;
  boltPort: number;
  httpPort: number;
  /** Holds conf/, data/, logs/ and run/ (pid and state); git-ignored in the project. */
  dataDir: string;
  /** Parent of the per-version Neo4j homes (lib/ with the jars). */
  cacheDir: string;
  heap: string;
  pageCache: string;
  /** Neo4j's memory guard per transaction (db.memory.transaction.max): a query past it is stopped, not the server. */
  transactionMemory: string;
  startTimeoutMs: number;
  javaHome?: string;
}

export interface ManagedState {
  pid: number;
  version: string;
  boltPort: number;
  httpPort: number;
  dataDir: string;
  startedAt: string;
}

export type Log = (line: string) => void;

const assemblyPom = path.join(projectRoot, 'server', 'db', 'neo4j-assembly.pom.xml');
const MIN_JAVA = 17;

export const managedUri = (options: Pick<ManagedOptions, 'boltPort'>) => `bolt://127.0.0.1:${options.boltPort}`;

/** What the assembly holds besides the version (the Browser, …): a changed pom makes a new home rather than reuse an old one. */
const assemblyKey = createHash('sha256').update(fs.readFileSync(assemblyPom)).digest('hex').slice(0, 8);

const paths = (options: ManagedOptions) => ({
  home: path.join(options.cacheDir, `neo4j-${options.version}-${assemblyKey}`),
  conf: path.join(options.dataDir, 'conf'),
  data: path.join(options.dataDir, 'data'),
  logs: path.join(options.dataDir, 'logs'),
  state: path.join(options.dataDir, 'run', 'neo4j.json'),
  consoleLog: path.join(options.dataDir, 'logs', 'console.log'),
});

/** Finds a Java 17+ executable: $JAVA_HOME/bin/java, else `java` on PATH. */
export function findJava(javaHome: string | undefined, searchPath = process.env.PATH ?? ''): string {
  const java = javaHome
    ? [path.join(javaHome, 'bin', 'java')].find(isExecutable)
    : findOnPath('java', searchPath);
  if (!java) {
    throw new MissingJavaError(
      javaHome
        ? `JAVA_HOME is ${javaHome}, but ${path.join(javaHome, 'bin', 'java')} does not exist`
        : 'no `java` on PATH',
    );
  }
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const versionText = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new MissingJavaError(`${java} is Java ${Number.isNaN(major) ? '(unknown version)' : major}; Neo4j 5.26 needs ${MIN_JAVA} or newer`);
  }
  return java;
}

/** The Neo4j home for this version, assembled with Maven on first use and cached after. */
export function ensureAssembled(options: ManagedOptions, log: Log): string {
  const { home } = paths(options);
  const marker = path.join(home, '.assembled');
  if (fs.existsSync(marker)) return home;

  const mvn = findOnPath('mvn');
  if (!mvn) {
    throw new StartFailedError(
      `Neo4j ${options.version} is not in the cache (${home}) and Maven is not installed to assemble it. ` +
        'Install Maven (Debian: apt-get install maven), or set NEO4J_URI to a server you run.',
    );
  }
  fs.mkdirSync(options.cacheDir, { recursive: true });
  // Build in a scratch folder beside the final one and rename, so a half-assembled
  // home is never used and two processes assembling at once do not collide.
  const work = fs.mkdtempSync(path.join(options.cacheDir, `.assembling-${options.version}-`));
  const built = path.join(work, 'home');
  fs.copyFileSync(assemblyPom, path.join(work, 'pom.xml'));
  log(`Assembling Neo4j ${options.version} from Maven Central into ${home} (once per version)…`);
  const started = Date.now();
  const result = spawnSync(
    mvn,
    ['-B', '-q', '-f', path.join(work, 'pom.xml'), 'package', `-Dneo4j.version=${options.version}`, `-Dhome.dir=${built}`],
    { encoding: 'utf8', cwd: work, env: { ...process.env, ...(options.javaHome ? { JAVA_HOME: options.javaHome } : {}) } },
  );
  if (result.status !== 0) {
    fs.rmSync(work, { recursive: true, force: true });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new StartFailedError(`Maven could not assemble Neo4j ${options.version} (exit ${result.status}):\n${output}`);
  }
  fs.writeFileSync(path.join(built, '.assembled'), `${options.version}\n`);
  try {
    fs.renameSync(built, home);
  } catch (error) {
    if (!fs.existsSync(marker)) throw error; // otherwise another process finished first: use its copy
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  log(`Assembled Neo4j ${options.version} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return home;
}

function neo4jConf(options: ManagedOptions): string {
  const p = paths(options);
  return [
    '# Written by citegraph at every start; edit server/db/managed.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    // Neo4j Browser: no telemetry, and no guides or other content fetched from hosts but this one
    // (Community 5.26 declares these two; browser.allow_outgoing_connections is not among its settings)
    'client.allow_telemetry=false',
    'browser.remote_content_hostname_whitelist=localhost',
    // The console must not read the server's files, even through LOAD CSV.
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.memory.pagecache.size=${options.pageCache}`,
    // One query must not take the heap from everybody else (the console's, above all).
    `db.memory.transaction.max=${options.transactionMemory}`,
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    '',
  ].join('\n');
}

function javaArgs(options: ManagedOptions, home: string): string[] {
  const p = paths(options);
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${path.join(home, 'plugins', '*')}${path.delimiter}${path.join(home, 'lib', '*')}`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${p.conf}`,
  ];
}

export function readState(options: ManagedOptions): ManagedState | undefined {
  try {
    return JSON.parse(fs.readFileSync(paths(options).state, 'utf8')) as ManagedState;
  } catch {
    return undefined;
  }
}

/** True when `pid` is a live Neo4j process started for this data folder (guards against pid reuse). */
export function isOurProcess(state: ManagedState): boolean {
  try {
    process.kill(state.pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${state.pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint');
  } catch {
    return true; // no /proc (macOS): the signal check is all we have
  }
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(port, variable)
          : new StartFailedError(`cannot listen on 127.0.0.1:${port}: ${error.message}`),
      );
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve()));
  });
}

export function logTail(options: ManagedOptions, lines = 40): string {
  const p = paths(options);
  const parts: string[] = [];
  for (const file of [path.join(p.logs, 'neo4j.log'), p.consoleLog]) {
    try {
      const text = fs.readFileSync(file, 'utf8').trimEnd();
      if (text) parts.push(`--- ${file} (last ${lines} lines) ---\n${text.split('\n').slice(-lines).join('\n')}`);
    } catch {
      // not written yet
    }
  }
  return parts.join('\n') || '(Neo4j wrote no log)';
}

/**
 * Starts the managed server, or reuses it when it already runs for this data folder.
 * Resolves once `RETURN 1` answers; rejects with the log tail when it does not.
 */
export async function startManaged(options: ManagedOptions, log: Log): Promise<{ state: ManagedState; reused: boolean }> {
  const p = paths(options);
  const previous = readState(options);
  if (previous && isOurProcess(previous)) {
    if (previous.boltPort !== options.boltPort) {
      throw new StartFailedError(
        `the Neo4j for ${options.dataDir} already runs on port ${previous.boltPort}, not ${options.boltPort}; ` +
          'stop it first with `citegraph db stop`',
      );
    }
    await waitUntilAnswering(managedUri(previous), { timeoutMs: options.startTimeoutMs });
    return { state: previous, reused: true };
  }

  await assertPortFree(options.boltPort, 'CITEGRAPH_NEO4J_BOLT_PORT');
  await assertPortFree(options.httpPort, 'CITEGRAPH_NEO4J_HTTP_PORT');
  const java = findJava(options.javaHome);
  const home = ensureAssembled(options, log);

  for (const dir of [p.conf, p.data, p.logs, path.dirname(p.state)]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(p.conf, 'neo4j.conf'), neo4jConf(options));
  const consoleLog = fs.openSync(p.consoleLog, 'a');
  const child = spawn(java, javaArgs(options, home), {
    detached: true, // outlives `citegraph db start`; `citegraph db stop` ends it
    stdio: ['ignore', consoleLog, consoleLog],
  });
  fs.closeSync(consoleLog);
  if (child.pid === undefined) throw new StartFailedError(`could not run ${java}`);
  const state: ManagedState = {
    pid: child.pid,
    version: options.version,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    dataDir: options.dataDir,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(p.state, `${JSON.stringify(state, null, 2)}\n`);

  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  child.unref();

  try {
    await waitUntilAnswering(managedUri(options), {
      timeoutMs: options.startTimeoutMs,
      givenUp: () => (exited ? `the Neo4j process ${exited}` : undefined),
    });
  } catch (error) {
    if (!exited) await stopProcess(state.pid, 10_000);
    fs.rmSync(p.state, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartFailedError(`Neo4j did not start: ${reason}\n${logTail(options)}`);
  }
  return { state, reused: false };
}

async function stopProcess(pid: number, graceMs: number): Promise<boolean> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive()) {
    process.kill(pid, 'SIGKILL');
    while (alive()) await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Stops the managed server cleanly (SIGTERM, then SIGKILL after a minute). Returns false when none ran. */
export async function stopManaged(options: ManagedOptions): Promise<boolean> {
  const state = readState(options);
  if (!state) return false;
  const running = isOurProcess(state);
  if (running) await stopProcess(state.pid, 60_000);
  fs.rmSync(paths(options).state, { force: true });
  return running;
}

