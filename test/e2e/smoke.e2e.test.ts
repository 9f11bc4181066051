import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, screenshotPath, serveDist } from './browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  console.log(`screenshots: ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built game', () => {
  it('ships the ink runtime only, never the compiler', () => {
    const code = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
      .join('\n');
    expect(code).toContain('inkVersion');
    expect(code).not.toMatch(/InkParser|Recursive INCLUDE|ParsedHierarchy/);
  });

  it('opens Home with no console errors and no request leaving the site', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(`${server.url}?lang=fr`);
    await page.getByRole('heading', { name: 'Choisis une histoire' }).waitFor();
    expect(await page.getByRole('button', { name: 'Commencer' }).count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('canvas').getAttribute('aria-hidden')).toBe('true');
    await page.screenshot({ path: screenshotPath('home-fr-phone') });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('falls back to Home with a notice for an unknown scenario, language or pacing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}?scenario=nope&lang=fr`);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /\S/ }).first().textContent())
      .toContain('Cette histoire est introuvable');
    await page.goto(`${server.url}?lang=xx`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toMatch(/language is not available|langue n'est pas disponible|اللغة غير متوفرة/);
    await page.close();
  });
});
