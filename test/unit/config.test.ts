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

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI: must look like bolt:\/\//],
    [{ CITEGRAPH_GRAPH: 'podman' }, /CITEGRAPH_GRAPH/],
    [{ CITEGRAPH_NEO4J_HEAP: 'lots' }, /CITEGRAPH_NEO4J_HEAP: must be a JVM size/],
  ])('when %o, then a ConfigError names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
