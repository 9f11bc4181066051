import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { facesPlugin } from './tools/vite-plugin-faces.ts';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

// The environment comes from the file name: *.test.ts in Node, *.dom.test.ts in jsdom, e2e/*.e2e.test.ts in Chromium.
export default defineConfig({
  plugins: [inkPlugin(), facesPlugin()],
  test: {
    // Vitest's default is one worker fewer than the cores: on a two-core machine (CI's) that is one test file at a
    // time for the whole run. Browser-test files mostly wait on Chromium and unit files on nothing else, so two at a
    // time (or one per core on bigger machines) keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
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
          // Story compiles and walks share the cores with a browser-test file: give them room (not a timing check).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/**/*.dom.test.ts'], environment: 'jsdom', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 60000,
          // One Chromium and one server of dist/ for the whole run (test/e2e/global-setup.ts).
          globalSetup: ['test/e2e/global-setup.ts'],
          // Test files of a worker share its imported modules (Playwright, axe, helpers: all stateless), instead of
          // importing them again for every file.
          isolate: false,
          // Files run side by side (each opens its own pages on the shared browser and has its own temp folders;
          // nothing else shared but test-results/). Tests inside a file still run in order.
          fileParallelism: true,
        },
      },
    ],
  },
});
