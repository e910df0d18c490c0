// Growing past one machine: every read the API makes is a read transaction (in a cluster, the
// driver sends it to a follower), a read route refuses writes, the API works over a routing
// URI (neo4j://, what a cluster or Aura is reached by), a query whose connection is cut under it
// is asked again on another, and answers cached per API server are keyed by the graph's version,
// so an ingest is seen by the next request.
import net from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import { loadAllQueryFiles } from '../../server/db/queries.ts';
import { runQuery } from '../../server/db/run-query.ts';
import { Repository } from '../../server/repository.ts';
import { applySchema } from '../../server/db/schema.ts';
import { GraphWriter, type IngestableRecord } from '../../ingest/load/write.ts';
import { generateRecords } from '../bench/synthetic.ts';
import { wipeGraph } from '../support/dump.ts';
import { apiServers } from '../support/api-servers.ts';
import { testConnection, testDriver } from '../support/graph.ts';

let driver: Driver;
const database = () => testConnection().database;
const servers = apiServers();
const startApi = servers.start;
/** The test server's address with a routing scheme: Community answers routing-table requests for itself alone. */
const routingUri = () => testConnection().uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
const records = [...generateRecords({ documents: 300, seed: 9 })] as IngestableRecord[];
const FOUNDER = encodeURIComponent('A/RES/31/1');


/**
 * A TCP proxy to Neo4j's Bolt port that, once armed, cuts the next connection that sends
 * anything (both ends at once): what a cluster member that goes away does to a pooled connection.
 */
async function cuttingProxy(target: string) {
  const { hostname, port } = new URL(target.replace(/^[a-z+]+:/, 'http:'));
  const state = { cutNext: false, cuts: 0, connections: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    state.connections++;
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {}).on('close', () => sockets.delete(socket));
    }
    upstream.on('data', (chunk) => client.write(chunk)).on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk) => {
      if (!state.cutNext) return void upstream.write(chunk);
      state.cutNext = false;
      state.cuts++;
      client.destroy();
      upstream.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  });
}

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, cache: response.headers.get('citegraph-cache'), text: await response.text() };
};

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, database());
  await wipeGraph(driver, database());
  const writer = new GraphWriter(driver, database());
  await writer.writeGazetteer();
  await writer.writeRecords(records.slice(0, 150));
});

afterAll(async () => {
  await servers.closeAll();
  await driver.close();
});

