// The files an ingest reads come as a stream (ingest/load/sources.ts) and are parsed as they
// come (ingest/load/parse-pool.ts): every file the inputs name is read once, whatever overlaps
// the inputs have, and the parse pool gives one outcome per file, in the order they came.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocumentFiles, documentFiles, filesToRead, type InputProblem } from '../../ingest/load/sources.ts';
import { parseFiles } from '../../ingest/load/parse-pool.ts';
import { writeTextCorpus } from '../bench/synthetic.ts';

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-sources-'));
  for (const [file, text] of <[string, string][]>[
    ['a/one.txt', 'x'],
    ['a/two.md', 'x'],
    ['a/notes.json', 'x'],
    ['a/.hidden.txt', 'x'],
    ['a/b/three.txt', 'x'],
    ['a/b/.git/four.txt', 'x'],
    ['c/five.pdf', 'x'],
  ]) {
    fs.mkdirSync(path.dirname(at(file)), { recursive: true });
    fs.writeFileSync(at(file), text);
  }
  fs.mkdirSync(at('empty'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function walk(inputs: string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const problems: InputProblem[] = [];
  const files: string[] = [];
  for await (const file of documentFiles(inputs, (p) => problems.push(p))) files.push(path.relative(root, file));
  return { files: files.sort(), problems: problems.map((p) => ({ file: path.relative(root, p.file), reason: p.reason })) };
}

describe('ingest sources', () => {
  it.each([
    { inputs: ['a'], files: ['a/b/three.txt', 'a/one.txt', 'a/two.md'], problems: [] },
    { inputs: ['a', 'a/b', 'a/one.txt'], files: ['a/b/three.txt', 'a/one.txt', 'a/two.md'], problems: [] },
    { inputs: ['a/b', 'a'], files: ['a/b/three.txt', 'a/one.txt', 'a/two.md'], problems: [] },
    { inputs: ['a/one.txt', 'a/one.txt', 'c'], files: ['a/one.txt', 'c/five.pdf'], problems: [] },
    { inputs: ['empty', 'missing.txt'], files: [], problems: [{ file: 'empty', reason: 'the directory holds no document file (*.pdf, *.docx, *.doc, *.html, *.htm, *.xhtml, *.xml, *.akn, *.md, *.markdown, *.txt)' }, { file: 'missing.txt', reason: 'no such file or directory' }] },
    { inputs: ['a/*.txt'], files: ['a/one.txt'], problems: [] },
    { inputs: ['z/*.txt'], files: [], problems: [{ file: 'z/*.txt', reason: 'the pattern matches no file' }] },
  ])('when the inputs are $inputs, then each file they name is walked once', async ({ inputs, files, problems }) => {
    const cwd = process.cwd();
    process.chdir(root); // glob patterns are relative to the working directory
    try {
      const found = await walk(inputs.map((input) => (input.includes('*') ? input : at(input))));
      expect(found.files).toEqual(files);
      expect(found.problems.sort((x, y) => (x.file < y.file ? -1 : 1))).toEqual(problems);
      expect(await countDocumentFiles(inputs.map((input) => (input.includes('*') ? input : at(input))))).toBe(files.length);
    } finally {
      process.chdir(cwd);
    }
  });

  it('when the graph holds some files unchanged, then only the others are read, each with its key', async () => {
    const all: { file: string; key: string }[] = [];
    for await (const entry of filesToRead(documentFiles([at('a')], () => {}), null, () => {})) all.push(entry);
    const heldKey = all[0]!.key;
    const unchanged: string[] = [];
    const left: string[] = [];
    for await (const entry of filesToRead(documentFiles([at('a')], () => {}), async (keys) => new Set(keys.filter((k) => k === heldKey)), (f) => unchanged.push(f))) left.push(entry.file);
    expect(unchanged).toEqual([all[0]!.file]);
    expect(left).toEqual(all.slice(1).map((e) => e.file));
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
  });

  it.each([0, 1, 2])('when %i workers parse a stream of files, then each file gives one outcome, in the order the files came', async (workers) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-sources-parse-'));
    try {
      const corpus = writeTextCorpus(dir, { documents: 40, seed: 5 });
      const stream = async function* () {
        yield* corpus.files;
        yield path.join(dir, 'missing.txt');
      };
      const outcomes = [];
      for await (const outcome of parseFiles(stream(), { workers })) outcomes.push(outcome);
      expect(outcomes.map((o) => o.file)).toEqual([...corpus.files, path.join(dir, 'missing.txt')]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(40);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
