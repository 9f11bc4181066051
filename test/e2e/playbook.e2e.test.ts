import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { overflowing, useSettings } from './chat-geometry.ts';
import { playOnToDebrief, playToDebrief, WORDS } from './play-helpers.ts';

const game = useBuiltGame();

const L = {
  fr: {
    open: 'Voir ce que Nox_77 faisait',
    heading: 'Le plan caché derrière les messages',
    flagNox: /^Signaler le message de .?Nox_77/,
    flagged: "Oui, tu l'as repéré",
    notFlagged: 'Non',
    flattery: 'Compliments en excès',
    firstStage: '1 sur 4',
    only: 'Montrer seulement les pièges',
    back: 'Retour au bilan',
  },
  ar: {
    open: /^اكتشاف ما كان وراء رسائل .?Nox_77/,
    heading: 'الخطة الخفية وراء الرسائل',
    flagNox: /^وضع علامة خطر على رسالة .?Nox_77/,
    flagged: 'نعم، رصدتها',
    notFlagged: 'لا',
    flattery: 'الإطراء المفرط',
    firstStage: '1 من 4',
    only: 'إظهار الفخاخ فقط',
    back: 'العودة إلى الحصيلة',
  },
  en: {
    open: 'See what Nox_77 was doing',
    heading: 'The hidden plan behind the messages',
    flagNox: /^Mark .?Nox_77.?'s message as a red flag/,
    flagged: 'Yes, you spotted it',
    notFlagged: 'No',
    flattery: 'Too much praise',
    firstStage: '1 of 4',
    only: 'Show only the traps',
    back: 'Back to the debrief',
  },
} as const;

/** Text without the bidi isolates put around names and numbers. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

/** The manipulative lines of the saved path (the game's own save): their text and whether they were flagged. */
async function tagged(page: Page): Promise<{ id: string; text: string; flagged: boolean }[]> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('byr:save:sample');
    const save = raw ? JSON.parse(raw) : undefined;
    const env = save?.transcript ? save : save?.value;
    const flags: string[] = env?.flags ?? [];
    return (env?.transcript ?? [])
      .filter((e: { kind: string; techniques?: string[] }) => e.kind === 'message' && (e.techniques?.length ?? 0) > 0)
      .map((e: { id: string; text: string }) => ({ id: e.id, text: e.text, flagged: flags.includes(e.id) }));
  });
}

/** Every manipulative line shown with its stage, technique and aim, and its flag said. */
async function planRows(page: Page) {
  return page.locator('.pb-planned').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-id') ?? '',
      text: li.querySelector('.pb-text')?.textContent ?? '',
      stage: li.querySelector('dd.pb-stage')?.textContent ?? '',
      technique: li.querySelector('dd.pb-technique')?.textContent ?? '',
      aim: li.querySelector('dd.pb-aim')?.textContent ?? '',
      flag: li.querySelector('dd.pb-flag')?.textContent ?? '',
      marked: li.classList.contains('pb-flagged'),
    })),
  );
}

