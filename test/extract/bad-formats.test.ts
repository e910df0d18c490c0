// Bad input in every format: each gives one clear line naming the file, the other files of the
// batch are still extracted, the exit code is 1 — and a hostile XML file reads nothing and
// expands nothing.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, openSync, writeSync, ftruncateSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCommand } from '../../ingest/extract-command.ts';
import { listDocumentFiles, readSourceBytes } from '../../ingest/index.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
let dir: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, stdin: Readable.from(['']) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><mainBody><p>&lol9;</p></mainBody></statement></akomaNtoso>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><mainBody><p>Recalling &secret;</p></mainBody></statement></akomaNtoso>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'citegraph-bad-formats-'));
  copyFileSync(join(fixtures, 'formats', 'A-RES-76-158.en.docx'), join(dir, 'a-good.docx'));
  copyFileSync(join(fixtures, 'formats', 'encrypted.pdf'), join(dir, 'b-encrypted.pdf'));
  copyFileSync(join(fixtures, 'formats', 'scanned.pdf'), join(dir, 'c-scanned.pdf'));
  writeFileSync(join(dir, 'd-damaged.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> this is not a PDF body\n');
  writeFileSync(join(dir, 'e-not-a-zip.docx'), 'Just some words, named .docx');
  const zip = new JSZip();
  zip.file('readme.txt', 'a zip that is not a Word document');
  writeFileSync(join(dir, 'f-zip-not-word.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
  writeFileSync(join(dir, 'g-not-ole.doc'), 'Plain words named .doc');
  writeFileSync(join(dir, 'h-not-akn.xml'), '<?xml version="1.0"?><catalog><book id="1">61/177</book></catalog>');
  writeFileSync(join(dir, 'i-truncated.xml'), readFileSync(join(fixtures, 'corpus', 'akn', 'ga', '75_100_E.xml'), 'utf8').slice(0, 9_000));
  writeFileSync(join(dir, 'j-billion-laughs.xml'), BILLION_LAUGHS);
  writeFileSync(join(dir, 'k-xxe.xml'), XXE);
  writeFileSync(join(dir, 'l-empty.pdf'), '');
  // a 500 MB PDF: sparse, so it costs no disk; it must be refused by its size, unread
  const big = openSync(join(dir, 'm-huge.pdf'), 'w');
  writeSync(big, '%PDF-1.7\n');
  ftruncateSync(big, 500 * 1024 * 1024);
  closeSync(big);
  copyFileSync(join(fixtures, 'formats', 'A-RES-76-158.zh.html'), join(dir, 'n-good.html'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a batch with bad files of every format', () => {
  it('when extracted, then each bad file gives one line that names it and says what is wrong, the good ones are printed, and the exit code is 1', async () => {
    const c = capture();
    expect(await extractCommand([dir], c.io)).toBe(1);
    const lines = c.err().trim().split('\n');
    const byFile = Object.fromEntries(lines.map((l) => /^citegraph extract: .*\/([^/]+?\.[a-z]+): (.*)$/.exec(l)!.slice(1, 3)));
    expect(byFile).toEqual({
      'b-encrypted.pdf': 'encrypted PDF: a password is needed to read it',
      'c-scanned.pdf': 'no text layer: this PDF is an image; OCR it first (e.g. ocrmypdf) and read the result',
      'd-damaged.pdf': expect.stringMatching(/^damaged PDF: /),
      'e-not-a-zip.docx': 'not a Word (.docx) file: not a zip archive',
      'f-zip-not-word.docx': 'a zip archive but not a Word document (no word/document.xml)',
      'g-not-ole.doc': 'not a Word 97–2003 (.doc) file: not an OLE compound file',
      'h-not-akn.xml': 'XML but not Akoma Ntoso (root element <catalog>)',
      'i-truncated.xml': expect.stringMatching(/^malformed XML: /),
      'j-billion-laughs.xml': 'XML with a document type declaration is refused (no external entities, no entity expansion)',
      'k-xxe.xml': 'XML with a document type declaration is refused (no external entities, no entity expansion)',
      'l-empty.pdf': 'empty file',
      'm-huge.pdf': `file too large: ${500 * 1024 * 1024} bytes (limit ${64 * 1024 * 1024} bytes for PDF)`,
    });
    const records = c.out().trim().split('\n').map((l) => JSON.parse(l) as { file: string; format: string; symbol: string });
    expect(records.map((r) => [r.file.split('/').pop(), r.format, r.symbol])).toEqual([
      ['a-good.docx', 'docx', 'A/RES/76/158'],
      ['n-good.html', 'html', 'A/RES/76/158'],
    ]);
    expect(c.out()).not.toMatch(/root:|\/bin\/bash|lollol/);
  });

  it('when a directory is listed, then every supported extension is picked up', async () => {
    const { files } = await listDocumentFiles(dir);
    expect(files.map((f) => f.split('.').pop()).sort()).toEqual(['doc', 'docx', 'docx', 'docx', 'html', 'pdf', 'pdf', 'pdf', 'pdf', 'pdf', 'xml', 'xml', 'xml', 'xml']);
  });

  it('when --text is asked of a PDF, then it prints the text every span of its record points into', async () => {
    const c = capture();
    const file = join(fixtures, 'formats', 'A-RES-76-158.en.pdf');
    expect(await extractCommand(['--text', file], c.io)).toBe(0);
    const record = (() => {
      const r = capture();
      return extractCommand([file], r.io).then(() => JSON.parse(r.out()) as { citations: { target: string; span: [number, number]; via: string }[] });
    })();
    const text = c.out();
    for (const citation of (await record).citations.filter((x) => x.via === 'text' && x.target.startsWith('A/RES/'))) {
      expect(text.slice(...citation.span).replace(/\s/g, '')).toContain(citation.target.slice('A/RES/'.length));
    }
  });
});

describe('content, not name, tells the format', () => {
  it('when a PDF is named .txt, then it is read as a PDF', async () => {
    const bytes = readFileSync(join(fixtures, 'formats', 'A-RES-76-158.en.pdf'));
    const [source] = await readSourceBytes(bytes, 'misnamed.txt');
    expect(source!.format).toBe('pdf');
  });

  it('when AKN XML is named .html, then it is read as AKN', async () => {
    const bytes = readFileSync(join(fixtures, 'corpus', 'akn', 'ga', '75_100_E.xml'));
    const sources = await readSourceBytes(bytes, 'page.html');
    expect(sources[0]!.format).toBe('akn');
    expect(sources[0]!.metadata?.symbol).toBe('A/RES/75/100');
  });

  it('when a .docx is named .doc, then it is read as .docx', async () => {
    const bytes = readFileSync(join(fixtures, 'formats', 'A-RES-76-158.zh.docx'));
    const [source] = await readSourceBytes(bytes, 'old-name.doc');
    expect(source!.format).toBe('docx');
  });
});
