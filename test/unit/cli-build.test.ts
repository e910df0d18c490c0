// The compiled command (server/build.ts → dist/cli): it must print what the TypeScript prints,
// its worker threads must be the compiled ones, and the launcher must never run a build older
// than the source it was made from.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../server/build.ts';
import { extractFile } from '../../ingest/extract-command.ts';
import { projectRoot } from '../../ingest/paths.ts';

const run = promisify(execFile);
const fixture = (...parts: string[]) => path.join(projectRoot, ...parts);
// One file of each kind of reader: plain text in two languages, Akoma Ntoso, PDF, Word, HTML.
const FILES = [
  fixture('ingest', 'sample', 'A-RES-76-158.zh.txt'),
  fixture('ingest', 'sample', 'A-RES-76-158.en.txt'),
  fixture('test', 'fixtures', 'formats', 'A-RES-76-158.en.pdf'),
  fixture('test', 'fixtures', 'formats', 'A-RES-76-158.en.docx'),
  fixture('test', 'fixtures', 'formats', 'A-RES-76-158.zh.html'),
  fixture('test', 'fixtures', 'formats', 'encrypted.pdf'),
];

let tmp: string;
let built: string;
beforeAll(async () => {
  // Inside the project, so that the compiled modules find node_modules as dist/cli does.
  mkdirSync(path.join(projectRoot, 'dist'), { recursive: true });
  tmp = mkdtempSync(path.join(projectRoot, 'dist', 'test-build-'));
  built = path.join(tmp, 'cli');
  await buildCli(built);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the compiled command', () => {
  it('when given files of every format, then it prints what the TypeScript extractor prints, in the order given, and names the file that failed', async () => {
    const expected = await Promise.all(FILES.map((file) => extractFile(file, { lang: null, text: false })));
    // Six files: the compiled extract-worker threads do the work.
    const launcher = path.join(tmp, 'launch.mjs');
    writeFileSync(launcher, `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(built, 'main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
    const result = await run(process.execPath, [launcher, 'extract', ...FILES], { maxBuffer: 64 << 20 }).catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect(result.stdout).toBe(expected.map((o) => (o.ok ? o.out : '')).join(''));
    expect(result.stderr).toBe(`citegraph extract: ${FILES[5]}: ${expected[5]!.ok ? '' : expected[5]!.reason}\n`);
    expect('code' in result ? result.code : 0).toBe(1);
  }, 120_000);

  it('when built, then every source file it was made from is in its manifest with its size and time', async () => {
    const manifest = JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8')) as { inputs: Record<string, { size: number }> };
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['server/main.ts', 'ingest/extract.ts', 'ingest/extract-worker.ts', 'server/services/console-worker.ts', 'ingest/load/parse-worker.ts', 'ingest/bulk/fold-worker.ts']));
    expect(Object.keys(manifest.inputs).every((file) => !file.includes('node_modules'))).toBe(true);
  });
});

describe('server/bin/citegraph.mjs', () => {
  // A project of two one-line modules: the "built" one says compiled, the source one says source.
  function miniProject(): { root: string; source: string } {
    const root = mkdtempSync(path.join(tmp, 'project-'));
    mkdirSync(path.join(root, 'server', 'bin'), { recursive: true });
    mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{"type": "module"}\n');
    for (const file of ['citegraph.mjs', 'v8-flags.mjs']) cpSync(fixture('server', 'bin', file), path.join(root, 'server', 'bin', file));
    symlinkSync(fixture('node_modules'), path.join(root, 'node_modules'));
    const source = path.join(root, 'server', 'main.ts');
    writeFileSync(source, "export async function main(): Promise<number> { console.log('source'); return 0; }\n");
    writeFileSync(path.join(root, 'dist', 'cli', 'main.js'), "export async function main() { console.log('compiled'); return 0; }\n");
    return { root, source };
  }
  const manifestFor = (root: string, source: string) => {
    const { size, mtimeMs } = statSync(source);
    writeFileSync(path.join(root, 'dist', 'cli', 'manifest.json'), JSON.stringify({ inputs: { 'server/main.ts': { size, mtimeMs } } }));
  };
  const launch = async (root: string) => (await run(process.execPath, [path.join(root, 'server', 'bin', 'citegraph.mjs')])).stdout.trim();

  it('when the reader closes the pipe after the first line, then the command stops at once with exit code 0 and nothing on stderr', async () => {
    const child = spawn(process.execPath, [fixture('server', 'bin', 'citegraph.mjs'), 'extract', fixture('test', 'fixtures', 'corpus')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const [firstChunk] = (await once(child.stdout, 'data')) as [Buffer];
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(firstChunk.toString()).toMatch(/^\{"file":/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('when the build is as new as its sources, then the compiled code runs; when a source changes, or the build is missing, the TypeScript runs', async () => {
    const { root, source } = miniProject();
    manifestFor(root, source);
    expect(await launch(root)).toBe('compiled');
    const later = new Date(Date.now() + 5_000);
    utimesSync(source, later, later);
    expect(await launch(root)).toBe('source');
    rmSync(path.join(root, 'dist', 'cli', 'manifest.json'));
    expect(await launch(root)).toBe('source');
  }, 60_000);
});
