// The test graph from test/global-setup.ts, for tests of the "graph" project.
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDriver, type Connection } from '../../server/db/driver.ts';

export const testGraph = () => inject('graph');

export const testConnection = (): Connection => {
  const { uri, user, password, database } = testGraph();
  return { uri, user, password, database };
};

/** A Config that names the test server as an external one (NEO4J_URI), as a user would. */
export function externalTestConfig(extra: Record<string, string> = {}): Config {
  const { uri, user, password, database, browserUrl } = testGraph();
  return loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database ?? '', PORT: '0', ...(browserUrl ? { CITEGRAPH_NEO4J_BROWSER_URL: browserUrl } : {}), ...extra });
}

export const testDriver = () => createDriver(testConnection());
