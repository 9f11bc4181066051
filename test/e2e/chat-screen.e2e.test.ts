import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { controlContrasts, overflowing } from './chat-geometry.ts';
import { unlock } from './play-helpers.ts';
import { openStory as open, playThrough } from './playthrough.ts';

const game = useBuiltGame();

const PHONE = { width: 360, height: 740 };
const openStory = (page: Page, scenario: string, lang: string, look = {}) => open(page, game.url, scenario, lang, look);

describe('the conversation, as a sighted player sees it', () => {
  for (const look of [
    { name: 'light', theme: 'light' },
    { name: 'dark', theme: 'dark' },
    { name: 'high-contrast', theme: 'light', contrast: 'high' },
  ] as const) {
    it(`gives every visible control readable text, the ending button included (${look.name})`, async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      await openStory(page, 'sample', 'fr', look);
      const failures = [...(await controlContrasts(page))];
      await page.getByRole('button', { name: 'merci 😅' }).click();
      failures.push(...(await controlContrasts(page)));
      await page.getByRole('button', { name: /Nouveau message de Nox_77/ }).click();
      await page.getByRole('button', { name: 'Bloquer et signaler Nox_77' }).click();
      const toEnding = page.getByRole('button', { name: "Voir ce qui s'est passé" });
      await toEnding.waitFor();
      failures.push(...(await controlContrasts(page)));
      await page.getByRole('button', { name: /Retour aux discussions/ }).click();
      failures.push(...(await controlContrasts(page)));
      await page.locator('li[data-chat="nox_dm"] button').click();
      await page.screenshot({ path: screenshotPath(`chat-ending-button-fr-phone-${look.name}`) });
      expect(failures).toEqual([]);
      await page.close();
    });
  }
});

describe('the chat list and unread messages on a phone', () => {
  for (const c of [
    { lang: 'fr', look: {} },
    { lang: 'ar', look: {} },
    { lang: 'fr', look: { textSize: 2 } },
    { lang: 'ar', look: { textSize: 2 } },
  ] as const) {
    const name = `${c.lang}${c.look.textSize ? '-200' : ''}`;
    it(`fits every row and control in 360 px, previews end with an ellipsis (${name})`, async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      await openStory(page, 'my-friend', c.lang, c.look);
      // Play a few choices so several chats have long last lines and unread badges.
      let seen = 0;
      await playThrough(page, async () => {
        seen++;
        if (seen < 4) return;
        await page.locator('.conversation .back').click();
        await page.screenshot({ path: screenshotPath(`chat-list-${name}-phone`) });
        expect(await overflowing(page)).toEqual([]);
        const previews = await page
          .locator('.chat-list li:not([hidden]) .last')
          .evaluateAll((els) =>
            els.map((el) => ({ cut: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).textOverflow })),
          );
        for (const p of previews) if (p.cut) expect(p.overflow).toBe('ellipsis');
        throw new Error('done');
      }).catch((e: unknown) => {
        if (!(e instanceof Error && e.message === 'done')) throw e;
      });
      expect(seen).toBe(4);
      await page.close();
    });
  }

  for (const c of [
    { story: 'my-friend', lang: 'fr' },
    { story: 'the-video', lang: 'ar' },
  ] as const) {
    it(`opens every chat tapped in a banner at its first unread message, however long the chat (${c.story} ${c.lang})`, async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      await openStory(page, c.story, c.lang);
      const composer = page.locator('.conversation .composer:not([hidden])');
      const wrong: string[] = [];
      let opened = 0;
      let below = 0;
      for (let step = 0; step < 80; step++) {
        await composer.locator('button').first().waitFor();
        const banner = page.locator('button.banner');
        if (await banner.count()) {
          await banner.click();
          // A banner still showing for a chat the player has since read opens it with nothing unread.
          if ((await page.locator('.conversation .unread-sep').count()) === 0) continue;
          const at = await unreadPlace(page);
          opened++;
          // The chat had more above its new messages than the screen holds: opening at the end would hide the divider.
          if (at.above > at.feedHeight) below++;
          if (at.sepTop < -1 || at.firstBottom > at.feedHeight + 1)
            wrong.push(
              `${at.title}: divider at ${at.sepTop}px, first unread ends at ${at.firstBottom}px of ${at.feedHeight}px`,
            );
          if (opened === 2)
            await page.screenshot({ path: screenshotPath(`chat-banner-unread-${c.story}-${c.lang}-phone`) });
          continue;
        }
        if (await composer.locator('.btn').count()) break;
        await composer.locator('.choices > button').first().click();
      }
      expect(wrong).toEqual([]);
      expect(opened).toBeGreaterThan(2);
      expect(below).toBeGreaterThan(0);
      await page.close();
    }, 180_000);
  }

  it('opens a chat from a banner at its first unread message, below an "N unread" divider', async () => {
    const page = await game.browser.newPage({ viewport: PHONE });
    await openStory(page, 'sample', 'fr');
    await page.getByRole('button', { name: 'merci 😅' }).click();
    // The back arrow says how many messages wait in the other chats.
    await expect
      .poll(() => page.locator('.conversation .back').getAttribute('aria-label'))
      .toBe('Retour aux discussions, 3 messages non lus ailleurs');
    expect(await page.locator('.conversation .back .badge').isVisible()).toBe(true);
    await page.getByRole('button', { name: /Nouveau message de Nox_77/ }).click();
    const divider = page.getByRole('separator', { name: '3 messages non lus' });
    await divider.waitFor();
    const place = await page.evaluate(() => {
      const feed = document.querySelector('.conversation .feed')?.getBoundingClientRect();
      const sep = document.querySelector('.conversation .unread-sep');
      const first = sep?.nextElementSibling?.getBoundingClientRect();
      const box = sep?.getBoundingClientRect();
      return {
        feedTop: feed?.top ?? 0,
        feedBottom: feed?.bottom ?? 0,
        sepTop: box?.top ?? -1,
        firstBottom: first?.bottom ?? -1,
      };
    });
    expect(place.sepTop).toBeGreaterThanOrEqual(place.feedTop - 1);
    expect(place.firstBottom).toBeLessThanOrEqual(place.feedBottom + 1);
    await page.screenshot({ path: screenshotPath('chat-unread-divider-fr-phone') });
    await page.close();
  });
});

