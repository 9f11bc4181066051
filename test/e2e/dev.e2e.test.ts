import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';

let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
});

afterAll(async () => {
  await server?.close();
});

describe('npm run dev', () => {
  it('serves a game that starts with no page error and plays the sample', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const url = server.resolvedUrls?.local[0];
      await page.goto(`${url}?scenario=sample&lang=en&pacing=instant`);
      await page.getByRole('button', { name: 'Start the story' }).click({ timeout: 30000 });
      await expect.poll(() => page.getByRole('log').first().textContent(), { timeout: 15000 }).toContain('Nox_77');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
