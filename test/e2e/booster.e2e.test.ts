import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { useSettings } from './chat-geometry.ts';

const game = useBuiltGame();
const DAY = 24 * 60 * 60 * 1000;
/** The booster's messages in order: manipulative or ordinary (src/content/data/checks.json, `booster`). */
const BOOSTER_ANSWERS = [false, true, false, true, false, true, true, false];

/** A page (a phone unless told) whose last finished story was `daysAgo` days ago (set once, as the game stores it). */
async function pageFinishedStory(
  browser: Browser,
  daysAgo: number,
  touch: boolean,
  viewport = { width: 360, height: 740 },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  await page.addInitScript(
    (lastStory) => {
      if (localStorage.getItem('byr:booster:dates') === null)
        localStorage.setItem('byr:booster:dates', JSON.stringify({ lastStory }));
    },
    Date.now() - daysAgo * DAY,
  );
  return page;
}

const feedback = (page: Page) => page.locator('.sort-feedback').textContent();

// The game (Phaser) may still be loading when the booster is chosen on Home: its first screen can take a while on a
// busy machine.
const LOADED = { timeout: 30_000 };

describe('the booster round', { timeout: 150_000 }, () => {
  it('is not offered 6 days after the last story; a week later Home offers it, and it is played by keyboard in ar', async () => {
    const early = await pageFinishedStory(game.browser, 6, false);
    await early.goto(`${game.url}?lang=ar&pacing=instant`);
    await early.getByRole('heading', { name: 'اختيار قصة' }).waitFor(LOADED);
    expect(await early.locator('.booster-offer').count()).toBe(0);
    await early.context().close();

    const page = await pageFinishedStory(game.browser, 8, false);
    await page.goto(`${game.url}?lang=ar&pacing=instant`);
    const offer = page.getByRole('region', { name: 'بعد أسبوع: جولة تذكير في 5 دقائق' });
    await offer.waitFor(LOADED);
    expect(await page.locator('main').getAttribute('dir')).toBe('rtl');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('booster-offer-ar-phone'), fullPage: true });

    await offer.getByRole('button', { name: 'بدء جولة التذكير' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'جولة تذكير: 8 رسائل جديدة' }).waitFor(LOADED);
    const answers = page.getByRole('group', { name: 'ما نوع هذه الرسالة؟' });
    for (let i = 0; i < BOOSTER_ANSWERS.length; i++) {
      await expect.poll(() => page.locator('.sort-progress').textContent()).toBe(`الرسالة ${i + 1} من 8`);
      if (i === 1) {
        expect(await violations(page)).toEqual([]);
        await page.screenshot({ path: screenshotPath('booster-round-ar-phone'), fullPage: true });
      }
      // "Manipulation" every time, by keyboard: half of the booster's messages are ordinary.
      await answers.getByRole('button', { name: 'تلاعب' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => feedback(page)).toMatch(/صحيح!|ليس تمامًا\./);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => feedback(page)).toContain('صنّفت 4 من 8');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.check-entry').textContent()).toContain('التذكير: 4 من 8');
    expect(await page.locator('.booster-offer').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('is played by touch in fr at 200 % text', async () => {
    const page = await pageFinishedStory(game.browser, 10, true);
    await useSettings(page, { textSize: 2 });
    await page.goto(`${game.url}?lang=fr&pacing=instant`);
    const offer = page.getByRole('region', { name: 'Une semaine après : un rappel de 5 minutes' });
    await offer.waitFor(LOADED);
    await offer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('booster-offer-fr-phone-200') });
    await offer.getByRole('button', { name: 'Commencer le rappel' }).tap();
    await page.getByRole('heading', { name: 'Rappel : 8 nouveaux messages' }).waitFor(LOADED);
    const answers = page.getByRole('group', { name: 'Quel genre de message est-ce ?' });
    for (const [i, manipulative] of BOOSTER_ANSWERS.entries()) {
      await answers.getByRole('button', { name: manipulative ? 'Manipulation' : 'Ordinaire' }).tap();
      await expect.poll(() => feedback(page)).toContain('Exact !');
      if (i === 3) await page.screenshot({ path: screenshotPath('booster-round-fr-phone-200'), fullPage: true });
      await page.getByRole('button', { name: i < 7 ? 'Message suivant' : 'Voir mon résultat' }).tap();
    }
    await expect.poll(() => feedback(page)).toContain('Tu as bien classé 8 messages sur 8.');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Retour aux histoires' }).tap();
    await expect.poll(() => page.locator('.check-entry').textContent()).toContain('Rappel : 8 sur 8');
    expect(await page.locator('.booster-offer').count()).toBe(0);
    await page.context().close();
  });

  it('"Pas maintenant" puts the offer away until the next story, on a school PC in the dark theme, high contrast', async () => {
    const later = await pageFinishedStory(game.browser, 9, true, { width: 1366, height: 768 });
    await useSettings(later, { theme: 'dark', contrast: 'high' });
    await later.goto(`${game.url}?lang=fr&pacing=instant`);
    await later.locator('.booster-offer').waitFor(LOADED);
    expect(await violations(later)).toEqual([]);
    await later.screenshot({ path: screenshotPath('booster-offer-fr-desktop-dark-contrast') });
    await later.getByRole('button', { name: 'Pas maintenant' }).tap();
    await expect.poll(() => later.locator('.notice').textContent()).toContain('Le rappel reste disponible');
    expect(await later.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await later.locator('.booster-offer').count()).toBe(0);
    await later.reload();
    await later.getByRole('heading', { name: 'Choisis une histoire' }).waitFor(LOADED);
    expect(await later.locator('.booster-offer').count()).toBe(0);
    await later.context().close();
  });
});
