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
  it('loads with no console errors and plays the sample scenario to an ending by keyboard', async () => {
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
    await page.goto(`${server.url}?scenario=sample&lang=fr`);
    const log = page.getByRole('log');
    await expect.poll(() => log.textContent()).toContain('Nox_77');
    const replies = page.getByRole('group', { name: 'Ta réponse' });
    await replies.getByRole('button').first().waitFor();
    // Keyboard only: the first reply has focus after each turn.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await replies.getByRole('button', { name: 'Bloquer et signaler Nox_77' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => log.textContent()).toContain('Tu as bloqué, et tu en as parlé à ta sœur.');
    await page.screenshot({ path: screenshotPath('sample-fr-phone'), fullPage: true });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('plays in Arabic, right to left', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}?scenario=sample&lang=ar`);
    await expect.poll(() => page.getByRole('log').textContent()).toContain('Nox_77');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByRole('group', { name: 'ردّك' }).getByRole('button').first().click();
    await page.screenshot({ path: screenshotPath('sample-ar-desktop'), fullPage: true });
    await page.close();
  });
});