describe('routing-aware reads', () => {
  it('when every named query is planned, then Neo4j classifies those of cypher/ as reads (a follower runs them) and the ingest writes as writes', async () => {
    const routed = createDriver({ ...testConnection(), uri: routingUri() });
    try {
      const kinds: Record<string, string> = {};
      for (const file of loadAllQueryFiles().values()) {
        const { summary } = await routed.executeQuery(`EXPLAIN ${file.text}`, {}, { database: database(), routing: 'READ' });
        kinds[file.name] = summary.queryType;
      }
      const reads = Object.entries(kinds).filter(([name]) => !name.startsWith('write/'));
      expect(reads.length).toBeGreaterThan(20);
      for (const [name, kind] of reads) expect(`${name}: ${kind}`).toBe(`${name}: r`);
      for (const name of ['write/nodes', 'write/citations-documents', 'write/graph-version', 'write/metadata', 'write/rank-scores']) expect(kinds[name]).toMatch(/w/);
    } finally {
      await routed.close();
    }
  });

  it('when a write goes on a read route over neo4j://, then Neo4j refuses it and nothing is written', async () => {
    const routed = createDriver({ ...testConnection(), uri: routingUri() });
    try {
      await expect(routed.executeQuery('CREATE (:RoutingProbe)', {}, { database: database(), routing: 'READ' })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
      // the way the API runs a named query on its own (Repository.run, an auto-commit read): a write query there is refused as well
      const session = routed.session({ database: database(), defaultAccessMode: neo4j.session.READ });
      try {
        await expect(runQuery(session, 'write/graph-version', {})).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
      } finally {
        await session.close();
      }
      const { records: [row] } = await routed.executeQuery('MATCH (p:RoutingProbe) RETURN count(p) AS n', {}, { database: database(), routing: 'READ' });
      expect(row?.get('n')).toBe(0);
    } finally {
      await routed.close();
    }
  });

  it('when the connection a query on its own runs on is cut, then the query is asked again on a new one and answers', async () => {
    const proxy = await cuttingProxy(testConnection().uri);
    const repository = new Repository({ ...testConnection(), uri: proxy.uri });
    try {
      const before = await repository.run('graph-version', {});
      proxy.cutNext = true; // the pooled connection dies as the next query goes out on it
      expect(await repository.run('graph-version', {})).toEqual(before);
      expect({ cuts: proxy.cuts, connections: proxy.connections }).toEqual({ cuts: 1, connections: 2 });
    } finally {
      await repository.close();
      proxy.close();
    }
  });

  it('when the API is given a neo4j:// URI, then it answers health, lineage and the console over it', async () => {
    const url = await startApi({ NEO4J_URI: routingUri() });
    const health = JSON.parse((await get(`${url}/api/health`)).text);
    expect(health.neo4j.uri).toBe(routingUri());
    expect(health.counts.documents).toBeGreaterThan(150);
    const lineage = await get(`${url}/api/lineage/${FOUNDER}?direction=descendants&depth=2`);
    expect(lineage.status).toBe(200);
    expect(JSON.parse(lineage.text).nodes.length).toBeGreaterThan(5);
    const refused = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'CREATE (:RoutingProbe) RETURN 1' }) });
    expect(refused.status).toBe(403);
  });
});

describe('the result cache, keyed by the graph version', () => {
  it('when the same lineage is asked twice, then the second answer is the cached one, byte for byte', async () => {
    const url = await startApi();
    const path = `${url}/api/lineage/${FOUNDER}?direction=descendants&depth=3&limit=500`;
    const first = await get(path);
    const second = await get(path);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.text).toBe(first.text);
  });

  it.each(['recalled-by', 'neighbourhood'])('when %s is asked twice, then the second answer is the cached one, byte for byte', async (route) => {
    const url = await startApi();
    const path = `${url}/api/${route}/${FOUNDER}`;
    const first = await get(path);
    const second = await get(path);
    expect(first.status).toBe(200);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.text).toBe(first.text);
  });

  it('when an ingest commits between two asks, then the second is computed again and shows the new documents', async () => {
    const url = await startApi();
    const path = `${url}/api/lineage/${FOUNDER}?direction=descendants&depth=1&limit=2000`;
    const before = await get(path);
    expect((await get(path)).cache).toBe('hit');
    await new GraphWriter(driver, database()).writeRecords(records.slice(150));
    const after = await get(path);
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.text).nodes.length).toBeGreaterThan(JSON.parse(before.text).nodes.length);
  });

  it('when the graph has no version (nothing that keeps one wrote it), then nothing is cached', async () => {
    const url = await startApi();
    await driver.executeQuery('MATCH (v:GraphVersion) DELETE v', {}, { database: database() });
    const path = `${url}/api/lineage/${FOUNDER}?direction=ancestors&depth=1`;
    expect([(await get(path)).cache, (await get(path)).cache]).toEqual([null, null]);
  });

  it('when the cache is turned off, then answers are computed every time', async () => {
    await new GraphWriter(driver, database()).writeGazetteer(); // a version again
    const url = await startApi({ CITEGRAPH_RESULT_CACHE_ENTRIES: '0' });
    const path = `${url}/api/lineage/${FOUNDER}?direction=ancestors&depth=2`;
    const [first, second] = [await get(path), await get(path)];
    expect([first.cache, second.cache]).toEqual([null, null]);
    expect(second.text).toBe(first.text);
  });
});
