import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

/**
 * Issue 13: in "The mentor", the player's sad post is answered by a friend and the distress help card appears
 * before the recruiter writes. Played as a teen would, on a phone, in French and Arabic; screenshots for review.
 */

const game = useBuiltGame();

const SCRIPT = {
  fr: {
    start: "Commencer l'histoire",
    open: 'Ouvrir la discussion',
    night: 'wakha, bonne nuit',
    tired: 'rien, juste la fatigue',
  },
  ar: { start: 'بدء القصة', open: 'فتح المحادثة', night: 'واخا، تصبحو على خير', tired: 'والو، غير العيا' },
} as const;

async function choose(page: Page, lang: keyof typeof SCRIPT, option: string): Promise<void> {
  const choice = page.getByRole('button', { name: option, exact: true });
  const open = page.getByRole('button', { name: SCRIPT[lang].open });
  await expect.poll(async () => (await choice.count()) + (await open.count()), { timeout: 30_000 }).toBeGreaterThan(0);
  if ((await choice.count()) === 0) await open.first().click();
  await choice.click();
}

describe('the mentor: distress answered', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`shows Idir's check-in and the distress card (${lang}, phone)`, async () => {
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${game.url}?scenario=the-mentor&lang=${lang}&pacing=instant`);
      await page.getByRole('button', { name: SCRIPT[lang].start }).click();
      await page.getByRole('log').first().waitFor();
      await choose(page, lang, SCRIPT[lang].night);
      await choose(page, lang, SCRIPT[lang].tired);
      const card = page.locator('.card.help').filter({ hasText: 'Stop Silence' });
      await card.waitFor({ timeout: 30_000 });
      await card.scrollIntoViewIfNeeded();
      expect(await page.locator('.card.help').count()).toBe(1);
      await page.screenshot({ path: screenshotPath(`mentor-distress-card-${lang}-phone`) });
      await page.close();
    });
  }
});
