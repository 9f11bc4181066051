import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../src/content/locales/ar.json' with { type: 'json' };
import fr from '../../src/content/locales/fr.json' with { type: 'json' };
import { THREE_LOOKS, violationsInEveryLook } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { type Area, COUNT_REDRAWS, canvasColours, lightness, redraws } from './canvas-probe.ts';
import { useSettings } from './chat-geometry.ts';

const game = useBuiltGame();
const STRINGS = { fr, ar } as const;
type Lang = keyof typeof STRINGS;

/** Opens Home in a language at a window size, counting canvas redraws, and waits for the scene to settle. */
async function openHome(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript(COUNT_REDRAWS);
  await useSettings(page, {});
  await page.goto(`${game.url}?lang=${lang}&pacing=instant`);
  await page.locator('#stage canvas').waitFor({ state: 'attached' });
  // The room fades in and the screen's light comes up once (under 2 s), then nothing moves.
  await page.waitForTimeout(2500);
}

/** The window's margins beside the phone screen, top half (wall, window, poster) in CSS pixels. */
async function margins(page: Page): Promise<{ start: Area; end: Area }> {
  const screen = await page.locator('.screen').boundingBox();
  const size = page.viewportSize();
  if (!screen || !size) throw new Error('no screen');
  const height = size.height * 0.6;
  const left = { x: 0, y: 0, width: screen.x - 20, height };
  const right = { x: screen.x + screen.width + 20, y: 0, width: size.width - screen.x - screen.width - 20, height };
  return { start: left, end: right };
}

const guideEntry = (page: Page, lang: Lang) =>
  page.getByRole('button', { name: new RegExp(`^${STRINGS[lang]['guide.heading']}`) });

describe('the desk scene', () => {
  it('draws a room around the phone on a desktop, follows the theme, sleeps when idle, and Home opens the guide', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openHome(page, 'fr');
    const { start, end } = await margins(page);
    // A drawn scene, not a flat colour: many colours beside the phone (wall, window, sky, poster, desk, glow).
    expect(new Set(await canvasColours(page, start)).size).toBeGreaterThan(6);
    // The window is on the side French reading starts from: the night sky makes the left darker than the right.
    expect(lightness(await canvasColours(page, start))).toBeLessThan(lightness(await canvasColours(page, end)));
    await page.screenshot({ path: screenshotPath('desk-home-fr-desktop') });
    // Nothing moves: no canvas frame is drawn.
    const idle = await redraws(page);
    await page.waitForTimeout(1500);
    expect(await redraws(page)).toBe(idle);
    // The theme changed in Settings: the room follows (a dark wall), even though the canvas was asleep.
    const wall: Area = { x: 8, y: 50, width: 20, height: 20 };
    const light = lightness(await canvasColours(page, wall, 3));
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await expect.poll(async () => lightness(await canvasColours(page, wall, 3))).toBeLessThan(light / 2);
    await page.screenshot({ path: screenshotPath('desk-home-fr-desktop-dark') });
    await page.evaluate(() => {
      document.documentElement.dataset.contrast = 'high';
    });
    // High contrast: flat black with white outlines, no coloured glow.
    await expect.poll(async () => new Set(await canvasColours(page, wall, 3))).toEqual(new Set(['#000000']));
    await page.evaluate(() => Object.assign(document.documentElement.dataset, { theme: 'light', contrast: 'normal' }));
    // Home's entry to the field guide: the count, then the guide itself; focus comes back to the entry.
    const entry = guideEntry(page, 'fr');
    expect(await entry.textContent()).toContain('0 sur 15');
    await entry.click();
    const dialog = page.getByRole('dialog', { name: fr['guide.heading'] });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(15);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await entry.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await violationsInEveryLook(page, [...THREE_LOOKS, ['dark', 'high']])).toEqual([]);
    await page.close();
  }, 150_000); // four axe runs: more than the default under load

  it('puts the window on the right in Arabic, with the same guide entry and axe 0 in every look', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openHome(page, 'ar');
    const { start, end } = await margins(page);
    // `start` is the left of the window: in Arabic the darker side (the night sky) is the right one.
    expect(lightness(await canvasColours(page, end))).toBeLessThan(lightness(await canvasColours(page, start)));
    await page.screenshot({ path: screenshotPath('desk-home-ar-desktop') });
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('desk-home-ar-desktop-dark') });
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
    await guideEntry(page, 'ar').waitFor();
    expect(await violationsInEveryLook(page, [...THREE_LOOKS, ['dark', 'high']])).toEqual([]);
    await page.close();
  }, 150_000); // four axe runs: more than the default under load

  it('draws no scene on a phone: the phone is the screen', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await openHome(page, 'ar');
    const colours = new Set(await canvasColours(page, { x: 0, y: 0, width: 360, height: 740 }));
    expect(colours.size).toBeLessThanOrEqual(1);
    expect(await guideEntry(page, 'ar').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('desk-home-ar-phone') });
    await page.close();
  });
});
