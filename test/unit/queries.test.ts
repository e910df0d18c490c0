import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { cypherDir, loadAllQueryFiles, loadQueryFiles } from '../../server/db/queries.ts';
import { queryText } from '../../server/db/run-query.ts';
import { NODE_FIELDS, querySchemas, readQuerySchemas, type QueryName } from '../../server/query-schemas.ts';

describe('named queries', () => {
  it('when cypher/ is loaded, then every query file has a schema and every schema a file', () => {
    const files = [...loadQueryFiles().keys()].sort();
    expect(files).toEqual(Object.keys(readQuerySchemas).sort());
  });

  it('when cypher/write/ is loaded, then every write query file has a schema (as write/<name>) and every such schema a file', () => {
    const files = [...loadQueryFiles(path.join(cypherDir, 'write')).keys()].map((name) => `write/${name}`).sort();
    expect(files.length).toBeGreaterThan(10);
    expect(files).toEqual(Object.keys(querySchemas).filter((name) => name.startsWith('write/')).sort());
  });

  it('when a query file is loaded, then it has a description', () => {
    for (const file of loadQueryFiles().values()) expect(file.description.length).toBeGreaterThan(10);
  });

  it('when a query is sent, then it is its file without the whole-line comments, every other line kept in order', () => {
    for (const [name, file] of loadAllQueryFiles()) {
      const sent = queryText(name as QueryName);
      expect(sent).not.toMatch(/^\s*\/\//m);
      expect(sent.split('\n')).toEqual(file.text.split('\n').filter((line) => !/^\s*\/\//.test(line)));
      expect(sent).toMatch(/\b(MATCH|RETURN|UNWIND|CALL|MERGE|CREATE)\b/);
    }
    expect(queryText('lineage-walk').length).toBeLessThan(loadAllQueryFiles().get('lineage-walk')!.text.length * 0.7);
  });

  it('when lineage-nodes returns its values as a list, then the list is NODE_FIELDS, in that order', () => {
    const text = loadQueryFiles().get('lineage-nodes')!.text;
    const listed = /RETURN collect\(\[([^\]]+)\]\) AS props/.exec(text)![1]!.split(',').map((value) => value.trim().replace(/^toString\((.+)\)$/, '$1').replace(/^p\./, ''));
    expect(listed).toEqual([...NODE_FIELDS]);
  });
});
