import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createTempDir, type Running, startApp } from '../server/helpers.ts';
import { launchBrowser } from './browser.ts';

/**
 * For a test file: the real class-session service on a throwaway SQLite file, serving the built game next to the API
 * (as `npm run serve` does), and a browser; both stopped and the file removed after the file's tests.
 */
export function useService(): { readonly browser: Browser; readonly url: string } {
  const temp = createTempDir();
  const state: { browser?: Browser; service?: Running } = {};
  beforeAll(async () => {
    state.service = await startApp({ dbPath: temp.dbPath(), distDir: 'dist' });
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.service?.close();
    temp.remove();
  });
  return {
    get browser() {
      if (!state.browser) throw new Error('the browser starts in beforeAll');
      return state.browser;
    },
    get url() {
      if (!state.service) throw new Error('the service starts in beforeAll');
      return state.service.url;
    },
  };
}
