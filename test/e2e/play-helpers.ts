import type { Page, Route } from 'playwright-core';

/** The words the tests need in each language. */
export const WORDS = {
  fr: { start: "Commencer l'histoire", open: 'Ouvrir la discussion', debrief: "Voir ce qui s'est passé" },
  ar: { start: 'بدء القصة', open: 'فتح المحادثة', debrief: 'مشاهدة ما حدث' },
  en: { start: 'Start the story', open: 'Open the chat', debrief: 'See what happened' },
} as const;

/** Opens a story at instant pacing and plays the first offered reply at every choice until the debrief opens. */
export async function playToDebrief(page: Page, url: string, id: string, lang: keyof typeof WORDS): Promise<void> {
  const w = WORDS[lang];
  await page.goto(`${url}?scenario=${id}&lang=${lang}&pacing=instant`);
  await page.getByRole('button', { name: w.start }).click();
  await playOnToDebrief(page, id, lang);
}

/** Plays a story already open on from where it is (first offered reply at every choice) until the debrief opens. */
export async function playOnToDebrief(page: Page, id: string, lang: keyof typeof WORDS): Promise<void> {
  const w = WORDS[lang];
  for (let i = 0; i < 200; i++) {
    if (await page.locator('.debrief').count()) return;
    const done = page.getByRole('button', { name: w.debrief });
    if (await done.count()) {
      await done
        .first()
        .click({ timeout: 3000 })
        .catch(() => undefined);
      continue;
    }
    const open = page.getByRole('button', { name: w.open });
    if (await open.count())
      await open
        .first()
        .click({ timeout: 3000 })
        .catch(() => undefined);
    const choice = page.locator('.choices button').first();
    if (await choice.count()) await choice.click({ timeout: 3000 }).catch(() => undefined);
    else await page.waitForTimeout(100);
  }
  throw new Error(`${id} (${lang}) did not reach its debrief`);
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).map(Number);
    const f = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/**
 * A new story opens on the phone's lock screen (at every pacing but `instant`): opens the chat app from the newest
 * notification, as a player taps it.
 */
export async function unlock(page: Page): Promise<void> {
  const notification = page.locator('.lock-screen .notification').first();
  await notification.waitFor({ timeout: 15000 });
  await notification.click();
  await page.locator('.lock-screen').waitFor({ state: 'detached' });
}

/**
 * Holds back the files matching `url` (a glob or a pattern) until `release` is called, as a slow phone link would;
 * `held` settles once one was asked for.
 */
export async function holdBack(
  page: Page,
  url: string | RegExp,
): Promise<{ release: () => void; held: Promise<void> }> {
  let release = () => {};
  let seen = () => {};
  const held = new Promise<void>((r) => {
    seen = r;
  });
  const gate = new Promise<void>((r) => {
    release = r;
  });
  await page.route(url, async (route: Route) => {
    seen();
    await gate;
    await route.continue();
  });
  return { release, held };
}
