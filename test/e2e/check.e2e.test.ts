import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

/** Answers every message of a check by keyboard ("Manipulation" each time) and returns to Home. */
async function takeCheck(page: Page, start: string): Promise<void> {
  await page.getByRole('button', { name: start }).focus();
  await page.keyboard.press('Enter');
  // Played alone, the answers stay on this device, and the intro says so.
  await page.getByText('No score is recorded outside this device.').waitFor();
  const answers = page.getByRole('group', { name: 'What kind of message is it?' });
  for (let i = 0; i < 6; i++) {
    await answers.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sort-feedback').textContent()).toMatch(/Right!|Not quite\./);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Back to the stories' }).focus();
  await page.keyboard.press('Enter');
}

describe('the before/after check', () => {
  it('rates 6 messages before and 6 different ones after, and shows both results on Home', async () => {
    const page = await game.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${game.url}?lang=en`);
    expect(await page.getByRole('button', { name: 'After playing: rate 6 new messages' }).count()).toBe(0);
    await takeCheck(page, 'Before playing: rate 6 messages');
    await expect.poll(() => page.locator('.check-entry').textContent()).toContain('Before: 3 of 6');
    await takeCheck(page, 'After playing: rate 6 new messages');
    await expect.poll(() => page.locator('.check-entry').textContent()).toMatch(/Before: 3 of 6 · After: 3 of 6/);
    await page.screenshot({ path: screenshotPath('check-results-en-phone'), fullPage: true });
    await page.close();
  });
});
