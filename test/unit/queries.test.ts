import { describe, expect, it } from 'vitest';
import { loadQueryFiles } from '../../server/db/queries.ts';
import { querySchemas } from '../../server/query-schemas.ts';

describe('named queries', () => {
  it('when cypher/ is loaded, then every query file has a schema and every schema a file', () => {
    const files = [...loadQueryFiles().keys()].sort();
    expect(files).toEqual(Object.keys(querySchemas).sort());
  });

  it('when a query file is loaded, then it has a description', () => {
    for (const file of loadQueryFiles().values()) expect(file.description.length).toBeGreaterThan(10);
  });
});
