import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

// What a first visit fetches before the first message, and what a repeat visit fetches before Home (issue 16).
// Request logs and order only: timings belong to `npm run bench`.
const game = useBuiltGame();

/** The files of the shell: what a repeat visit needs to paint Home. */
const SHELL = /\/(?:index\.html)?(?:\?[^/]*)?$|\/assets\/(?:index|strings-[a-z]+)-[\w-]+\.(?:js|css)$/;

describe('the start path', () => {
  it('loads the story script when a finger is on its Start; fetches the sound sprite only after the first message is shown; a repeat visit paints Home from the worker, with no network request for the shell', async () => {
    const context = await game.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
    // The page notes when the first chat message enters the document, on the page's own clock.
    await context.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.bubble, .system-line')) return;
        (window as unknown as { firstMessageAt: number }).firstMessageAt = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${game.url}?lang=fr&pacing=instant`);
    // A finger on Start (before it lifts) starts loading the story's script: the tap finds it on its way.
    const storyScript = page.waitForRequest(/\/assets\/fr-[\w-]+\.js$/, { timeout: 10000 });
    await page.locator('[data-story="the-video"]').getByRole('button', { name: 'Commencer' }).hover();
    await page.mouse.down();
    await storyScript;
    await page.mouse.up();
    await page.getByRole('button', { name: "Commencer l'histoire" }).click();
    await page.locator('.bubble, .system-line').first().waitFor();
    // The sound is kept: the sprite comes once the first message is on screen (the player has tapped twice).
    const sprite = page.waitForRequest(/\/sounds\/sprite\.wav$/, { timeout: 20000 });
    await sprite;
    // The page lists a resource once its answer has arrived, which can be a moment after the request was seen.
    const spriteEntry = () =>
      page.evaluate(() => {
        const at = (window as unknown as { firstMessageAt?: number }).firstMessageAt;
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/sounds/sprite.wav'));
        return { firstMessageAt: at, spriteAt: entry?.startTime };
      });
    await expect.poll(async () => (await spriteEntry()).spriteAt, { timeout: 20000 }).toBeTypeOf('number');
    const order = await spriteEntry();
    expect(order.firstMessageAt, 'the first message was seen').toBeTypeOf('number');
    expect(order.spriteAt, 'the sprite was requested').toBeTypeOf('number');
    expect(order.spriteAt ?? 0, 'sprite requested after the first message').toBeGreaterThan(order.firstMessageAt ?? 0);
    await page.screenshot({ path: screenshotPath('start-path-first-message-fr') });

    // The worker (registered after the first message) has kept the shell: a second visit, online, asks the network for
    // none of it, neither from the page nor from the worker.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20000 });
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const used = performance
              .getEntriesByType('resource')
              .map((e) => e.name)
              .filter((u) => /\/assets\/(?:index|strings-fr)-/.test(u));
            const kept = await Promise.all(used.map((u) => caches.match(u, { ignoreSearch: true })));
            return (
              used.length > 0 &&
              kept.every(Boolean) &&
              Boolean(await caches.match('index.html', { ignoreSearch: true }))
            );
          }),
        { timeout: 20000 },
      )
      .toBe(true);
    const warm = await context.newPage();
    const requests: Request[] = [];
    context.on('request', (r) => requests.push(r));
    await warm.goto(`${game.url}?lang=fr&pacing=instant`);
    await warm.getByRole('heading', { name: 'Choisis une histoire' }).waitFor();
    const shell = requests.filter((r) => SHELL.test(new URL(r.url()).pathname + new URL(r.url()).search));
    const fromPage = shell.filter((r) => r.serviceWorker() === null);
    expect(
      fromPage.map((r) => new URL(r.url()).pathname),
      'the page asked for the page, its script, its style and its strings',
    ).toEqual(expect.arrayContaining(['/', expect.stringMatching(/^\/assets\/index-.*\.js$/)]));
    const answers = await Promise.all(fromPage.map(async (r) => (await r.response())?.fromServiceWorker() ?? false));
    expect(answers, 'every shell file answered by the worker').not.toContain(false);
    const fromWorker = shell.filter((r) => r.serviceWorker() !== null).map((r) => r.url());
    expect(fromWorker, 'the worker fetched none of the shell from the network').toEqual([]);
    await warm.screenshot({ path: screenshotPath('start-path-repeat-home-fr') });
    await context.close();
  }, 120_000); // two visits and the worker's install: more than the default under load
});
