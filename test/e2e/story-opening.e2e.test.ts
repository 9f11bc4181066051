import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { holdBack, unlock, WORDS } from './play-helpers.ts';

const game = useBuiltGame();

/** A story's built files (dist/.vite/manifest.json): its script, and its opening (src/engine/opening.ts). */
function builtFile(key: string): string {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
  const file = manifest[key]?.file;
  if (!file) throw new Error(`${key} is not in the build (run npm run build first)`);
  return file;
}

/** The chat's messages as a player reads them: who (in a group) and what, in order. */
const feed = (page: Page) =>
  page.locator('.chat-screen .bubble, .chat-screen .system-line').evaluateAll((els) => els.map((e) => e.textContent));

describe('a new story’s opening, before its script has arrived', () => {
  it('shows the first messages while the script is held back, offers the first reply once it is there, and plays on (ar, phone)', async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const script = await holdBack(page, `**/${builtFile('stories/the-video/ar.ink')}`);
    await page.goto(`${game.url}?lang=ar&pacing=instant`);
    await page.locator('.story-card[data-story="the-video"]').getByRole('button', { name: 'بدء', exact: true }).click();
    await page.getByRole('button', { name: WORDS.ar.start }).click();
    await script.held;
    // The opening is on screen, the script still on its way: the messages, no reply yet.
    await page.locator('.chat-screen .bubble').first().waitFor();
    const opening = await feed(page);
    expect(opening.length).toBeGreaterThan(1);
    await page.waitForTimeout(300);
    expect(await page.locator('.choices button').count(), 'no reply before the script is there').toBe(0);
    expect(await feed(page)).toEqual(opening);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await violations(page), 'axe on the opening').toEqual([]);
    await page.screenshot({ path: screenshotPath('story-opening-before-script-ar') });
    // The script arrives: the same messages (none twice), then the first reply, with focus on it.
    script.release();
    const options = page.locator('.choices button');
    await options.first().waitFor();
    expect(await feed(page)).toEqual(opening);
    expect(await page.evaluate(() => document.activeElement?.closest('.choices') !== null), 'focus on the reply').toBe(
      true,
    );
    await page.screenshot({ path: screenshotPath('story-opening-reply-ar') });
    await options.first().click();
    await expect.poll(async () => (await feed(page)).length).toBeGreaterThan(opening.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is the same chat as a story opened with its script in, at the chosen pacing with the lock screen (fr)', async () => {
    const play = async (hold: boolean) => {
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      const script = hold ? await holdBack(page, `**/${builtFile('stories/my-friend/fr.ink')}`) : undefined;
      await page.goto(`${game.url}?lang=fr&pacing=fast`);
      await page.locator('.story-card[data-story="my-friend"]').getByRole('button', { name: 'Commencer' }).click();
      await page.getByRole('button', { name: WORDS.fr.start }).click();
      if (script) {
        await script.held;
        await page.locator('.lock-screen .notification').first().waitFor();
        script.release();
      }
      await unlock(page);
      await page.locator('.choices button').first().waitFor({ timeout: 60000 });
      const seen = await feed(page);
      await page.close();
      return seen;
    };
    const [held, direct] = [await play(true), await play(false)];
    expect(held.length).toBeGreaterThan(1);
    expect(held).toEqual(direct);
  });
});
