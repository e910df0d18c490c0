// The bulk path over all cores: the parse workers make the spool facts and the fold workers
// fold chunks of the sorted spool, yet the import files must be the same bytes whatever the
// number of workers — the order of the files, instrument nodes written once, the Treaty
// Series — and a chunk must never split the facts of one symbol.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDir } from '../../server/sample.ts';
import { writeImportFiles } from '../../ingest/bulk/bulk-ingest.ts';
import { sortedChunks, type SpooledFile } from '../../ingest/bulk/spool.ts';
import { spoolFiles } from '../../ingest/load/parse-pool.ts';
import { documentFiles, fileKey } from '../../ingest/load/sources.ts';
import { writeTextCorpus } from '../bench/synthetic.ts';

let scratch: string;
let inputs: string[];

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'citegraph-bulk-workers-'));
  writeTextCorpus(path.join(scratch, 'synthetic'), { documents: 120, seed: 9 });
  // both languages of a document (the sample), AKN of several bodies, and the synthetic texts
  inputs = [sampleDir, path.join('test', 'fixtures', 'corpus', 'akn'), path.join(scratch, 'synthetic')];
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Every import file's bytes, by name. */
async function importFiles(workers: number, dir: string): Promise<{ contents: Record<string, string>; chunks: number; treatySeries: string }> {
  const problems: string[] = [];
  async function* spooled(): AsyncGenerator<SpooledFile> {
    for await (const outcome of spoolFiles(documentFiles(inputs, (p) => problems.push(p.reason)), { workers })) {
      if (!outcome.ok) throw new Error(`${outcome.file}: ${outcome.reason}`);
      yield { file: outcome.file, key: await fileKey(outcome.file), facts: outcome.facts, tally: outcome.tally };
    }
  }
  // small chunks: many chunk borders, and instruments named in many chunks
  const written = await writeImportFiles(spooled(), dir, { workers, chunkChars: 16_384 });
  expect(problems).toEqual([]);
  const contents: Record<string, string> = {};
  for (const file of written.files) contents[file.name] = fs.readFileSync(file.header, 'utf8') + fs.readFileSync(file.data, 'utf8');
  return { contents, chunks: written.spool.chunks, treatySeries: JSON.stringify([...written.folder.treatySeries]) };
}

describe('ingest --bulk on worker threads', () => {
  it('when 0, 1 or 2 workers spool and fold the same files, then the import files are the same bytes', async () => {
    const runs = [];
    for (const workers of [0, 1, 2]) runs.push(await importFiles(workers, path.join(scratch, `w${workers}`)));
    const [alone, one, two] = runs;
    // what the comparison covers: many chunks, instruments and documents, stubs, subjects
    expect(alone!.chunks).toBeGreaterThan(10);
    expect(alone!.contents.instruments!.split('\n').length).toBeGreaterThan(5);
    expect(alone!.contents['citations-documents']!.split('\n').length).toBeGreaterThan(500);
    expect(alone!.contents.documents).toContain(',false,');
    // an instrument node is written once however many chunks name it
    const instruments = alone!.contents.instruments!.split('\n').filter(Boolean);
    expect(new Set(instruments).size).toBe(instruments.length);
    // the chunk borders fall where the sort's pipe gives its reads, so their number varies; the bytes may not
    for (const run of [one!, two!]) {
      expect(run.chunks).toBeGreaterThan(10);
      expect(run.contents).toEqual(alone!.contents);
      expect(run.treatySeries).toBe(alone!.treatySeries);
    }
  }, 300_000);
});

describe('the sorted spool in chunks', () => {
  const line = (symbol: string, n: number) => `${symbol}\tt\t${'x'.repeat(n)}\n`;
  it.each([
    ['small groups, chunks of a few lines', ['A/1', 'A/2', 'A/3', 'A/4', 'A/5'].flatMap((s) => [line(s, 10), line(s, 20)]), 64],
    ['one group longer than many chunks and reads (a stub cited everywhere)', [line('A/1', 5), ...Array.from({ length: 6000 }, () => line('A/2', 30)), line('A/3', 5)], 256],
    ['every line its own symbol', Array.from({ length: 200 }, (_, i) => line(`S/${String(i).padStart(4, '0')}`, 7)), 100],
    ['one chunk holds all', [line('A/1', 3), line('A/2', 3)], 1 << 20],
  ])('when the spool holds %s, then the chunks are whole symbol groups and give back every line in order', async (_name, lines, chunkChars) => {
    const spool = path.join(scratch, 'sorted.tsv');
    fs.writeFileSync(spool, lines.join(''));
    const chunks: string[] = [];
    for await (const chunk of sortedChunks(spool, { sorted: true, tmpDir: scratch, chunkChars })) chunks.push(chunk);
    expect(chunks.join('')).toBe(lines.join(''));
    const owner = new Map<string, number>();
    chunks.forEach((chunk, i) => {
      expect(chunk.endsWith('\n')).toBe(true);
      for (const l of chunk.split('\n').filter(Boolean)) {
        const symbol = l.split('\t')[0]!;
        expect(owner.get(symbol) ?? i).toBe(i);
        owner.set(symbol, i);
      }
    });
    if (chunkChars < 1000) expect(chunks.length).toBeGreaterThan(1);
  });
});
