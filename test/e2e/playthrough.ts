import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshotPath } from './browser.ts';
import { type LookSettings, latestEntryPlace, useSettings } from './chat-geometry.ts';

/** Opens a story at instant pacing with these display settings, past its content note, in its first chat. */
export async function openStory(
  page: Page,
  url: string,
  scenario: string,
  lang: string,
  look: LookSettings = {},
): Promise<void> {
  await useSettings(page, look);
  await page.goto(`${url}?scenario=${scenario}&lang=${lang}&pacing=instant`);
  await page.locator('.note-screen .btn').first().click();
  await page.getByRole('log').first().waitFor();
}

/**
 * Plays to the ending always taking the first option; before each choice, `atChoice` looks at the screen. Reply
 * options waiting in another chat are followed there first. Returns the number of choices made.
 */
export async function playThrough(page: Page, atChoice: (step: number) => Promise<void>): Promise<number> {
  const composer = page.locator('.conversation .composer:not([hidden])');
  for (let step = 0; step < 60; step++) {
    await composer.locator('button').first().waitFor();
    if (await composer.locator('.btn').count()) return step;
    const buttons = composer.locator('.choices > button');
    if ((await composer.locator('.legend[aria-hidden="true"]').count()) === 0) {
      await buttons.first().click();
      continue;
    }
    await atChoice(step);
    await buttons.first().click();
  }
  throw new Error('no ending after 60 steps');
}

/** A phone (360×740) and a school PC (1366×768). */
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1366, height: 768 };

/** One full playthrough: a story in a language, on a screen, at a text size (1 = 100 %). */
export interface PlaythroughCase {
  readonly story: string;
  readonly lang: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly textSize: number;
}

/**
 * One test per case: a full playthrough (first option each time) that checks, before every choice, that the latest
 * message is fully visible above the reply options, as a sighted player needs to read what they answer.
 */
export function latestMessageAtEveryChoice(
  game: { readonly browser: Browser; readonly url: string },
  cases: readonly PlaythroughCase[],
): void {
  for (const c of cases) {
    const name = `${c.story}-${c.lang}-${c.viewport === PHONE ? 'phone' : 'desktop'}-${c.textSize * 100}`;
    it(`keeps the latest message fully visible above the reply options at every choice (${name})`, async () => {
      const page = await game.browser.newPage({ viewport: c.viewport });
      await openStory(page, game.url, c.story, c.lang, { textSize: c.textSize });
      const hidden: string[] = [];
      const steps = await playThrough(page, async (step) => {
        const place = await latestEntryPlace(page);
        // Taller than the most room this screen can give (a long card at 200 % text on a phone): the reply area gives
        // all it can and the entry shows from its start.
        const tooTall = place.height > place.room;
        // Layout in fractions of a pixel may leave less than one pixel out of view: no one sees that.
        const cut = tooTall ? place.space < place.room - 2 : place.hiddenBelow > 1;
        // A chat the player just opened shows its first unread message at the top instead (they read down to it).
        if (!place.atUnread && (place.hiddenAbove > 1 || cut))
          hidden.push(
            `choice ${step}: "${place.text}" (${place.height}px in ${place.space}px of ${place.room}px) hidden ${place.hiddenAbove}px above, ${place.hiddenBelow}px below`,
          );
        if (step === 1 && c.story === 'the-squad')
          await page.screenshot({ path: screenshotPath(`chat-latest-visible-${name}`) });
      });
      expect(steps).toBeGreaterThan(3);
      expect(hidden).toEqual([]);
      await page.close();
    }, 240_000);
  }
}
