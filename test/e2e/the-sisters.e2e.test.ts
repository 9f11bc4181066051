import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

/** Opens the fifth story past its content note, messages shown at once. */
async function startSisters(page: Page, lang: 'fr' | 'ar'): Promise<void> {
  await page.goto(`${game.url}?scenario=the-sisters&lang=${lang}&pacing=instant`);
  await page.locator('.note-screen .btn').first().click();
}

/** Takes the first reply (or "open the chat") until the chat whose log name matches is on screen; 12 steps at most. */
async function playUntilChat(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const first = page.locator('.choices button').first();
    await first.waitFor();
    if ((await page.getByRole('log', { name }).count()) > 0) return;
    await first.click();
  }
  throw new Error(`never reached the chat ${name}`);
}

const CASES = [
  { lang: 'fr', dir: 'ltr', checkin: 'ça va vraiment ?', distress: 'Stop Silence', group: 'Lily Sisters' },
  { lang: 'ar', dir: 'rtl', checkin: 'واش نتي لاباس بالصح؟', distress: 'Stop Silence', group: 'Lily Sisters' },
] as const;

describe('the sisters (fifth story) on a phone', () => {
  for (const c of CASES) {
    it(`answers the distress line with a check-in and the distress card, then reaches the sisters' group (${c.lang})`, async () => {
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await startSisters(page, c.lang);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(c.dir);
      const help = page.locator('.card.help').first();
      await help.waitFor();
      expect(await help.textContent()).toContain(c.distress);
      const log = page.getByRole('log').first();
      expect(await log.textContent()).toContain(c.checkin);
      // The card sits inside the phone's width: nothing runs off the screen.
      const box = await help.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
      await help.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`the-sisters-${c.lang}-phone-distress`) });

      // The photo choice, the video, Meryem's birthday invitation: then the group, with its first red flag.
      await playUntilChat(page, new RegExp(c.group));
      const group = page.getByRole('log', { name: new RegExp(c.group) });
      expect(await group.locator('.bubble').count()).toBeGreaterThan(4);
      // Usernames stay in Latin letters: in Arabic the bubble still reads right to left, and the name clears the flag.
      const bubble = group.locator('.bubble.in').first();
      expect(await bubble.evaluate((b) => getComputedStyle(b).direction)).toBe(c.dir);
      const name = await bubble.locator('.sender').boundingBox();
      const flag = await bubble.locator('.flag-btn').boundingBox();
      const apart = name && flag && (name.x >= flag.x + flag.width || name.x + name.width <= flag.x);
      expect(apart, 'the sender name overlaps the red-flag button').toBe(true);
      await page.screenshot({ path: screenshotPath(`the-sisters-${c.lang}-phone-group`) });
      await page.close();
    });
  }
});
