import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { type LookSettings, useSettings } from './chat-geometry.ts';
import { WORDS } from './play-helpers.ts';

const game = useBuiltGame();

type Lang = 'fr' | 'ar' | 'en';
const L = {
  fr: {
    flagNox: /^Signaler le message de .?Nox_77/,
    flagYanis: /^Signaler le message de .?Yanis/,
    open: 'Ouvrir mon carnet des pièges',
    guide: 'Mon carnet des pièges',
    newCard: 'Nouvelle carte dans ton carnet : Compliments en excès',
    progress: '1 piège trouvé sur 15',
    card: 'Compliments en excès',
    collected: 'Trouvé dans',
    notYet: 'Pas encore trouvé',
  },
  ar: {
    flagNox: /^وضع علامة خطر على رسالة .?Nox_77/,
    flagYanis: /^وضع علامة خطر على رسالة .?يانيس/,
    open: 'فتح دليلي للحيل',
    guide: 'دليلي للحيل',
    newCard: 'بطاقة جديدة في دليلك: الإطراء المفرط',
    progress: 'حيلة واحدة من',
    card: 'الإطراء المفرط',
    collected: 'اكتُشفت في',
    notYet: 'لم تُكتشف بعد',
  },
  en: {
    flagNox: /^Mark .?Nox_77.?'s message as a red flag/,
    flagYanis: /^Mark .?Yanis.?'s message as a red flag/,
    open: 'Open my field guide',
    guide: 'My field guide',
    newCard: 'New card in your field guide: Too much praise',
    progress: '1 of 15 tricks found',
    card: 'Too much praise',
    collected: 'Found in',
    notYet: 'Not found yet',
  },
} as const;

async function startSample(page: Page, lang: Lang): Promise<void> {
  await page.goto(`${game.url}?scenario=sample&lang=${lang}&pacing=instant`);
  await page.getByRole('button', { name: WORDS[lang].start }).click();
  await page.getByRole('log').first().waitFor();
}

/** Flags Nox_77's first message (a technique) and waits for the reward under it. */
async function catchFlattery(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: L[lang].flagNox }).first().click();
  await page.locator('.guide-new').first().waitFor();
  expect(plain(await page.locator('.guide-new').first().textContent())).toContain(L[lang].newCard);
}

/** Text without the bidi isolates the strings put around names and numbers in Arabic. */
function plain(text: string | null): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '');
}

/**
 * The live regions that would announce `text`: each text node belongs to its nearest live ancestor (a region nested
 * in another speaks for itself), and the global announcer counts like any other. Their roles, one per region.
 */
async function liveRegionsSaying(page: Page, text: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const LIVE = '[role="log"],[role="status"],[role="alert"],[role="marquee"],[role="timer"],[aria-live]';
    const own = new Map<Element, string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const region = node.parentElement?.closest(LIVE);
      if (region && region.getAttribute('aria-live') !== 'off')
        own.set(region, (own.get(region) ?? '') + (node.textContent ?? ''));
    }
    const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
    return [...own]
      .filter(([, said]) => strip(said).includes(wanted))
      .map(([region]) => region.getAttribute('role') ?? 'aria-live');
  }, text);
}

async function openGuide(page: Page, lang: Lang) {
  await page.locator('.topbar').getByRole('button', { name: L[lang].open }).first().click();
  const dialog = page.getByRole('dialog', { name: L[lang].guide });
  await dialog.waitFor();
  return dialog;
}

