// The compiler checks server/ and ingest/ only where nothing opts out of checking: no `any`
// (written, or as a cast) and no `as unknown as` (a cast through unknown to whatever type).
// The TypeScript parser finds them, so the word "any" in a comment or a string does not count.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const CHECKED = ['server', 'ingest'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Each `any` type and each `as unknown as` in one file's source, as "file:line: what". */
export function uncheckedTypes(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(root, fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`${where(node)}: any`);
    if (ts.isAsExpression(node) && ts.isAsExpression(node.expression) && node.expression.type.kind === ts.SyntaxKind.UnknownKeyword) {
      found.push(`${where(node)}: as unknown as ${node.type.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('types the compiler checks', () => {
  it.each([
    ['a parameter typed any', 'function f(x: any) { return x; }', 1],
    ['a cast to any', 'const y = (1 as any).z;', 1],
    ['any in a generic', 'const m = new Map<string, any>();', 1],
    ['a cast through unknown', 'const s = (1 as unknown as string);', 1],
    ['the word in a comment or a string', '// any spelling\nconst s = "any" as string;', 0],
    ['unknown, narrowed', 'function f(x: unknown) { return typeof x === "string" ? x : null; }', 0],
  ])('when the source has %s, then the check finds %i', (_what, text, count) => {
    expect(uncheckedTypes(path.join(root, 'server/example.ts'), text)).toHaveLength(count);
  });

  it('when server/ and ingest/ are parsed, then they hold no any and no "as unknown as"', () => {
    const files = CHECKED.flatMap((dir) => sourceFiles(path.join(root, dir)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => uncheckedTypes(file, fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