describe('the playbook after an ending', () => {
  it('replays a path of the sample with stage, technique and aim beside every tagged line, the flagged one marked (fr phone)', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${game.url}?scenario=sample&lang=fr&pacing=instant`);
    await page.getByRole('button', { name: WORDS.fr.start }).click();
    await page.getByRole('button', { name: L.fr.flagNox }).first().click();
    await page.locator('.flag-feedback.spotted').first().waitFor();
    await playOnToDebrief(page, 'sample', 'fr');
    const expected = await tagged(page);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.filter((e) => e.flagged)).toHaveLength(1);

    await page.getByRole('button', { name: L.fr.open }).click();
    const heading = page.getByRole('heading', { level: 1, name: L.fr.heading });
    await heading.waitFor();
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const rows = await planRows(page);
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    for (const [i, row] of rows.entries()) {
      expect(row.text).toBe(expected[i]?.text);
      expect(plain(row.stage)).toMatch(/\d sur 4 : \S/);
      expect(row.technique.trim()).not.toBe('');
      expect(row.aim.trim().length).toBeGreaterThan(10);
      expect(row.marked).toBe(expected[i]?.flagged);
      expect(row.flag).toContain(expected[i]?.flagged ? L.fr.flagged : L.fr.notFlagged);
    }
    expect(plain(rows[0]?.stage ?? '')).toContain(L.fr.firstStage);
    expect(rows[0]?.technique).toContain(L.fr.flattery);
    expect(rows[0]?.marked).toBe(true);
    // The whole conversation is there (the player's own replies and the app's notices too), as one list.
    expect(await page.locator('.pb-timeline > .pb-line').count()).toBeGreaterThan(rows.length);
    expect(await page.locator('.pb-timeline .pb-mine').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(await overflowing(page, '.playbook li, .playbook button, .playbook dd')).toEqual([]);
    await page.locator('.pb-planned').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('playbook-fr-phone') });

    await page.getByLabel(L.fr.only).check();
    expect(await page.locator('.pb-timeline > li:visible').count()).toBe(rows.length);
    await page.screenshot({ path: screenshotPath('playbook-fr-phone-only') });
    await page.getByRole('button', { name: L.fr.back }).first().click();
    await page.locator('.debrief').waitFor();
    await page.close();
  });

  it('is read and left by keyboard in Arabic, right to left, with no axe violation (ar phone)', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await playToDebrief(page, game.url, 'sample', 'ar');
    const open = page.getByRole('button', { name: L.ar.open });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: L.ar.heading }).waitFor();
    const main = page.locator('main.playbook');
    expect(await main.getAttribute('dir')).toBe('rtl');
    expect(await main.getAttribute('lang')).toBe('ar');
    const expected = await tagged(page);
    const rows = await planRows(page);
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    for (const row of rows) {
      expect(row.aim.trim()).not.toBe('');
      expect(row.flag).toContain(L.ar.notFlagged);
    }
    expect(rows[0]?.technique).toContain(L.ar.flattery);
    expect(plain(rows[0]?.stage ?? '')).toContain(L.ar.firstStage);
    // From the focused heading: the filter, the conversation (a focusable list, scrolled by keys), the back button;
    // the top bar's back arrow is before the heading.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.tagName.toLowerCase()}|${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40)}`;
      });
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(`button|${L.ar.back}`);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input\|/);
    await page.keyboard.press('Space');
    expect(await page.locator('.pb-timeline > li:visible').count()).toBe(rows.length);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^ol\|/);
    const body = page.locator('main.playbook .home-body');
    const before = await body.evaluate((b) => b.scrollTop);
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(300);
    expect(await body.evaluate((b) => b.scrollTop)).toBeGreaterThan(before);
    expect(await violations(page)).toEqual([]);
    expect(await overflowing(page, '.playbook li, .playbook button, .playbook dd')).toEqual([]);
    await page.locator('.pb-planned').nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('playbook-ar-phone') });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`button|${L.ar.back}`);
    await page.keyboard.press('Enter');
    await page.locator('.debrief').waitFor();
    await page.close();
  });

  it('puts the plan beside the message on a desktop (fr)', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await playToDebrief(page, game.url, 'sample', 'fr');
    await page.getByRole('button', { name: L.fr.open }).click();
    await page.locator('.pb-planned').first().waitFor();
    const [message, plan] = await Promise.all([
      page.locator('.pb-planned .pb-message').first().boundingBox(),
      page.locator('.pb-planned .pb-plan').first().boundingBox(),
    ]);
    expect(plan && message && plan.x > message.x + message.width - 1).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('playbook-fr-desktop') });
    await page.close();
  });

  it('holds at 200 % text on a 360 px phone, in dark high contrast with reduced motion (en)', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    await useSettings(page, { textSize: 2, theme: 'dark', contrast: 'high' });
    await playToDebrief(page, game.url, 'sample', 'en');
    await page.getByRole('button', { name: L.en.open }).click();
    await page.locator('.pb-planned').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await overflowing(page, '.playbook li, .playbook button, .playbook dd, .playbook dt')).toEqual([]);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.screenshot({ path: screenshotPath('playbook-en-phone-200-dark-hc') });
    await page.close();
  });
});
