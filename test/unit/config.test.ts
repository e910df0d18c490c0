import { describe, expect, it } from 'vitest';
import { ConfigError, NEO4J_VERSION, loadConfig } from '../../server/config.ts';

describe('configuration', () => {
  it('when nothing is set, then the defaults name a managed Neo4j on loopback', () => {
    const config = loadConfig({});
    expect(config.external).toBeUndefined();
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.managed.boltPort).toBe(7687);
    expect(config.managed.version).toBe(NEO4J_VERSION);
    expect(config.managed.cacheDir).toMatch(/citegraph$/);
  });

  it('when NEO4J_URI is set, then it is the external server with its credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'un' });
    expect(config.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'un' });
  });

  it.each(['bolt://10.0.0.5:7687', 'bolt+s://db.example.org', 'bolt+ssc://db.example.org:7687', 'neo4j://127.0.0.1:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j+ssc://cluster.internal'])(
    'when NEO4J_URI is %s (direct or routing, with or without TLS), then it is taken',
    (uri) => expect(loadConfig({ NEO4J_URI: uri }).external?.uri).toBe(uri),
  );

  it('when the result cache is not configured, then it holds 2,000 answers or 128 MB; 0 entries turns it off', () => {
    expect(loadConfig({}).resultCache).toEqual({ maxEntries: 2000, maxBytes: 128 * 2 ** 20 });
    expect(loadConfig({ CITEGRAPH_RESULT_CACHE_ENTRIES: '0', CITEGRAPH_RESULT_CACHE_MB: '16' }).resultCache).toEqual({ maxEntries: 0, maxBytes: 16 * 2 ** 20 });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ CITEGRAPH_RESULT_CACHE_MB: '-1' }, /CITEGRAPH_RESULT_CACHE_MB/],
    [{ PORT: '70000' }, /PORT/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI: must look like bolt:\/\//],
    [{ CITEGRAPH_GRAPH: 'podman' }, /CITEGRAPH_GRAPH/],
    [{ CITEGRAPH_NEO4J_HEAP: 'lots' }, /CITEGRAPH_NEO4J_HEAP: must be a JVM size/],
  ])('when %o, then a ConfigError names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