/** Where the open chat's "N unread" divider and the first unread message sit in its feed (px from the feed's top). */
function unreadPlace(page: Page) {
  return page.evaluate(() => {
    const feed = document.querySelector<HTMLElement>('.conversation .feed');
    const sep = feed?.querySelector<HTMLElement>('.unread-sep');
    if (!feed || !sep) throw new Error('no unread divider in the open chat');
    const top = feed.getBoundingClientRect().top;
    const first = sep.nextElementSibling?.getBoundingClientRect();
    return {
      title: document.getElementById('conversation-title')?.textContent ?? '',
      feedHeight: feed.clientHeight,
      above: Math.round(sep.getBoundingClientRect().top - top + feed.scrollTop),
      sepTop: Math.round(sep.getBoundingClientRect().top - top),
      firstBottom: Math.round((first?.bottom ?? 0) - top),
    };
  });
}

describe('waits and the content note', () => {
  it('skips the current wait with Space on the feed or a tap, and the feed says how', async () => {
    const page = await game.browser.newPage({ viewport: PHONE });
    await page.goto(`${game.url}?scenario=sample&lang=fr&pacing=relaxed`);
    await page.getByRole('button', { name: "Commencer l'histoire" }).click();
    await unlock(page);
    const log = page.getByRole('log', { name: 'Messages: Team Comète' });
    await page.locator('.typing:not([hidden])').waitFor();
    expect(await page.locator('.typing .skip-hint').textContent()).toBe('touche pour passer');
    const described = await log.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? ''));
    expect(described).not.toBeNull();
    // The key press shows the awaited message at once: counted in the same task, no waiting involved.
    const shown = await log.evaluate((el) => {
      const before = el.querySelectorAll('.item').length;
      el.focus();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      return el.querySelectorAll('.item').length - before;
    });
    expect(shown).toBeGreaterThanOrEqual(1);
    // A tap skips a wait in progress: wait for the next one to begin (the skip ends the first at once).
    await page.locator('.typing:not([hidden])').waitFor();
    const tapped = await log.evaluate((el) => {
      const before = el.querySelectorAll('.item').length;
      (el as HTMLElement).click();
      return el.querySelectorAll('.item').length - before;
    });
    expect(tapped).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('shows the content note once: a language switch before the first choice goes straight back to the chat', async () => {
    const page = await game.browser.newPage({ viewport: PHONE });
    await page.goto(`${game.url}?scenario=sample&lang=fr&pacing=instant`);
    await page.getByRole('button', { name: "Commencer l'histoire" }).click();
    await page.getByRole('log').first().waitFor();
    await page.getByRole('button', { name: /Réglages/ }).click();
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
    await page.keyboard.press('Escape');
    await page.getByRole('log', { name: /فريق المذنّب/ }).waitFor();
    expect(await page.locator('.note-screen').count()).toBe(0);
    await page.close();
  });
});
