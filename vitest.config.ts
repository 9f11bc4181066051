import { defineConfig } from 'vitest/config';
import { facesPlugin } from './tools/vite-plugin-faces.ts';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

// The environment comes from the file name: *.test.ts in Node, *.dom.test.ts in jsdom, e2e/*.e2e.test.ts in Chromium.
export default defineConfig({
  plugins: [inkPlugin(), facesPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.dom.test.ts', 'test/e2e/**'],
          environment: 'node',
          // One throwaway PostgreSQL cluster for the run, started by the first service test that needs it.
          globalSetup: ['test/server/postgres-setup.ts'],
          // The first service test to start that cluster waits for initdb, slow on a busy machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/**/*.dom.test.ts'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 60000,
          // Files run side by side (each has its own browser, server and temp folders; nothing shared but
          // test-results/): a browser test spends much of its time waiting on the page, so two at once on a two-core
          // machine finish sooner than one after the other. Tests inside a file still run in order.
          fileParallelism: true,
        },
      },
    ],
  },
});
