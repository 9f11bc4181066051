import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './browser.ts';

const game = useBuiltGame();

describe('offline play', () => {
  it('after one visit, plays a story to its end without network', async () => {
    const context = await game.browser.newContext();
    const page = await context.newPage();
    const url = `${game.url}?scenario=sample&lang=en&pacing=instant`;
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // The first visit installs the worker; from the next load on it serves the game. Open the story once online.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.locator('.choices button').first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start the story' }).click();
    // The story's picture, shown once online, is drawn offline too (the worker kept it as it was shown).
    const picture = page.getByRole('img', { name: 'Victory screen, 3 to 0', exact: true });
    await expect.poll(() => picture.evaluate((el) => el.classList.contains('drawn'))).toBe(true);
    await page.getByRole('button', { name: /thanks/ }).click();
    await page.getByRole('button', { name: 'Open the chat' }).click();
    await page.getByRole('button', { name: 'Block and report Nox_77' }).click();
    await page.getByRole('button', { name: 'See what happened' }).click();
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
    await context.close();
  });

  it('after one visit, takes the before check without network', async () => {
    const context = await game.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${game.url}?lang=en`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Before playing: rate 6 messages' }).click();
    const answers = page.getByRole('group', { name: 'What kind of message is it?' });
    await answers.getByRole('button').first().click();
    await expect.poll(() => page.locator('.sort-feedback').textContent()).toMatch(/Right!|Not quite\./);
    await context.close();
  });
});
