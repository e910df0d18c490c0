// The `citegraph extract` contract: JSON Lines on stdout, one error line per
// failed input on stderr naming the file and the reason, the other inputs
// still processed, non-zero exit if any failed. Bad input of every kind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, copyFileSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCommand } from '../../ingest/extract-command.ts';
import { extractRecordSchema, fragmentRecordSchema, readSource, decodeText, extractDocument, ExtractError, FORMAT_TABLE } from '../../ingest/index.ts';
import { fileURLToPath } from 'node:url';

function capture(stdinText = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, stdin: Readable.from([stdinText]) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
const SAMPLE_ZH = fileURLToPath(new URL('../../ingest/sample/A-RES-76-158.zh.txt', import.meta.url));
const SAMPLE_EN = fileURLToPath(new URL('../../ingest/sample/A-RES-76-158.en.txt', import.meta.url));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'citegraph-extract-'));
  mkdirSync(join(dir, 'docs'));
  copyFileSync(SAMPLE_ZH, join(dir, 'docs', 'a-zh.txt'));
  copyFileSync(SAMPLE_EN, join(dir, 'docs', 'b-en.txt'));
  writeFileSync(join(dir, 'docs', 'c-empty.txt'), '');
  writeFileSync(join(dir, 'docs', 'd-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0x00, 0xff]));
  writeFileSync(join(dir, 'docs', 'e-latin1.txt'), Buffer.from('Recalling its r\xe9solution 61/177', 'latin1'));
  writeFileSync(join(dir, 'docs', 'f-german.txt'), 'Die Generalversammlung,\n\nunter Hinweis auf ihre Resolution 61/177 vom 20. Dezember 2006, mit der sie das Übereinkommen verabschiedete, und auf die Grundsätze der Erklärung,\n');
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'docs', 'g-dangling.txt'));
  execFileSync('mkfifo', [join(dir, 'docs', 'h-fifo.txt')]);
  writeFileSync(join(dir, 'docs', 'notes.json'), '{}');
  // a 50 MB file, written in chunks
  const big = openSync(join(dir, 'big.txt'), 'w');
  const chunk = Buffer.from('Recalling its resolution 61/177 of 20 December 2006, '.repeat(20_000));
  let written = 0;
  while (written < 50 * 1024 * 1024) written += writeSync(big, chunk);
  closeSync(big);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('citegraph extract FILE|DIR…', () => {
  it('when given the two samples, then it prints one valid JSON object per document and exits 0', async () => {
    const c = capture();
    const code = await extractCommand(['extract', SAMPLE_ZH, SAMPLE_EN], c.io);
    expect(code).toBe(0);
    const records = jsonl(c.out());
    expect(records.map((r) => [r.symbol, r.language])).toEqual([['A/RES/76/158', 'zh'], ['A/RES/76/158', 'en']]);
    for (const r of records) expect(() => extractRecordSchema.parse(r)).not.toThrow();
    expect(c.err()).toBe('');
  });

  it('when a directory holds good and bad entries, then each bad one gives one error line with file and reason, the good ones are printed, and the exit code is 1', async () => {
    const c = capture();
    const code = await extractCommand([join(dir, 'docs')], c.io);
    expect(code).toBe(1);
    expect(jsonl(c.out()).map((r) => r.file.split('/').pop())).toEqual(['a-zh.txt', 'b-en.txt']);
    const lines = c.err().trim().split('\n');
    const byFile = Object.fromEntries(lines.map((l) => [/docs\/([^:]+):/.exec(l)![1], l]));
    expect(Object.keys(byFile).sort()).toEqual(['c-empty.txt', 'd-binary.txt', 'e-latin1.txt', 'f-german.txt', 'g-dangling.txt', 'h-fifo.txt']);
    expect(byFile['c-empty.txt']).toMatch(/empty file/);
    expect(byFile['d-binary.txt']).toMatch(/binary file/);
    expect(byFile['e-latin1.txt']).toMatch(/invalid UTF-8 at byte 15/);
    expect(byFile['f-german.txt']).toMatch(/not in one of the six official UN languages \(en, zh, fr, es, ru, ar\)/);
    expect(byFile['g-dangling.txt']).toMatch(/dangling symbolic link/);
    expect(byFile['h-fifo.txt']).toMatch(/not a regular file/);
  });

  it('when a directory holds no document file, then that is its error line, the next input is still read, and the exit code is 1', async () => {
    mkdirSync(join(dir, 'only-json'));
    writeFileSync(join(dir, 'only-json', 'notes.json'), '{}');
    const c = capture();
    const code = await extractCommand([join(dir, 'only-json'), SAMPLE_EN], c.io);
    expect(code).toBe(1);
    expect(c.err()).toMatch(/only-json: the directory holds no document file \(\*\.pdf, .*\*\.txt\)\n$/);
    expect(jsonl(c.out()).map((r) => r.language)).toEqual(['en']);
  });

  it('when a file is 50 MB, then it is refused with its size, without reading it, and the next file is still processed', async () => {
    const c = capture();
    const code = await extractCommand([join(dir, 'big.txt'), SAMPLE_ZH], c.io);
    expect(code).toBe(1);
    expect(c.err()).toMatch(new RegExp(`big\\.txt: file too large: ${50 * 1024 * 1024}\\d* bytes|big\\.txt: file too large: \\d+ bytes \\(limit ${FORMAT_TABLE.find((f) => f.format === 'text')!.maxBytes} bytes for text`));
    expect(jsonl(c.out())).toHaveLength(1);
  });

  it('when a file does not exist, then the error names it', async () => {
    const c = capture();
    expect(await extractCommand([join(dir, 'missing.txt')], c.io)).toBe(1);
    expect(c.err()).toBe(`citegraph extract: ${join(dir, 'missing.txt')}: no such file\n`);
  });

  it('when --lang is not an official language, then it is a usage error (2) that lists the languages read', async () => {
    const c = capture();
    expect(await extractCommand(['--lang', 'de', SAMPLE_ZH], c.io)).toBe(2);
    expect(c.err()).toMatch(/--lang de: expected one of en, zh, fr, es/);
  });

  it('when no file is given, then it prints usage and exits 2', async () => {
    const c = capture();
    expect(await extractCommand([], c.io)).toBe(2);
    expect(c.err()).toMatch(/Usage:/);
  });
});

