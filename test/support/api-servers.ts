// API servers on port 0 against the test graph, for the suites that talk HTTP to it: each
// started one is kept, so that the suite's afterAll closes every one of them.
import type { Server } from 'node:http';
import { serve } from '../../server/cli.ts';
import { ensureGraph } from '../../server/db/graph.ts';
import type { Repository } from '../../server/repository.ts';
import { externalTestConfig } from './graph.ts';

export function apiServers() {
  const running: { server: Server; repository: Repository }[] = [];
  return {
    /** Starts a server with these environment settings on top of the test graph's; returns its URL. */
    async start(env: Record<string, string> = {}): Promise<string> {
      const config = externalTestConfig({ HOST: '127.0.0.1', ...env });
      const started = await serve(config, await ensureGraph(config));
      running.push(started);
      return started.url;
    },
    /** Keeps a server started some other way (on a graph of its own), to be closed with the rest. */
    keep(started: { server: Server; repository: Repository }): void {
      running.push(started);
    },
    async closeAll(): Promise<void> {
      for (const { server, repository } of running.splice(0)) {
        server.close();
        await repository.close();
      }
    },
  };
}
