import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from './browser.ts';
import { serveStatic } from './static-server.ts';

// A host that sends `Cache-Control: no-store` (test/e2e/static-server.ts does): only the service worker can keep
// anything for later, and it never controlled the first visit's page unless it claims it.

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WORDS = {
  fr: {
    heading: 'Choisis une histoire',
    start: 'Commencer',
    note: "Commencer l'histoire",
    back: 'Retour aux discussions',
    home: 'Accueil',
  },
  ar: { heading: 'اختيار قصة', start: 'بدء', note: 'بدء القصة', back: 'العودة إلى المحادثات', home: 'الرئيسية' },
} as const;
const CONTINUE = { fr: 'Continuer', ar: 'متابعة' } as const;
const OPEN_CHAT = { fr: 'Ouvrir la discussion', ar: 'فتح المحادثة' } as const;
const NEEDS_CONNECTION = { fr: 'connexion internet', ar: 'اتصال بالإنترنت' } as const;

/** One visit, no reload: waits until the worker controls this very page and keeps every script and font it used. */
async function waitUntilKept(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20000 })
    .toBe(true);
  const missing = () =>
    page.evaluate(async () => {
      const used = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(location.origin) && /\/(?:assets|fonts)\//.test(u));
      const kept = await Promise.all(used.map(async (u) => ((await caches.match(u, { ignoreSearch: true })) ? '' : u)));
      return kept.filter(Boolean);
    });
  await expect.poll(missing, { timeout: 20000 }).toEqual([]);
}

/** Answers whatever the story offers once (opening the conversation first if asked). */
async function answerOnce(page: Page, lang: 'fr' | 'ar'): Promise<void> {
  const choice = page.locator('.choices button').first();
  const open = page.getByRole('button', { name: OPEN_CHAT[lang] });
  await choice.or(open).first().waitFor();
  if (await open.count()) await open.click();
  await choice.click();
}

async function firstVisit(
  lang: 'fr' | 'ar',
): Promise<{ context: BrowserContext; page: Page; stop: () => Promise<void> }> {
  const server = await serveStatic('dist');
  const context = await browser.newContext({
    locale: lang === 'fr' ? 'fr-FR' : 'ar-MA',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}?pacing=instant`);
  await page.getByRole('heading', { name: WORDS[lang].heading }).waitFor();
  await page.locator('[data-story="the-video"]').getByRole('button', { name: WORDS[lang].start }).click();
  await page.getByRole('button', { name: WORDS[lang].note }).click();
  await answerOnce(page, lang);
  await waitUntilKept(page);
  return { context, page, stop: server.close };
}

describe('offline after one visit, on a host that sends no-store', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`opens Home and goes on with the started story offline; a story never opened needs a connection (${lang})`, async () => {
      const { context, page, stop } = await firstVisit(lang);
      const w = WORDS[lang];
      await context.setOffline(true);
      await stop();
      await page.reload();
      await page.getByRole('heading', { name: w.heading }).waitFor();
      expect(await page.locator('body').textContent()).not.toContain('could not start');
      await page.screenshot({ path: screenshotPath(`offline-home-${lang}`) });

      await page.locator('[data-story="the-video"]').getByRole('button', { name: CONTINUE[lang] }).click();
      await answerOnce(page, lang);
      // On a phone the conversation fills the screen: back to the chat list, then Home.
      const back = page.getByRole('button', { name: w.back });
      if (await back.isVisible()) await back.click();
      await page.getByRole('button', { name: w.home }).click();

      await page.locator('[data-story="my-friend"]').getByRole('button', { name: w.start }).click();
      await page.getByRole('button', { name: w.note }).click();
      await page.getByRole('heading', { name: w.heading }).waitFor();
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining(NEEDS_CONNECTION[lang]));
      await page.screenshot({ path: screenshotPath(`offline-needs-connection-${lang}`) });
      await context.close();
    });
  }

  it('keeps a story that was still loading when the worker took control of the first page (ar)', async () => {
    // The worker registers once Home has been quiet (the game loaded): it is held until the story chunk is requested,
    // and the chunk until the worker controls the page: the request goes around the worker and is not in the page's
    // resource timeline yet when it takes control.
    const server = await serveStatic('dist');
    const context = await browser.newContext({ locale: 'ar-MA', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    let storyRequested = () => {};
    const requested = new Promise<void>((resolve) => {
      storyRequested = resolve;
    });
    let workerRequested = () => {};
    const registering = new Promise<void>((resolve) => {
      workerRequested = resolve;
    });
    await context.route(/\/sw\.js$/, async (route) => {
      workerRequested();
      await requested;
      await route.continue();
    });
    await page.route(/\/assets\/ar-[\w-]+\.js$/, async (route) => {
      storyRequested();
      await expect
        .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20000 })
        .toBe(true);
      await route.continue();
    });
    await page.goto(`${server.url}?pacing=instant`);
    await page.getByRole('heading', { name: WORDS.ar.heading }).waitFor();
    await registering;
    await page.locator('[data-story="the-video"]').getByRole('button', { name: WORDS.ar.start }).click();
    await page.getByRole('button', { name: WORDS.ar.note }).click();
    await answerOnce(page, 'ar');
    await waitUntilKept(page);
    await context.close();
    await server.close();
  });

  it('opens the teacher guides, privacy and neutral pages as themselves once the worker is active, online and offline', async () => {
    // One visit that installs the worker; from then on it answers every navigation in its scope.
    const server = await serveStatic('dist');
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const guide = async () => {
      await page.goto(page.url().replace(/\/[^/]*$/, '/teachers/the-video-fr.html'));
      await page.getByRole('heading', { level: 1, name: 'La vidéo qui met en colère' }).waitFor();
      expect(await page.title()).toContain("guide pour l'enseignant");
    };
    const base = new URL(page.url()).origin;
    await guide();
    for (const path of ['/teachers/', '/privacy.html', '/neutral.html']) {
      await page.goto(`${base}${path}`);
      expect(await page.title()).not.toBe('Avant de répondre');
      expect(await page.locator('#stage').count()).toBe(0);
    }
    // Offline: the guide read once is still there.
    await context.setOffline(true);
    await server.close();
    await guide();
    await page.screenshot({ path: screenshotPath('offline-teacher-guide-fr') });
    await context.close();
  });
});
