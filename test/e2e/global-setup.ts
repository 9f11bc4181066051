import type { TestProject } from 'vitest/node';
import { launchBrowserServer, serveDist } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built game served once for the whole browser-test run (`vite preview` of dist/). */
    byrGameUrl: string;
    /** One Chromium for the whole run: each test file connects to it and opens its own contexts and pages. */
    byrBrowserWs: string;
  }
}

/**
 * Vitest's global setup for the browser tests: one Chromium and one server of the built game, shared by every test
 * file (each file still gets its own pages, and `browser.close()` in a file only disconnects it). Starting them once
 * instead of once per file saves a browser launch and a Vite config load per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveDist();
  const browser = await launchBrowserServer();
  project.provide('byrGameUrl', server.url);
  project.provide('byrBrowserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
