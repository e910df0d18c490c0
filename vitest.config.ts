// Two projects: "unit" needs nothing but Node (extraction, pure logic);
// "graph" (with the browser tests of test/e2e) shares one real Neo4j;
// it gets a throw-away Neo4j from test/global-setup.ts and runs
// its files one at a time, since Community Edition has a single user database.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/extract/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'graph',
          include: ['test/graph/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
