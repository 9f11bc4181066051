import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

async function startSample(page: Page, lang = 'en'): Promise<void> {
  await page.goto(`${game.url}?scenario=sample&lang=${lang}&pacing=instant`);
  await page.getByRole('button', { name: 'Start the story' }).click();
  await page.getByRole('log').first().waitFor();
}

describe('learning mechanics', () => {
  it('gives kind feedback on a flagged manipulative and a flagged ordinary message', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startSample(page);
    await page.getByRole('button', { name: "Mark Nox_77's message as a red flag" }).click();
    const feedback = page.locator('.flag-feedback.spotted');
    await expect.poll(() => feedback.textContent()).toContain('Well spotted');
    await page.getByRole('button', { name: "Mark Yanis's message as a red flag" }).first().click();
    await expect
      .poll(() => page.locator('.flag-feedback.ordinary').textContent())
      .toContain('No manipulation technique here');
    await page.screenshot({ path: screenshotPath('flags-en-phone') });
    await page.close();
  });

  it('lists spotted and missed techniques in the debrief, and opens Help from chat and debrief', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await startSample(page);
    await page.getByRole('button', { name: "Mark Nox_77's message as a red flag" }).click();
    await page.getByRole('button', { name: 'Say nothing' }).click();
    await page.getByRole('button', { name: 'Open the chat' }).click();
    await page.getByRole('button', { name: 'Block and report Nox_77' }).click();
    // Help from a help card in the chat opens the panel at that topic.
    await page.getByRole('button', { name: 'Where to get help' }).click();
    const dialog = page.getByRole('dialog', { name: 'Where to get help' });
    await dialog.waitFor();
    expect(await dialog.getByRole('link', { name: /2511/ }).first().getAttribute('href')).toMatch(/^tel:/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'See what happened' }).click();
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
    const tricks = page.locator('.technique-list');
    expect(await tricks.locator('li.spotted').allTextContents()).toEqual([expect.stringContaining('Too much praise')]);
    expect((await tricks.locator('li.missed').allTextContents()).join()).toMatch(/gift/i);
    expect(await page.getByText('You spotted 1 of the 4 techniques you met.').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('debrief-en-desktop'), fullPage: true });
    await page.getByRole('button', { name: '? Help' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('runs the sorting exercise by keyboard with feedback for each message', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await startSample(page);
    await page.getByRole('button', { name: /thanks/ }).click();
    await page.getByRole('button', { name: 'Open the chat' }).click();
    await page.getByRole('button', { name: 'Block and report Nox_77' }).click();
    await page.getByRole('button', { name: 'See what happened' }).click();
    await page.getByRole('button', { name: 'Start the sorting exercise' }).click();
    await page.getByRole('heading', { name: 'Manipulation or ordinary?' }).waitFor();
    const answers = page.getByRole('group', { name: 'What kind of message is it?' });
    for (let i = 0; i < 12; i++) {
      if (await page.getByRole('button', { name: 'Back to the debrief' }).count()) break;
      // Keyboard only: focus the first answer, Tab to the second on odd rounds, Enter to answer, Enter again for next.
      await answers.getByRole('button').first().focus();
      if (i % 2) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.sort-feedback').textContent()).toMatch(/Right!|Not quite\./);
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => page.locator('.sort-feedback').textContent())
      .toMatch(/You sorted \d of \d messages correctly/);
    await page.screenshot({ path: screenshotPath('sort-en-phone') });
    await page.close();
  });

  it('Leave replaces the page with a neutral one, and Back does not return to the game', async () => {
    const page = await game.browser.newPage();
    await page.goto(`${game.url}neutral.html?before`);
    await startSample(page);
    await page.getByRole('button', { name: /Leave/ }).click();
    await page.waitForURL(/neutral\.html$/);
    await page.goBack();
    expect(page.url()).toContain('neutral.html?before');
    await page.close();
  });

  it('Escape twice leaves the game', async () => {
    const page = await game.browser.newPage();
    await startSample(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url(), { timeout: 10000 }).toMatch(/neutral\.html$/);
    await page.locator('textarea').waitFor();
    await page.close();
  });

  it('one Escape does not leave: not right after load, not after the Escape that closed a dialog', async () => {
    const page = await game.browser.newPage();
    await page.goto(`${game.url}?lang=en`);
    // Event times count from page load: the first press, however early, is a single press.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain('neutral.html');
    await page.getByRole('button', { name: 'Settings' }).waitFor();
    await page.close();
  });
});

describe('Leave inside a partner frame', () => {
  it('shows a neutral screen in the frame and tells the host page', async () => {
    const page = await game.browser.newPage();
    await page.goto(`${game.url}neutral.html`);
    await page.evaluate((src) => {
      (window as unknown as { received: unknown[] }).received = [];
      window.addEventListener('message', (e) => (window as unknown as { received: unknown[] }).received.push(e.data));
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = '400';
      frame.height = '700';
      document.body.prepend(frame);
    }, `${game.url}?scenario=sample&lang=en&pacing=instant`);
    const framed = page.frameLocator('iframe');
    await framed.getByRole('button', { name: 'Start the story' }).click();
    await framed.getByRole('button', { name: /Leave/ }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
      .toEqual([{ protocol: 'before-you-reply', version: 1, type: 'leave' }]);
    expect(page.url()).toContain('neutral.html');
    expect(await framed.locator('main.neutral').count()).toBe(1);
    await page.close();
  });
});
