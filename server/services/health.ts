// Use case: is the graph there, which one is it, and how big.
import type { Repository } from '../repository.ts';
import { redactUri } from '../db/driver.ts';

export async function health(repository: Repository) {
  const [info, [counts]] = await Promise.all([repository.serverInfo(), repository.run('health', {})]);
  return {
    status: 'ok' as const,
    neo4j: { uri: redactUri(repository.connection.uri), address: info.address, version: info.version, database: info.database, browser: repository.connection.browserUrl ?? null },
    counts: counts ?? { documents: 0, instruments: 0, relationships: 0 },
  };
}
