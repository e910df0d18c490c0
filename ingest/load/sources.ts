// The files an ingest reads, as a stream: files, directories (walked, never listed whole) and
// glob patterns → file paths, each with the key that tells whether the graph holds it unchanged.
// Nothing here holds a list of the corpus: memory stays flat whatever its size.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { documentFilesUnder } from '../read.ts';
import { projectRoot } from '../paths.ts';

export interface InputProblem {
  file: string;
  reason: string;
}

/** What the inputs name: explicit files (and glob matches: a pattern's matches are listed, as the glob library gives them) and directories to walk. */
async function resolveInputs(inputs: readonly string[], problem: (p: InputProblem) => void): Promise<{ files: string[]; directories: string[] }> {
  const files = new Set<string>();
  const directories: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input) && isDynamicPattern(input)) {
      const matches = await glob(input, { absolute: false, onlyFiles: true, dot: false });
      if (matches.length === 0) problem({ file: input, reason: 'the pattern matches no file' });
      for (const match of matches) files.add(path.normalize(match));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      const dangling = fs.lstatSync(input, { throwIfNoEntry: false })?.isSymbolicLink();
      problem({ file: input, reason: dangling ? 'dangling symbolic link' : 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) directories.push(path.normalize(input));
    else files.add(path.normalize(input));
  }
  // A path inside a directory that is walked anyway is read once, by the walk.
  const within = (p: string, dir: string) => {
    const relative = path.relative(path.resolve(dir), path.resolve(p));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  const walked = directories.filter((dir, i) => !directories.some((other, j) => (within(dir, other) || (j < i && path.resolve(dir) === path.resolve(other)))));
  return { files: [...files].filter((file) => !walked.some((dir) => within(file, dir))), directories: walked };
}

/** Every file the inputs name, one at a time; inputs that give none go to `problem`. */
export async function* documentFiles(inputs: readonly string[], problem: (p: InputProblem) => void): AsyncGenerator<string> {
  const { files, directories } = await resolveInputs(inputs, problem);
  yield* files;
  for (const dir of directories) yield* documentFilesUnder(dir, problem);
}

/** How many files the inputs name (a walk that keeps only the count): the total of the progress bar. */
export async function countDocumentFiles(inputs: readonly string[]): Promise<number> {
  let count = 0;
  for await (const _ of documentFiles(inputs, () => {})) count++;
  return count;
}

/** What identifies a file's content for "unchanged": its path, size and modification time, and the extractor's own revision. */
export async function fileKey(file: string): Promise<string> {
  const info = await fs.promises.stat(file).catch(() => null);
  return createHash('sha256').update(`${path.resolve(file)}\0${info?.size ?? -1}\0${info?.mtimeMs ?? -1}\0${extractorRevision()}`).digest('hex').slice(0, 32);
}

let revision: string | null = null;
/** A hash of the extractor's source: a new extractor reads every file again. */
function extractorRevision(): string {
  if (revision) return revision;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'bundle' && entry.name !== 'sample') walk(full);
      else if (/\.(?:ts|mjs)$/.test(entry.name)) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(path.join(projectRoot, 'ingest'));
  return (revision = hash.digest('hex').slice(0, 16));
}

/**
 * The files of a stream the graph does not hold unchanged, with their keys (the graph is asked
 * in chunks: one query a thousand files). `held` answers which keys of a chunk the graph holds;
 * without it every file is read.
 */
export async function* filesToRead(
  files: AsyncIterable<string>,
  held: ((keys: readonly string[]) => Promise<Set<string>>) | null,
  onUnchanged: (file: string) => void,
): AsyncGenerator<{ file: string; key: string }> {
  let chunk: { file: string; key: string }[] = [];
  const drain = async function* () {
    const holds = held ? await held(chunk.map((f) => f.key)) : new Set<string>();
    for (const entry of chunk) {
      if (holds.has(entry.key)) onUnchanged(entry.file);
      else yield entry;
    }
    chunk = [];
  };
  for await (const file of files) {
    chunk.push({ file, key: await fileKey(file) });
    if (chunk.length >= 1000) yield* drain();
  }
  yield* drain();
}
