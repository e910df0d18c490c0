import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { cypherDir, loadQueryFiles } from '../../server/db/queries.ts';
import { NODE_FIELDS, querySchemas, readQuerySchemas } from '../../server/query-schemas.ts';

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

  it('when lineage-nodes returns its values as a list, then the list is NODE_FIELDS, in that order', () => {
    const text = loadQueryFiles().get('lineage-nodes')!.text;
    const listed = /RETURN collect\(\[([^\]]+)\]\) AS props/.exec(text)![1]!.split(',').map((value) => value.trim().replace(/^toString\((.+)\)$/, '$1').replace(/^p\./, ''));
    expect(listed).toEqual([...NODE_FIELDS]);
  });
});
