import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

/** Fills localStorage until not one more character fits (Chromium's real quota, no fake). */
function fillStorage(page: Page): Promise<void> {
  return page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i++) {
      try {
        localStorage.setItem(`filler:${i}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const storageFull = (page: Page) =>
  page.getByRole('status').filter({ hasText: "This device's storage is full" }).allTextContents();

describe('saves are never lost (Chromium localStorage quota)', () => {
  it('leaves a 3,000,000-character unreadable save where it is when it cannot be copied, and says so', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${game.url}?lang=en`);
    const unreadable = await page.evaluate(() => {
      const text = `{${'x'.repeat(2_999_999)}`;
      localStorage.setItem('byr:save:sample', text);
      return text.length;
    });
    expect(unreadable).toBe(3_000_000);
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=instant`);
    await page.getByText('no room left on this device to set it aside').waitFor();
    await page.locator('.choices button').first().click();
    await page.screenshot({ path: screenshotPath('save-kept-in-place-en') });
    const left = await page.evaluate(() => ({
      length: localStorage.getItem('byr:save:sample')?.length,
      aside: Object.keys(localStorage).filter((k) => k.startsWith('byr:aside:')),
    }));
    expect(left).toEqual({ length: 3_000_000, aside: [] });
    await page.close();
  });

  it('tells the player once, in a status message, when storage starts failing mid-game', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=instant`);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.getByRole('button', { name: /thanks/ }).waitFor();
    expect(await storageFull(page)).toEqual([]);
    await fillStorage(page);
    await page.getByRole('button', { name: /thanks/ }).click();
    await expect.poll(() => storageFull(page), { timeout: 20000 }).toHaveLength(1);
    await page.getByRole('button', { name: 'Open the chat' }).click();
    await page.getByRole('button', { name: 'Block and report Nox_77' }).click();
    expect(await storageFull(page)).toHaveLength(1);
    await page.screenshot({ path: screenshotPath('storage-full-en') });
    await page.getByRole('button', { name: 'Close this message' }).click();
    expect(await storageFull(page)).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});
