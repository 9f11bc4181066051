import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { unlock } from './play-helpers.ts';

const game = useBuiltGame();

/** Passes the content note that comes before every new story. */
async function startStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.note-screen .btn').first().click();
}

/** Presses Tab until the focused element has this accessible text; fails after 40 presses. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

describe('the messaging feed', () => {
  it('plays the sample to an ending by keyboard only, with a banner and a badge for the other chat', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${game.url}?scenario=sample&lang=fr&pacing=instant`);
    await tabTo(page, "Commencer l'histoire");
    await page.keyboard.press('Enter');
    const log = page.getByRole('log', { name: 'Messages: Team Comète' });
    await expect.poll(() => log.textContent()).toContain("wsh t'as joué comme un pro");
    await tabTo(page, 'merci 😅');
    await page.keyboard.press('Enter');
    // Nox writes in a private chat while the player is in the group: a banner and an unread badge.
    const banner = page.getByRole('button', { name: /Nouveau message de Nox_77/ });
    await banner.waitFor();
    await page.screenshot({ path: screenshotPath('feed-fr-phone-banner') });
    await page.getByRole('button', { name: 'Retour aux discussions' }).click();
    await expect
      .poll(() => page.locator('[data-chat="nox_dm"] .badge').getAttribute('aria-label'))
      .toBe('3 messages non lus');
    await page.locator('li[data-chat="nox_dm"] button').focus();
    await page.keyboard.press('Enter');
    const dm = page.getByRole('log', { name: 'Messages: Nox_77' });
    await expect.poll(() => dm.textContent()).toContain('dis rien à Yanis');
    await tabTo(page, 'Bloquer et signaler Nox_77');
    await page.keyboard.press('Enter');
    await expect.poll(() => dm.textContent()).toContain('Tu as bloqué, et tu en as parlé à ta sœur.');
    expect(await dm.textContent()).toContain('Lina, ta grande sœur');
    await tabTo(page, "Voir ce qui s'est passé");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "Ce qui s'est passé" }).waitFor();
    await page.close();
  });

  it('keeps every message when the window goes from phone to desktop, and shows the list beside the chat', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 640 } });
    await startStory(page, `${game.url}?scenario=sample&lang=en&pacing=instant`);
    const log = page.getByRole('log', { name: 'Messages: Team Comet' });
    await expect.poll(() => log.locator('.bubble').count()).toBe(3);
    expect(await page.locator('.chat-list').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.locator('.chat-list').isVisible()).toBe(true);
    expect(await log.locator('.bubble').count()).toBe(3);
    expect(await log.textContent()).toContain('gg team');
    await page.screenshot({ path: screenshotPath('feed-en-desktop') });
    await page.close();
  });

  it('mirrors the layout in Arabic: the reply area and own bubbles on the left, text right to left', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startStory(page, `${game.url}?scenario=sample&lang=ar&pacing=instant`);
    const log = page.getByRole('log', { name: /فريق المذنّب/ });
    await expect.poll(() => log.textContent()).toContain('Nox_77');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('group', { name: 'ردّك' }).getByRole('button').first().click();
    const own = page.locator('.bubble.out').first();
    const incoming = page.locator('.bubble.in').first();
    await own.waitFor();
    const ownBox = await own.boundingBox();
    const inBox = await incoming.boundingBox();
    // In RTL, incoming messages sit on the right and the player's own on the left.
    expect(ownBox && inBox && ownBox.x < inBox.x).toBe(true);
    await page.screenshot({ path: screenshotPath('feed-ar-phone') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: screenshotPath('feed-ar-desktop') });
    await page.close();
  });

  it('paces messages with typing dots at normal speed, and instant pacing shows them at once', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startStory(page, `${game.url}?scenario=sample&lang=en&pacing=normal`);
    await unlock(page);
    await page.locator('.typing:not([hidden])').waitFor({ timeout: 10000 });
    expect(await page.locator('.bubble').count()).toBeLessThan(3);
    await startStory(page, `${game.url}?scenario=sample&lang=en&pacing=instant`);
    await expect.poll(() => page.locator('.bubble').count(), { timeout: 2000 }).toBe(3);
    // The "new messages" chip (shown when a message arrives while the player reads further up) takes its own row under
    // the feed: it never covers the newest message or date line.
    const gap = await page.evaluate(() => {
      const chip = document.querySelector<HTMLElement>('.new-chip');
      if (chip) chip.hidden = false;
      const feed = document.querySelector('.feed')?.getBoundingClientRect();
      const box = chip?.getBoundingClientRect();
      return feed && box && box.height > 0 ? box.top - feed.bottom : Number.NaN;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
