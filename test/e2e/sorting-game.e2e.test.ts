import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../src/content/locales/ar.json' with { type: 'json' };
import en from '../../src/content/locales/en.json' with { type: 'json' };
import fr from '../../src/content/locales/fr.json' with { type: 'json' };
import { violationsInEveryLook } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { COUNT_REDRAWS, redraws } from './canvas-probe.ts';
import { playToDebrief } from './play-helpers.ts';

const game = useBuiltGame();
const STRINGS = { fr, ar, en } as const;
type Lang = keyof typeof STRINGS;

/** Plays a story (the short sample by default) to its debrief and opens the sorting game. */
async function openSorting(page: Page, lang: Lang, story = 'sample'): Promise<void> {
  await page.addInitScript(COUNT_REDRAWS);
  await playToDebrief(page, game.url, story, lang);
  await page.getByRole('button', { name: STRINGS[lang]['sort.start'] }).click();
  await page.getByRole('group', { name: STRINGS[lang]['sort.question'] }).waitFor();
}

/** Whether each message of the played story is manipulative, from the save on the device (text → answer). */
function answerKey(page: Page, story: string): Promise<Record<string, boolean>> {
  return page.evaluate((id) => {
    const save = JSON.parse(localStorage.getItem(`byr:save:${id}`) ?? '{}');
    const find = (v: unknown): unknown[] | undefined => {
      if (!v || typeof v !== 'object') return undefined;
      if ('transcript' in v && Array.isArray(v.transcript)) return v.transcript;
      for (const child of Object.values(v)) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const key: Record<string, boolean> = {};
    for (const e of (find(save) ?? []) as { kind: string; text?: string; techniques?: string[] }[])
      if (e.kind === 'message' && e.text) key[e.text] = (e.techniques?.length ?? 0) > 0;
    return key;
  }, story);
}

const cardText = async (page: Page) => (await page.locator('.sort-card').textContent()) ?? '';
const feedback = async (page: Page) => (await page.locator('.sort-feedback').textContent()) ?? '';

/** Which bin an answer went into, read from its feedback (right or not, and what the message was). */
async function chosenBin(page: Page, lang: Lang): Promise<'manipulation' | 'ordinary'> {
  const s = STRINGS[lang];
  await expect.poll(() => feedback(page)).toMatch(/✓|✗/);
  const text = await feedback(page);
  const right = text.includes(s['sort.right']);
  const wasManipulation = text.includes(s['sort.was.manipulation']);
  return right === wasManipulation ? 'manipulation' : 'ordinary';
}

async function next(page: Page, lang: Lang): Promise<void> {
  const s = STRINGS[lang];
  await page.getByRole('button', { name: new RegExp(`^(${s['sort.next']}|${s['sort.finish']})$`) }).click();
}

describe('the sorting game', () => {
  it('is played by mouse drag and by the buttons, shows a streak, sleeps the canvas when idle, and replays fresh messages', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    // A whole story: it offers more messages than one round takes, so the second round has fresh ones.
    await openSorting(page, 'en', 'the-video');
    const key = await answerKey(page, 'the-video');
    // Nothing moves: the canvas stops redrawing (a few frames to finish the backdrop's fade are allowed).
    await page.waitForTimeout(2500);
    const idleStart = await redraws(page);
    await page.waitForTimeout(1500);
    expect(await redraws(page)).toBe(idleStart);
    // A drag wakes it: the card follows the mouse and the canvas draws the bin lighting up.
    const round1: string[] = [];
    const card = page.locator('.sort-card');
    const box = await card.boundingBox();
    if (!box) throw new Error('no card');
    const text = await cardText(page);
    round1.push(text);
    const bins = page.locator('.sort-bin');
    const target = (await bins.first().boundingBox()) ?? box;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const beforeDrag = await redraws(page);
    for (let i = 1; i <= 12; i++)
      await page.mouse.move(
        box.x + box.width / 2 + ((target.x + target.width / 2 - box.x - box.width / 2) * i) / 12,
        box.y + box.height / 2 + ((target.y + target.height / 2 - box.y - box.height / 2) * i) / 12,
      );
    expect(await card.evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
    expect(await redraws(page)).toBeGreaterThan(beforeDrag);
    await page.mouse.up();
    // Dropped on the first bin (Manipulation, on the left in English).
    expect(await chosenBin(page, 'en')).toBe('manipulation');
    await next(page, 'en');
    // The rest by the buttons, always right, so the streak shows from the second right answer in a row.
    let streak = key[text] ? 1 : 0;
    const cardShown = () => page.locator('.sort-card:not([hidden])').count();
    for (let i = 1; i < 8 && (await cardShown()); i++) {
      const t = await cardText(page);
      round1.push(t);
      const name = key[t] ? en['sort.manipulation'] : en['sort.ordinary'];
      await page.getByRole('button', { name, exact: true }).click();
      streak++;
      await expect.poll(() => feedback(page)).toContain(en['sort.right']);
      if (streak >= 2) {
        expect(await feedback(page)).toContain(en['sort.combo'].replace('{count}', String(streak)));
        expect(await page.locator('.sort-combo').textContent()).toBe(`${streak} in a row!`);
      }
      if (i === 3) {
        expect(await violationsInEveryLook(page)).toEqual([]);
        await page.screenshot({ path: screenshotPath('sorting-game-en-phone-streak') });
      }
      await next(page, 'en');
    }
    await page.getByText(/You sorted \d of \d messages correctly/).waitFor();
    // A second round: messages not sorted in the first come first.
    await page.getByRole('button', { name: en['sort.again'] }).click();
    await page.locator('.sort-card').waitFor();
    const round2: string[] = [];
    for (let i = 0; i < 8 && (await cardShown()); i++) {
      round2.push(await cardText(page));
      await page.getByRole('button', { name: en['sort.ordinary'], exact: true }).click();
      await next(page, 'en');
    }
    expect(round2.filter((t) => !round1.includes(t)).length).toBeGreaterThan(0);
    expect(round2).not.toEqual(round1);
    await page.close();
  }, 240_000);

  it('is played by touch: a swipe sorts the card, a tap on a bin too', async () => {
    const context = await game.browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await openSorting(page, 'en');
    const box = await page.locator('.sort-card').boundingBox();
    if (!box) throw new Error('no card');
    const cdp = await context.newCDPSession(page);
    const y = box.y + box.height / 2;
    const x0 = box.x + box.width / 2;
    // A swipe to the right: the ordinary bin's side in English.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y }] });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + i * 20, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(await chosenBin(page, 'en')).toBe('ordinary');
    await page.getByRole('button', { name: en['sort.next'] }).tap();
    await page.getByRole('button', { name: en['sort.manipulation'], exact: true }).tap();
    expect(await chosenBin(page, 'en')).toBe('manipulation');
    // A short drag is no answer: the card goes back.
    await page.getByRole('button', { name: en['sort.next'] }).tap();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + 10, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    expect(await feedback(page)).toBe('');
    expect(await page.locator('.sort-card').evaluate((el) => el.style.transform)).toBe('');
    await context.close();
  });

  for (const lang of ['fr', 'ar'] as const)
    it(`is played by the arrow keys in ${lang} (the bin on that side), with axe clean in every look`, async () => {
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await openSorting(page, lang);
      expect(await violationsInEveryLook(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`sorting-game-${lang}-phone`) });
      const [first, second] = await page
        .locator('.sort-bin')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
      // French puts Manipulation on the left, Arabic (right to left) on the right.
      expect((first ?? 0) < (second ?? 0)).toBe(lang === 'fr');
      await page.keyboard.press('ArrowLeft');
      expect(await chosenBin(page, lang)).toBe(lang === 'fr' ? 'manipulation' : 'ordinary');
      await page.screenshot({ path: screenshotPath(`sorting-game-${lang}-phone-feedback`) });
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      expect(await chosenBin(page, lang)).toBe(lang === 'fr' ? 'ordinary' : 'manipulation');
      expect(await violationsInEveryLook(page)).toEqual([]);
      await page.close();
    });

  it('places the card at once with reduced motion (desktop, French)', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSorting(page, 'fr');
    await page.screenshot({ path: screenshotPath('sorting-game-fr-desktop') });
    // Clicked and read in the same task: the feedback is there without waiting for any flight.
    const shown = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('.sort-bin.ordinary')?.click();
      const card = document.querySelector<HTMLElement>('.sort-card');
      return {
        feedback: document.querySelector('.sort-feedback')?.textContent ?? '',
        transform: card?.style.transform,
      };
    });
    expect(shown.feedback).toMatch(/✓|✗/);
    expect(shown.transform).toBe('');
    await page.screenshot({ path: screenshotPath('sorting-game-fr-desktop-feedback') });
    expect(await violationsInEveryLook(page)).toEqual([]);
    await page.close();
  });
});
