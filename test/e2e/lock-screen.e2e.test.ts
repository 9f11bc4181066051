import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildFaces } from '../../tools/vite-plugin-faces.ts';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { unlock } from './play-helpers.ts';

const game = useBuiltGame();
/** Real pacing (fast) with several axe runs per page: more than the suite's default minute on a loaded machine. */
const SLOW = 180_000;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };

/** Opens a story past its content note (fast pacing: the lock screen shows, messages come quickly). */
async function toLockScreen(page: Page, story: string, lang: string): Promise<void> {
  await page.goto(`${game.url}?scenario=${story}&lang=${lang}&pacing=fast`);
  await page.locator('.note-screen .btn').first().click();
  await page.locator('.lock-screen .notification').first().waitFor({ timeout: 15000 });
}

/** Faces that were asked for and drew (an <img> that failed removes itself and leaves the initials). */
function loadedFaces(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(async (sel) => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>(`${sel} .avatar img`)];
    await Promise.all(imgs.map((i) => i.decode().catch(() => undefined)));
    return imgs.filter((i) => i.naturalWidth > 0).map((i) => new URL(i.src).pathname.replace(/^.*\/assets\//, ''));
  }, scope);
}

/** Elements that stick out of the 360 px screen sideways, or text cut inside its box. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.lock-screen *')) {
      if (!el.offsetParent || el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 || box.left < -1) out.push(`off screen: ${el.className}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`cut: ${el.className}`);
    }
    // A name squeezed into a narrow column wraps letter by letter: it must keep to a line or two.
    for (const name of document.querySelectorAll<HTMLElement>('.notification .from')) {
      const line = Number.parseFloat(getComputedStyle(name).lineHeight) || 24;
      if (name.getBoundingClientRect().height > 2.5 * line) out.push(`name wrapped: ${name.textContent}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('the page scrolls sideways');
    return out;
  });
}

describe('the lock screen', () => {
  it(
    'opens a new story on the lock screen; tapping a notification opens that chat (fr, phone); resuming skips it',
    async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      await toLockScreen(page, 'the-video', 'fr');
      const lock = page.locator('.lock-screen');
      expect(await page.getByRole('heading', { name: 'Écran verrouillé' }).count()).toBe(1);
      // Focus lands on the first notification; its name says the sender and the message. (More notifications keep
      // arriving while the phone is locked, Younes's next one included.)
      const first = page.getByRole('button', { name: /^Notification de Younes : qlq1 a fini l'exo 4/ });
      await first.waitFor();
      expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
      // The story clock (the first line says 21 h 10) and the date, also in the status bar.
      await expect.poll(() => lock.locator('.lock-clock').textContent()).toMatch(/^21:1\d$/);
      expect(await lock.locator('.lock-date').textContent()).toBe('13 octobre');
      expect(await page.locator('.status-bar .status-time').textContent()).toMatch(/^21:1\d$/);
      expect(await lock.locator('.notification time').first().textContent()).toMatch(/^ 21:1\d$/);
      expect(await loadedFaces(page, '.lock-screen'), 'faces on the notifications').not.toEqual([]);
      expect(await violations(page), 'axe on the lock screen').toEqual([]);
      await page.screenshot({ path: screenshotPath('lock-fr-phone') });
      // Tap a notification of the class chat (the lock screen keeps only the latest few, so Younes's first may be gone).
      await lock.locator('.notification[data-chat="classe"]').first().click();
      await lock.waitFor({ state: 'detached' });
      expect(await page.locator('#conversation-title').textContent()).toBe('3AC-2 📚 la classe');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('conversation-title');
      expect(await page.locator('.status-bar .status-time').textContent()).toMatch(/^\d\d:\d\d$/);
      await page.locator('.choices button').first().click();
      await page.locator('.bubble.out').first().waitFor();
      // Group bubbles show the sender's face beside the name.
      expect(await loadedFaces(page, '.feed'), 'faces in group bubbles').not.toEqual([]);
      await page.screenshot({ path: screenshotPath('chat-fr-phone') });
      // Resuming the saved story goes straight back to the chat.
      await page.goto(`${game.url}?lang=fr&pacing=fast`);
      await page.locator('.story-card[data-story="the-video"]').getByRole('button', { name: 'Continuer' }).click();
      await page.locator('.conversation .feed').first().waitFor();
      expect(await page.locator('.lock-screen').count(), 'no lock screen on resume').toBe(0);
      await page.close();
    },
    SLOW,
  );

  it(
    'works by keyboard in Arabic, right to left: Enter on the focused notification opens its chat',
    async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      await page.goto(`${game.url}?scenario=the-mentor&lang=ar&pacing=fast`);
      await page.locator('.note-screen .btn').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('.lock-screen .notification').first().waitFor({ timeout: 15000 });
      expect(await page.locator('.chat-screen').getAttribute('dir')).toBe('rtl');
      const papa = page.getByRole('button', { name: /^إشعار من بابا ?: / }).last();
      await expect.poll(() => papa.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await violations(page), 'axe on the Arabic lock screen').toEqual([]);
      await page.screenshot({ path: screenshotPath('lock-ar-phone') });
      await page.keyboard.press('Enter');
      await page.locator('.lock-screen').waitFor({ state: 'detached' });
      expect(await page.locator('#conversation-title').textContent()).toBe('العائلة 🏠');
      await page.locator('.feed .bubble').first().waitFor();
      await page.screenshot({ path: screenshotPath('chat-ar-phone') });
      await page.close();
    },
    SLOW,
  );

  it(
    'has no axe violations on the lock screen in fr, ar and en, light, dark and high contrast',
    async () => {
      for (const [lang, story] of [
        ['fr', 'the-squad'],
        ['ar', 'the-sisters'],
        ['en', 'my-friend'],
      ] as const) {
        const page = await game.browser.newPage({ viewport: PHONE, reducedMotion: 'reduce' });
        await toLockScreen(page, story, lang);
        // Reduced motion: notifications appear without sliding in.
        expect(
          await page
            .locator('.notifications li')
            .first()
            .evaluate((el) => getComputedStyle(el).animationName),
        ).toBe('none');
        for (const [theme, contrast] of [
          ['light', 'normal'],
          ['dark', 'normal'],
          ['light', 'high'],
          ['dark', 'high'],
        ]) {
          await page.evaluate(
            ([t, c]) => {
              document.documentElement.dataset.theme = t ?? '';
              document.documentElement.dataset.contrast = c ?? '';
            },
            [theme, contrast],
          );
          expect(await violations(page), `${lang} ${theme} ${contrast}`).toEqual([]);
        }
        await page.close();
      }
    },
    SLOW,
  );

  it(
    'fits 200 % text on a 360 px phone',
    async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      for (const lang of ['fr', 'ar'] as const) {
        await page.goto(`${game.url}?lang=${lang}`);
        await page.getByRole('button', { name: /Réglages|الإعدادات/ }).click();
        await page.getByRole('combobox', { name: lang === 'fr' ? 'Taille du texte' : 'حجم النص' }).selectOption('2');
        await page.keyboard.press('Escape');
        await toLockScreen(page, 'the-squad', lang);
        await page.locator('.lock-screen .notification').nth(1).waitFor({ timeout: 15000 });
        expect(await overflowing(page), `200 % text (${lang})`).toEqual([]);
        await page.screenshot({ path: screenshotPath(`lock-${lang}-phone-200`) });
      }
      await page.close();
    },
    SLOW,
  );

  it(
    'draws a face for every character of a story, each one loading in the browser',
    async () => {
      const page = await game.browser.newPage({ viewport: PHONE });
      await page.goto(`${game.url}?lang=fr`);
      const faces = buildFaces();
      const story = 'the-squad';
      const files = Object.entries(faces.avatars).filter(([key]) => key.startsWith(`${story}/`));
      expect(files.length).toBe(10);
      const sizes = await page.evaluate(
        (urls) =>
          Promise.all(
            urls.map(
              (u) =>
                new Promise<number>((done) => {
                  const img = new Image();
                  img.onload = () => done(img.naturalWidth);
                  img.onerror = () => done(0);
                  img.src = u;
                }),
            ),
          ),
        files.map(([, url]) => url),
      );
      expect(
        sizes.every((w) => w > 0),
        files.map(([k], i) => `${k}: ${sizes[i]}`).join(', '),
      ).toBe(true);
      // Home's covers: the first loads at once, the others lazily.
      const covers = page.locator('.story-card .cover');
      expect(await covers.first().getAttribute('loading')).toBe('eager');
      expect(await covers.nth(1).getAttribute('loading')).toBe('lazy');
      await page.screenshot({ path: screenshotPath('home-fr-phone') });
      await page.goto(`${game.url}?lang=ar`);
      await covers.first().waitFor();
      await page.screenshot({ path: screenshotPath('home-ar-phone') });
      await page.close();
    },
    SLOW,
  );

  it(
    'looks right on a desktop (fr): Home, lock screen and chat',
    async () => {
      const page = await game.browser.newPage({ viewport: DESKTOP });
      await page.goto(`${game.url}?lang=fr`);
      await page.locator('.story-card .cover').first().waitFor();
      await page.screenshot({ path: screenshotPath('home-fr-desktop') });
      await toLockScreen(page, 'the-video', 'fr');
      await page.screenshot({ path: screenshotPath('lock-fr-desktop') });
      await unlock(page);
      await page.locator('.choices button').first().waitFor({ timeout: 20000 });
      await page.screenshot({ path: screenshotPath('chat-fr-desktop') });
      await page.close();
    },
    SLOW,
  );
});