describe('citegraph extract --fragments', () => {
  it('when fragments come on standard input, then each line gives {id, language, citations}, bad lines are reported by line number, and the exit code is 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Recalling its resolution 61/177 of 20 December 2006,' }),
      'not json',
      JSON.stringify({ id: 'b', text: '回顾人权理事会2017年9月28日第36/6号决议', lang: 'zh' }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 3, text: 'unter Hinweis auf ihre Resolution 61/177 vom 20. Dezember 2006 und auf die Resolutionen der Kommission für Menschenrechte' }),
      '',
      JSON.stringify({ id: 'c', text: 'The Human Rights Council, recalling its resolution 36/6' }),
    ].join('\n');
    const c = capture(input);
    const code = await extractCommand(['--fragments', '-'], c.io);
    expect(code).toBe(1);
    const out = jsonl(c.out());
    for (const r of out) expect(() => fragmentRecordSchema.parse(r)).not.toThrow();
    expect(out.map((r) => [r.id, r.language, r.citations.map((x: { target: string }) => x.target)])).toEqual([
      ['a', 'en', ['A/RES/61/177']],
      ['b', 'zh', ['A/HRC/RES/36/6']],
      ['c', 'en', ['A/HRC/RES/36/6']],
    ]);
    const errs = c.err().trim().split('\n');
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/<stdin>:2: not valid JSON/);
    expect(errs[1]).toMatch(/<stdin>:4: expected/);
    expect(errs[2]).toMatch(/<stdin>:5 \(id 3\): not in one of the six official UN languages/);
  });

  it('when fragments come from a file, then all lines are processed in one go', async () => {
    const file = join(dir, 'frags.jsonl');
    writeFileSync(file, Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `Recalling its resolution ${i % 80 + 1}/${i}` })).join('\n'));
    const c = capture();
    expect(await extractCommand(['--fragments', file], c.io)).toBe(0);
    const out = jsonl(c.out());
    expect(out).toHaveLength(2000);
    expect(out[1999].citations[0].target).toBe('A/RES/0/1999'.replace('0', String((1999 % 80) + 1)));
  });
});

describe('reading bad input directly', () => {
  it('when bytes are empty, binary or not UTF-8, then the ExtractError says which', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/empty file/);
    expect(() => decodeText(new Uint8Array([1, 2, 0, 4]))).toThrow(/binary file/);
    expect(() => decodeText(new Uint8Array([0x61, 0x62, 0xc3, 0x28]))).toThrow(/invalid UTF-8 at byte 2/);
    expect(() => decodeText(new TextEncoder().encode('   \n\t  '))).toThrow(ExtractError);
  });

  it('when a path is a directory, then reading it as a document is refused', async () => {
    await expect(readSource(dir)).rejects.toThrow(/is a directory/);
  });

  it('when text is in another language, then it is refused by name, not extracted wrongly', () => {
    expect(() => extractDocument('Unter Hinweis auf ihre Resolution 61/177 vom 20. Dezember 2006, mit der sie das Übereinkommen verabschiedete')).toThrow(/not in one of the six official UN languages/);
    expect(() => extractDocument('国連総会は、2006年12月20日の決議61/177を想起し、条約を採択した')).toThrow(/not in one of the six official UN languages/);
  });
});
