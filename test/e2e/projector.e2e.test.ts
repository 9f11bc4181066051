import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

describe('projector mode', () => {
  it('is played by keyboard to an ending with the class votes entered, then shows the class path on the map', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${game.url}?teacher=1&lang=en`);
    const card = page.locator('.story-card[data-story="the-video"]');
    await card.getByRole('button', { name: 'Play on the projector' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Projector controls' }).waitFor();
    let votes = 0;
    let shot = false;
    for (let i = 0; i < 600; i++) {
      if (await page.getByRole('heading', { name: 'What happened' }).count()) break;
      const vote = page.getByRole('region', { name: 'The class decides' });
      if (await vote.count()) {
        if (!shot) {
          await page.screenshot({ path: screenshotPath('projector-vote-en') });
          shot = true;
        }
        // The teacher counts raised hands: the last option gets the most this time.
        const inputs = vote.getByRole('spinbutton');
        const n = await inputs.count();
        await inputs.nth(n - 1).fill('12');
        await inputs.nth(0).fill('7');
        await vote.getByRole('button', { name: 'Choose the one with the most hands' }).focus();
        await page.keyboard.press('Enter');
        votes++;
        continue;
      }
      const done = page.getByRole('button', { name: 'See what happened' });
      if (await done.count()) {
        // The button goes away as soon as the debrief opens: a second look may find it gone.
        const focused = await done.focus({ timeout: 2000 }).then(
          () => true,
          () => false,
        );
        if (focused) await page.keyboard.press('Enter');
      } else await page.keyboard.press('n');
    }
    expect(votes).toBeGreaterThanOrEqual(6);
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
    await expect.poll(() => page.locator('.class-map .class-reached').count()).toBeGreaterThanOrEqual(votes);
    await page.screenshot({ path: screenshotPath('projector-debrief-map-en'), fullPage: true });
    await page.close();
  });
});
