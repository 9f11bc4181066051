import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

const LABELS = {
  fr: {
    start: "Commencer l'histoire",
    open: 'Ouvrir la discussion',
    debrief: "Voir ce qui s'est passé",
    card: "Si tu te sens mal : qui peut t'aider",
    heading: "Où trouver de l'aide",
    feelBad: 'Si tu te sens mal',
    close: 'Fermer',
  },
  ar: {
    start: 'بدء القصة',
    open: 'فتح المحادثة',
    debrief: 'مشاهدة ما حدث',
    card: 'عند الشعور بالضيق: من يمكنه المساعدة',
    heading: 'أين توجد المساعدة',
    feelBad: 'عند الشعور بالضيق',
    close: 'إغلاق',
  },
  en: {
    start: 'Start the story',
    open: 'Open the chat',
    debrief: 'See what happened',
    card: 'If you feel bad: who can help',
    heading: 'Where to get help',
    feelBad: 'If you feel bad',
    close: 'Close',
  },
} as const;

type Labels = (typeof LABELS)[keyof typeof LABELS];

/** Takes the first option (opening chats from banners) until `done` is visible; fails after 80 steps. */
async function playUntil(page: Page, l: Labels, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await done()) return;
    const open = page.getByRole('button', { name: l.open });
    if (await open.count()) await open.first().click();
    const choice = page.locator('.choices button').first();
    await choice.waitFor({ timeout: 10000 });
    if (await done()) return;
    await choice.click();
  }
  throw new Error('never got there');
}

describe('distress card in the mentor scenario', () => {
  for (const lang of ['fr', 'ar', 'en'] as const) {
    it(`shows a check-in and the distress card, which opens help at "If you feel bad", and the debrief card (${lang})`, async () => {
      const l = LABELS[lang];
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${game.url}?scenario=the-mentor&lang=${lang}&pacing=instant`);
      await page.getByRole('button', { name: l.start }).click();
      const card = page.locator('.card.help.distress');
      await playUntil(page, l, async () => (await card.count()) > 0);
      await card.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`distress-card-${lang}-phone`) });
      await card.first().getByRole('button', { name: l.card }).click();
      const dialog = page.getByRole('dialog', { name: l.heading });
      await dialog.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(l.feelBad);
      await dialog.getByRole('button', { name: l.close }).click();
      await playUntil(page, l, async () => (await page.getByRole('button', { name: l.debrief }).count()) > 0);
      await page.getByRole('button', { name: l.debrief }).click();
      await page.locator('.debrief').waitFor();
      expect(await page.locator('.debrief .card.help.distress').getByRole('button', { name: l.card }).count()).toBe(1);
      await page.close();
    });
  }
});
