import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();
const PHONE = { width: 360, height: 740 };

/** Every request the page makes, with its body: the player's answer must never be in one. */
function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(`${r.url()} ${r.postData() ?? ''}`));
  return seen;
}

async function storedGender(page: Page): Promise<unknown> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('byr:settings') ?? '{}').playerGender);
}

/** The text of the story's messages so far. */
async function feedText(page: Page): Promise<string> {
  await page.locator('.choices button').first().waitFor();
  return (await page.getByRole('log').first().textContent()) ?? '';
}

describe("the player's gender", () => {
  it('is asked once in the content note (fr), shapes the French lines, and changes in Settings', async () => {
    const page = await game.browser.newPage({ viewport: PHONE });
    const requests = watchRequests(page);
    await page.goto(`${game.url}?scenario=the-squad&lang=fr&pacing=instant`);
    const question = page.getByRole('group', { name: "Dans les messages, on s'adresse à toi comme à…" });
    await question.waitFor();
    expect(await question.getByRole('radio', { name: 'Je préfère ne pas le dire' }).isChecked()).toBe(true);
    await question.getByRole('radio', { name: 'Une fille' }).check();
    await page.screenshot({ path: screenshotPath('gender-note-fr-phone') });
    await page.getByRole('button', { name: "Commencer l'histoire" }).click();
    expect(await feedText(page)).toContain("t'es meilleure que des gars de 20 ans");
    expect(await storedGender(page)).toBe('girl');

    await page.getByRole('button', { name: /Réglages/ }).click();
    const inSettings = page.getByRole('dialog').getByRole('group', { name: /on s'adresse à toi/ });
    expect(await inSettings.getByRole('radio', { name: 'Une fille' }).isChecked()).toBe(true);
    await inSettings.getByRole('radio', { name: 'Un garçon' }).check();
    await page.screenshot({ path: screenshotPath('gender-settings-fr-phone') });
    await page.keyboard.press('Escape');
    expect(await storedGender(page)).toBe('boy');
    // A new game of the same story: the note does not ask again, and the lines follow the new answer.
    await page.evaluate(() => localStorage.removeItem('byr:save:the-squad'));
    await page.goto(`${game.url}?scenario=the-squad&lang=fr&pacing=instant`);
    await page.getByRole('button', { name: "Commencer l'histoire" }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.getByRole('button', { name: "Commencer l'histoire" }).click();
    expect(await feedText(page)).toContain("t'es meilleur que des gars de 20 ans");
    expect(requests.filter((r) => /playerGender|player_gender|"girl"|"boy"/.test(r))).toEqual([]);
    await page.close();
  }, 120_000);

  it('is answered with the keyboard in Arabic, and the Darija lines agree', async () => {
    const page = await game.browser.newPage({ viewport: PHONE });
    await page.goto(`${game.url}?scenario=the-squad&lang=ar&pacing=instant`);
    const question = page.getByRole('group', { name: 'في الرسائل، نخاطبك كـ…' });
    await question.waitFor();
    expect(await question.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.screenshot({ path: screenshotPath('gender-note-ar-phone') });
    // Tab reaches the checked radio ("rather not say"); the arrows move the choice, as in any radio group.
    const unsaid = question.getByRole('radio', { name: 'أفضّل ألّا أقول' });
    for (let i = 0; i < 20 && !(await unsaid.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await question.getByRole('radio', { name: 'بنت' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('بدء القصة');
    await page.keyboard.press('Enter');
    expect(await feedText(page)).toContain('كتلعبي حسن من دراري');
    await page.screenshot({ path: screenshotPath('gender-chat-ar-phone') });
    await page.close();
  }, 120_000);

  it('is not asked before a story that fixes it (the-sisters)', async () => {
    const page = await game.browser.newPage({ viewport: PHONE });
    await page.goto(`${game.url}?scenario=the-sisters&lang=fr&pacing=instant`);
    await page.getByRole('button', { name: "Commencer l'histoire" }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.close();
  });
});
