// One vocabulary (ingest/vocabulary.ts): the queries of cypher/ name relationship types in their
// patterns, which Cypher cannot take as parameters cheaply, so these tests read every query and
// check its names against the vocabulary; and the code may not write a list of relations,
// bodies or languages again.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BODIES, EDGE_TYPES, OFFICIAL_LANGUAGES, RECALL_RELATIONS, RELATIONS } from '../../ingest/vocabulary.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Relationship types of the graph that are not the vocabulary's edge types: nothing draws them
 * as edges. HAS_SUBJECT links a document to its subject keywords (cypher/write/subjects.cypher).
 */
const OTHER_RELATIONSHIP_TYPES = ['HAS_SUBJECT'];

const cypherFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cypherFiles(path.join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [path.join(dir, entry.name)] : [],
  );
const queries = cypherFiles(path.join(root, 'cypher')).map((file) => ({
  name: path.relative(path.join(root, 'cypher'), file),
  // comments say what a query does in words; only the query's own text names types
  text: fs.readFileSync(file, 'utf8').split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n'),
}));

/** The type alternations of a query's relationship patterns: `-[r:RECALLS|REAFFIRMS]->` → ['RECALLS', 'REAFFIRMS']. */
export function relationshipTypes(text: string): string[][] {
  return [...text.matchAll(/-\[\s*\w*\s*:\s*([A-Z][A-Z_]*(?:\s*\|\s*[A-Z][A-Z_]*)*)/g)].map((m) => m[1]!.split('|').map((t) => t.trim()));
}

/** The language suffixes a query names for each property stem, in order: `.title_en, .title_zh` → {title: ['en', 'zh']}. */
export function languageSuffixes(text: string): Map<string, string[]> {
  const stems = new Map<string, string[]>();
  for (const m of text.matchAll(new RegExp(`\\.(\\w+?)_(${OFFICIAL_LANGUAGES.join('|')})\\b`, 'g'))) {
    const list = stems.get(m[1]!) ?? [];
    if (!list.includes(m[2]!)) list.push(m[2]!);
    stems.set(m[1]!, list);
  }
  return stems;
}

describe('the queries and the vocabulary', () => {
  it.each([
    ['MATCH (a)-[r:RECALLS|REAFFIRMS]->(b)', [['RECALLS', 'REAFFIRMS']]],
    ['MATCH (a)<-[:ADOPTS]-(b), (b)-[:HAS_SUBJECT]->(s)', [['ADOPTS'], ['HAS_SUBJECT']]],
    ['MATCH (a)-[links:CITES | WELCOMES]->(){1,2}', [['CITES', 'WELCOMES']]],
    ['CREATE (d)-[:$(c.relation) {paragraph: 1}]->(t)', []],
  ])('when a query says %s, then its relationship types are read as %j', (text, types) => {
    expect(relationshipTypes(text)).toEqual(types);
  });

  it('when cypher/ is read, then it has queries that name relationship types', () => {
    expect(queries.length).toBeGreaterThan(30);
    expect(queries.flatMap((q) => relationshipTypes(q.text)).length).toBeGreaterThan(30);
  });

  it.each(queries.map((q) => [q.name, q.text]))('when %s names relationship types, then each is in the vocabulary', (_name, text) => {
    const known = new Set<string>([...EDGE_TYPES, ...OTHER_RELATIONSHIP_TYPES]);
    expect(relationshipTypes(text).flat().filter((type) => !known.has(type))).toEqual([]);
  });

  it.each(queries.map((q) => [q.name, q.text]))(
    'when %s names citation relations in one pattern, then they are all the relations, or the recalling ones, in the vocabulary order',
    (_name, text) => {
      for (const alternation of relationshipTypes(text)) {
        const citations = alternation.filter((type) => (RELATIONS as readonly string[]).includes(type));
        if (citations.length < 2) continue; // one relation by name (document.cypher counts each)
        expect([[...RELATIONS], [...RECALL_RELATIONS]]).toContainEqual(citations);
      }
    },
  );

  // The full-text indexes of schema.cypher group languages by analyzer (English, Chinese, the rest), not one list.
  it.each(queries.filter((q) => q.name !== 'schema.cypher').map((q) => [q.name, q.text]))(
    'when %s names a property in several languages, then it names every official language, in the vocabulary order',
    (_name, text) => {
      for (const [stem, languages] of languageSuffixes(text)) {
        if (languages.length < 2) continue;
        expect({ stem, languages }).toEqual({ stem, languages: [...OFFICIAL_LANGUAGES] });
      }
    },
  );
});

/** The vocabularies a literal list in the code may not copy. */
const VOCABULARIES = { relations: new Set<string>(EDGE_TYPES), bodies: new Set<string>(BODIES), languages: new Set<string>(OFFICIAL_LANGUAGES) };

/**
 * Lists that are knowledge of their own module, not a copy of the vocabulary: which languages
 * the interface is translated into is the client's (client/i18n.ts).
 */
const OWN_LISTS = ['client/i18n.ts: en, zh, fr'];

/** Each array literal of two or more strings of one vocabulary, as "file: a, b, c". */
export function vocabularyLists(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && node.elements.every(ts.isStringLiteral)) {
      const words = node.elements.map((element) => (element as ts.StringLiteral).text);
      if (Object.values(VOCABULARIES).some((vocabulary) => words.every((word) => vocabulary.has(word)))) {
        found.push(`${path.relative(root, fileName)}: ${words.join(', ')}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const codeFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });

describe('the code and the vocabulary', () => {
  it.each([
    ["const r = ['RECALLS', 'REAFFIRMS'];", 1],
    ["const b = ['GA', 'SC', 'HRC'] as const;", 1],
    ["f(['en', 'zh', 'fr', 'es', 'ru', 'ar']);", 1],
    ["const mixed = ['GA', 'en'];", 0],
    ["const one = ['RECALLS'];", 0],
    ["const words = ['recalls', 'reaffirms'];", 0],
  ])('when the code says %s, then the check finds %i lists', (text, count) => {
    expect(vocabularyLists(path.join(root, 'server/example.ts'), text)).toHaveLength(count);
  });

  it('when server/, ingest/ and client/ are parsed, then only the vocabulary module lists relations, bodies or languages', () => {
    const files = ['server', 'ingest', 'client'].flatMap((dir) => codeFiles(path.join(root, dir))).filter((file) => !file.endsWith(path.join('ingest', 'vocabulary.ts')));
    const found = files.flatMap((file) => vocabularyLists(file, fs.readFileSync(file, 'utf8'))).filter((list) => !OWN_LISTS.includes(list));
    expect(found).toEqual([]);
  });
});
