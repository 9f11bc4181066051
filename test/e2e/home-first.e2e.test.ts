import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { holdBack } from './play-helpers.ts';
import { gameCsp, serveStatic } from './static-server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const game = useBuiltGame();

/** The game's chunk (Phaser and the scenes) and the app's entry. */
const GAME_CHUNK = /\/assets\/game-[\w-]+\.js$/;
const APP_ENTRY = /\/assets\/index-[\w-]+\.js$/;

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => {
    const run = (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<unknown> } }).axe.run;
    return run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
  });
  const { violations } = result as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    });

describe('Home before Phaser', () => {
  it('shows Home, Help, Leave and the languages while the game is still loading; the story starts once it arrives', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    const gate = await holdBack(page, GAME_CHUNK);
    await page.goto(`${game.url}?lang=fr&pacing=instant`);
    await gate.held;
    const card = page.locator('.story-card[data-story="the-video"]');
    await card.getByRole('heading').waitFor();
    expect(await page.locator('#stage canvas').count(), 'Phaser is not there yet').toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Avant de répondre');
    expect(await axe(page), 'axe on Home before Phaser').toEqual([]);
    // Home's title has focus; before it in the tab order come Settings, Help and Leave.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const backwards: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      backwards.push(await page.evaluate(() => document.activeElement?.className ?? ''));
    }
    expect(backwards).toEqual(['icon-btn settings-btn', 'help-btn', 'leave-btn']);
    // Help works without the game.
    await page.getByRole('button', { name: '? Aide' }).click();
    await page.getByRole('dialog').getByRole('heading', { name: "Où trouver de l'aide" }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // So do the language buttons: Home in Arabic, right to left, then back in French.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: 'قبل أن ترد' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByRole('button', { name: 'العربية' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de répondre' }).waitFor();
    // The game arrives while the player reads: nothing on Home moves, and focus stays where it was.
    const before = { title: await box(page, 'h1'), card: await box(page, '.story-card') };
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    gate.release();
    await page.locator('#stage canvas').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('#stage canvas')?.getAttribute('aria-hidden') === 'true');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect({ title: await box(page, 'h1'), card: await box(page, '.story-card') }).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(focused);
    await card.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('button', { name: "Commencer l'histoire" }).click();
    await page.locator('.bubble, .system-line').first().waitFor();
    await page.close();
  });

  it('shows the content note of a story tapped before the game has loaded, then plays the story without it; the game takes the chat over when it arrives', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    const gate = await holdBack(page, GAME_CHUNK);
    await page.goto(`${game.url}?lang=en&pacing=instant`);
    const start = page.locator('.story-card[data-story="the-video"]').getByRole('button', { name: 'Start' });
    await start.click();
    // The note is the app's own HTML: the player reads it while Phaser is still on its way.
    const note = page.getByRole('main').filter({ has: page.getByRole('heading', { name: 'Before you start' }) });
    await note.waitFor();
    expect(await page.locator('#stage canvas').count(), 'Phaser is not there yet').toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName), 'focus on the story title').toBe('H1');
    expect(await violations(page), 'axe on the content note before Phaser').toEqual([]);
    await page.screenshot({ path: screenshotPath('content-note-before-game-en') });
    // Back goes Home, still without the game; the story tapped again shows its note again.
    await note.getByRole('button', { name: 'Back' }).click();
    await start.click();
    await page.getByRole('button', { name: 'Start the story' }).click();
    // The story plays in the app's HTML while the game's chunk is held back: its first messages, then a choice.
    await page.locator('.bubble, .system-line').first().waitFor();
    await gate.held;
    expect(await page.locator('#stage canvas').count(), 'the chat plays before Phaser').toBe(0);
    const options = page.getByRole('group', { name: 'Your reply' }).getByRole('button');
    await options.first().waitFor();
    expect(await violations(page), 'axe on the chat before Phaser').toEqual([]);
    await page.screenshot({ path: screenshotPath('chat-before-game-en') });
    const bubbles = await page.locator('.bubble').count();
    const focused = await page.evaluate(() => document.activeElement?.outerHTML);
    // The game arrives: the chat on screen is the same (not drawn again), focus stays, and play goes on.
    await page.evaluate(() => document.querySelector('.chat-screen')?.setAttribute('data-before-game', ''));
    gate.release();
    await page.locator('#stage canvas').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.locator('.chat-screen[data-before-game]').count(), 'the same chat element').toBe(1);
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focused);
    await options.first().click();
    await expect.poll(() => page.locator('.bubble').count()).toBeGreaterThan(bubbles);
    // Read once: the game does not show the note again.
    expect(await page.getByRole('button', { name: 'Start the story' }).count()).toBe(0);
    // Home from the chat, now the game's: Home, the story offered to continue.
    await page.getByRole('button', { name: /^Back to chats/ }).click();
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await page.locator('.story-card[data-story="the-video"]').getByRole('button', { name: 'Continue' }).waitFor();
    await page.close();
  });

  it('leaves at once before the game has loaded', async () => {
    const page = await game.browser.newPage();
    const gate = await holdBack(page, GAME_CHUNK);
    await page.goto(`${game.url}?lang=fr`);
    await gate.held;
    await page.getByRole('button', { name: /Quitter/ }).click();
    await page.waitForURL(/neutral\.html/);
    gate.release();
    await page.close();
  });

  for (const lang of ['fr', 'ar'] as const)
    it(`paints a first visit’s Home (drawn at build time by the app’s code) before the app arrives, and the app’s Home is the same (${lang})`, async () => {
      // Served with the deployment's CSP (no inline script or style), as a real host serves it.
      const server = await serveStatic('dist', { headers: { 'Content-Security-Policy': gameCsp("'self'") } });
      const context = await game.browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: lang === 'ar' ? 'ar-MA' : 'fr-FR',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      const { release } = await holdBack(page, APP_ENTRY);
      await page.goto(`${server.url}?pacing=instant`, { waitUntil: 'commit' });
      await page.locator('.story-card').first().waitFor();
      const markup = () =>
        page.evaluate(() => {
          const root = document.documentElement;
          const ui = document.getElementById('ui')?.cloneNode(true) as HTMLElement;
          for (const el of ui.querySelectorAll('.home-status')) el.remove();
          // A held cover gets its picture once the chat's code has arrived, which can happen before this is read:
          // released to its own picture is the same card.
          for (const img of ui.querySelectorAll('img[data-src]'))
            if (img.getAttribute('src') === img.getAttribute('data-src')) img.removeAttribute('src');
          return {
            painted: root.hasAttribute('data-snapshot'),
            root: [root.lang, root.dir, root.dataset.theme, root.dataset.contrast, root.style.fontSize, document.title],
            // What the style attributes say is what applies (the CSP ignores style attributes).
            guideBar: getComputedStyle(document.querySelector('.home-guide-bar') as Element).getPropertyValue(
              '--share',
            ),
            ui: ui.innerHTML,
            safety: document.getElementById('safety')?.innerHTML,
          };
        });
      const before = await markup();
      expect(before.painted, 'painted by boot.js').toBe(true);
      expect(before.root.slice(0, 2)).toEqual(lang === 'ar' ? ['ar', 'rtl'] : ['fr', 'ltr']);
      // axe cannot be injected under this CSP: the painted markup is checked equal to the app's Home, which the first
      // test here runs axe on.
      await page.screenshot({ path: screenshotPath(`home-first-visit-painted-${lang}`) });
      release();
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-snapshot'));
      // The app gives the held covers their pictures once the chat's code is in (or when one shows on screen).
      await page.waitForFunction(() =>
        [...document.querySelectorAll('img[data-src]')].every((img) => img.getAttribute('src')),
      );
      const after = await markup();
      expect({ ...after, painted: true }, 'the app’s Home is the one painted').toEqual(before);
      expect(before.guideBar.trim()).toBe('0%');
      expect(problems, 'no CSP report, no error').toEqual([]);
      await context.close();
      await server.close();
    });

  it('says so on the painted Home when the app’s code cannot load, and Leave still works', async () => {
    const server = await serveStatic('dist', { headers: { 'Content-Security-Policy': gameCsp("'self'") } });
    const context = await game.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(APP_ENTRY, (route) => route.abort());
    await page.goto(`${server.url}?lang=fr`);
    await page.getByRole('alert').filter({ hasText: 'Le jeu n’a pas pu démarrer' }).waitFor();
    await page.getByRole('button', { name: /Quitter/ }).click();
    await page.waitForURL(/neutral\.html/);
    await context.close();
    await server.close();
  });

  it('paints last visit’s Home before the app’s code arrives: Leave works at once, a tap on a story waits for the app', async () => {
    // No worker here, so the app's entry can be held back on the network as a slow link would; the deployment's CSP.
    const server = await serveStatic('dist', { headers: { 'Content-Security-Policy': gameCsp("'self'") } });
    const context = await game.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const problems: string[] = [];
    context.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    const first = await context.newPage();
    await first.goto(`${server.url}?lang=ar`);
    await first.getByRole('heading', { level: 1, name: 'قبل أن ترد' }).waitFor();
    await first.close();
    for (const ending of ['leave', 'tap'] as const) {
      const page = await context.newPage();
      const { release } = await holdBack(page, APP_ENTRY);
      await page.goto(`${server.url}?lang=ar`, { waitUntil: 'commit' });
      const start = page.locator('.story-card[data-story="the-video"]').getByRole('button', { name: 'بدء' });
      await start.waitFor();
      expect(
        await page.evaluate(() => document.documentElement.hasAttribute('data-snapshot')),
        'painted by boot.js',
      ).toBe(true);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.screenshot({ path: screenshotPath(`home-painted-before-app-ar-${ending}`) });
      if (ending === 'leave') {
        await page.getByRole('button', { name: /خروج/ }).click();
        await page.waitForURL(/neutral\.html/);
      } else {
        await start.click();
        expect(await page.getByRole('heading', { name: 'قبل البدء' }).count(), 'nothing happens before the app').toBe(
          0,
        );
        release();
        await page.getByRole('button', { name: 'بدء القصة' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-snapshot'))).toBe(false);
      }
      release();
      await page.close();
    }
    expect(problems, 'no CSP report, no error').toEqual([]);
    await context.close();
    await server.close();
  });

  for (const lang of ['fr', 'ar'] as const)
    for (const [name, viewport] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1366, height: 768 }],
    ] as const)
      it(`looks like a title screen (${lang}, ${name})`, async () => {
        const page = await game.browser.newPage({ viewport });
        await page.goto(`${game.url}?lang=${lang}`);
        await page.locator('#stage canvas').waitFor({ state: 'attached' });
        await page.locator('.story-card').first().waitFor();
        await page.waitForTimeout(600);
        await page.screenshot({ path: screenshotPath(`title-screen-${lang}-${name}`) });
        const languages = page.getByRole('group').getByRole('button');
        expect(await languages.evaluateAll((bs) => bs.map((b) => b.getAttribute('lang')))).toEqual(['fr', 'ar', 'en']);
        await page.close();
      });
});
