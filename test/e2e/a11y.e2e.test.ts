import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

const LABELS = {
  fr: {
    start: "Commencer l'histoire",
    open: 'Ouvrir la discussion',
    debrief: "Voir ce qui s'est passé",
    help: '? Aide',
    settings: 'Réglages',
  },
  ar: { start: 'بدء القصة', open: 'فتح المحادثة', debrief: 'مشاهدة ما حدث', help: '? مساعدة', settings: 'الإعدادات' },
  en: {
    start: 'Start the story',
    open: 'Open the chat',
    debrief: 'See what happened',
    help: '? Help',
    settings: 'Settings',
  },
} as const;

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const lang of ['fr', 'ar', 'en'] as const) {
    it(`has no violations on Home, Chat, Help, Settings and Debrief in ${lang}`, async () => {
      const l = LABELS[lang];
      const page = await game.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${game.url}?lang=${lang}`);
      await page.locator('.story-card').first().waitFor();
      expect(await violations(page), 'home').toEqual([]);

      await page.goto(`${game.url}?scenario=sample&lang=${lang}&pacing=instant`);
      await page.getByRole('button', { name: l.start }).click();
      await page.locator('.choices button').first().waitFor();
      await page.locator('.choices button').first().click();
      await page.getByRole('button', { name: l.open }).click();
      await page.locator('.flag-btn').first().click();
      expect(await violations(page), 'chat').toEqual([]);

      await page.getByRole('button', { name: l.help }).click();
      await page.getByRole('dialog').waitFor();
      expect(await violations(page), 'help').toEqual([]);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: l.settings }).click();
      await page.getByRole('dialog').waitFor();
      expect(await violations(page), 'settings').toEqual([]);
      await page.keyboard.press('Escape');

      await page.locator('.choices button').first().click();
      await page.getByRole('button', { name: l.debrief }).click();
      await page.locator('.debrief').waitFor();
      expect(await violations(page), 'debrief').toEqual([]);
      await page.screenshot({ path: screenshotPath(`debrief-${lang}-phone`), fullPage: true });
      await page.close();
    });
  }

  for (const [id, lang] of [
    ['the-squad', 'fr'],
    ['the-video', 'ar'],
    ['the-mentor', 'ar'],
    ['my-friend', 'en'],
    ['the-sisters', 'ar'],
  ] as const) {
    it(`has no violations in the chat of ${id} (${lang})`, async () => {
      const page = await game.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${game.url}?scenario=${id}&lang=${lang}&pacing=instant`);
      await page.getByRole('button', { name: LABELS[lang].start }).click();
      await page.locator('.choices button').first().waitFor();
      await page.locator('.choices button').first().click();
      await page.locator('.choices button, .choices .btn').first().waitFor();
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  it('has no violations on the teacher screens: class session, projector vote, before/after check', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${game.url}?teacher=1&lang=fr`);
    await page.locator('.story-card').first().waitFor();
    expect(await violations(page), 'home in teacher mode').toEqual([]);
    await page.getByRole('button', { name: /session de classe/ }).click();
    await page.locator('.teacher').waitFor();
    expect(await violations(page), 'class session').toEqual([]);
    await page.goto(`${game.url}?teacher=1&lang=ar`);
    await page
      .locator('.story-card[data-story="the-video"]')
      .getByRole('button', { name: 'اللعب على جهاز العرض' })
      .click();
    for (let i = 0; i < 40 && !(await page.locator('.vote-panel').count()); i++) await page.keyboard.press('n');
    await page.locator('.vote-panel').waitFor();
    // Let the last messages finish their arrival animation (axe measures colours mid-fade otherwise).
    await page.waitForTimeout(500);
    expect(await violations(page), 'projector vote').toEqual([]);
    await page.screenshot({ path: screenshotPath('projector-vote-ar') });
    await page.goto(`${game.url}?lang=en`);
    await page.getByRole('button', { name: 'Before playing: rate 6 messages' }).click();
    await page.locator('.sort-screen').waitFor();
    expect(await violations(page), 'check').toEqual([]);
    await page.close();
  });

  it('has no violations in dark and high-contrast themes', async () => {
    const page = await game.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=instant`);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.locator('.choices button').first().waitFor();
    expect(await violations(page), 'dark chat').toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset.contrast = 'high';
    });
    expect(await violations(page), 'high contrast chat').toEqual([]);
    await page.close();
  });
});