/** Horizontal overflow of the open dialog and its cards (text cut off on a phone). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog.field-guide');
    if (!dialog) return -1;
    const cards = [...dialog.querySelectorAll('.guide-card')];
    return Math.max(
      dialog.scrollWidth - dialog.clientWidth,
      ...cards.map((c) => c.scrollWidth - c.clientWidth),
      dialog.getBoundingClientRect().right - window.innerWidth,
      -dialog.getBoundingClientRect().left,
    );
  });
}

describe('field guide', () => {
  it.each(['fr', 'ar'] as const)('a red flag caught right in %s adds a card that survives a reload', async (lang) => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startSample(page, lang);
    await catchFlattery(page, lang);
    const caught = page.locator('.bubble.caught');
    expect(await caught.count()).toBe(1);
    // A screen reader hears it exactly once: one live region on the page (the log) has it as its own text.
    expect(await liveRegionsSaying(page, L[lang].newCard)).toEqual(['log']);
    await page.screenshot({ path: screenshotPath(`field-guide-reward-${lang}-phone`) });
    // A wrong flag: kind feedback, no card.
    await page.getByRole('button', { name: L[lang].flagYanis }).first().click();
    await page.locator('.flag-feedback.ordinary').waitFor();
    expect(await page.locator('.guide-new').count()).toBe(1);

    let dialog = await openGuide(page, lang);
    expect(await dialog.getByRole('listitem').count()).toBe(15);
    expect(plain(await dialog.textContent())).toContain(L[lang].progress);
    const card = dialog.getByRole('listitem', { name: L[lang].card });
    expect(await card.textContent()).toContain(L[lang].collected);
    expect(await dialog.locator('.guide-card.face-down').count()).toBe(14);
    expect(await dialog.locator('.guide-card.face-down').first().textContent()).toContain(L[lang].notYet);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath(`field-guide-${lang}-phone`) });
    await page.keyboard.press('Escape');

    await page.reload();
    const start = page.getByRole('button', { name: WORDS[lang].start });
    await Promise.race([start.waitFor(), page.getByRole('log').first().waitFor()]);
    if (await start.count()) await start.click();
    dialog = await openGuide(page, lang);
    expect(await dialog.getByRole('listitem', { name: L[lang].card }).textContent()).toContain(L[lang].collected);
    await page.close();
  });

  it('keeps a card caught in Arabic, with its Arabic line, after switching to French in Settings', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await startSample(page, 'ar');
    await catchFlattery(page, 'ar');
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('fr');
    await page.keyboard.press('Escape');
    await page.getByRole('log', { name: /Team Comète/ }).waitFor();
    // The flag survives the switch (the message stays marked) and the card is not caught a second time.
    await expect.poll(() => page.locator('.bubble.flagged').count()).toBeGreaterThan(0);
    expect(await page.locator('.guide-new').count()).toBe(0);
    const dialog = await openGuide(page, 'fr');
    expect(plain(await dialog.textContent())).toContain(L.fr.progress);
    const quote = dialog.getByRole('listitem', { name: L.fr.card }).locator('blockquote');
    expect(await quote.getAttribute('lang')).toBe('ar');
    expect(await quote.getAttribute('dir')).toBe('rtl');
    await page.screenshot({ path: screenshotPath('field-guide-ar-card-in-fr-desktop') });
    await page.close();
  });

  it('shows the reward and the guide on a desktop in French', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await startSample(page, 'fr');
    await catchFlattery(page, 'fr');
    await page.screenshot({ path: screenshotPath('field-guide-reward-fr-desktop') });
    await openGuide(page, 'fr');
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('field-guide-fr-desktop') });
    await page.close();
  });

  const looks: readonly [Lang, LookSettings][] = [
    ['fr', {}],
    ['ar', {}],
    ['en', {}],
    ['fr', { theme: 'dark' }],
    ['ar', { contrast: 'high' }],
    ['en', { theme: 'dark', contrast: 'high' }],
    ['ar', { textSize: 2 }],
  ];
  it.each(looks)('has no axe violation on the guide in %s %o', async (lang, look) => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await useSettings(page, look);
    await startSample(page, lang);
    await catchFlattery(page, lang);
    await openGuide(page, lang);
    expect(await violations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    if (look.textSize) await page.screenshot({ path: screenshotPath(`field-guide-${lang}-phone-200`) });
    await page.close();
  });

  it('works by keyboard only: flag, open the guide from the new card, close it back to the opener', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startSample(page, 'en');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    // The feed is one tab stop; arrow keys move between its red-flag buttons.
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'log'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('log');
    for (let i = 0; i < 10 && !L.en.flagNox.test((await focused()) ?? ''); i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(L.en.flagNox);
    await page.keyboard.press('Enter');
    await page.locator('.guide-new').waitFor();
    // The reward's own button comes next in tab order after the flagged message.
    for (let i = 0; i < 10 && (await focused()) !== L.en.open; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.guide-new')))).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: L.en.guide });
    await dialog.waitFor();
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.guide-new')))).toBe(true);
    expect(await focused()).toBe(L.en.open);
    await page.close();
  });

  it('names the new cards in the ending summary and opens the guide from the debrief', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startSample(page, 'en');
    await catchFlattery(page, 'en');
    for (let i = 0; i < 200 && !(await page.locator('.debrief').count()); i++) {
      const done = page.getByRole('button', { name: WORDS.en.debrief });
      const open = page.getByRole('button', { name: WORDS.en.open });
      const choice = page.locator('.choices button').first();
      if (await done.count())
        await done
          .first()
          .click({ timeout: 3000 })
          .catch(() => undefined);
      else if (await open.count())
        await open
          .first()
          .click({ timeout: 3000 })
          .catch(() => undefined);
      else if (await choice.count()) await choice.click({ timeout: 3000 }).catch(() => undefined);
      else await page.waitForTimeout(100);
    }
    const summary = page.locator('.debrief-summary');
    expect(await summary.textContent()).toContain('1 new card in your field guide: Too much praise');
    await page.getByRole('button', { name: 'My field guide (1 of 15)' }).click();
    await page.getByRole('dialog', { name: L.en.guide }).waitFor();
    await page.screenshot({ path: screenshotPath('field-guide-from-debrief-en-phone') });
    await page.close();
  });
});
