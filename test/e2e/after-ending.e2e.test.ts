import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { contrast, playToDebrief } from './play-helpers.ts';

const game = useBuiltGame();

const SORT = {
  fr: { start: "Commencer l'exercice de tri", manipulation: 'Manipulation', back: 'Retour au bilan' },
  ar: { start: 'بدء تمرين الفرز', manipulation: 'تلاعب', back: 'العودة إلى الحصيلة' },
} as const;

/** Where the sorting button starts, measured from the top of the debrief's scrolling body, and that body's height. */
async function sortPosition(page: Page, name: string): Promise<{ top: number; screen: number; content: number }> {
  return page.evaluate((label) => {
    const body = document.querySelector('.debrief .home-body') as HTMLElement;
    const button = [...body.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLElement;
    return {
      top: button.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop,
      screen: body.clientHeight,
      content: body.scrollHeight,
    };
  }, name);
}

describe('after the ending', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`opens the debrief with a summary and the next steps on the first screens, long parts folded (${lang})`, async () => {
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await playToDebrief(page, game.url, 'the-video', lang);
      await page.locator('.debrief .debrief-summary').waitFor();
      const pos = await sortPosition(page, SORT[lang].start);
      console.log(
        `debrief the-video ${lang} at 360×740: content ${pos.content} px, sorting at ${Math.round(pos.top)} px`,
      );
      expect(pos.top).toBeLessThan(2 * pos.screen);
      // The summary card comes first; the missed techniques come one at a time; the essays are folded.
      const first = await page.locator('.debrief .home-body > *').first().getAttribute('class');
      expect(first).toContain('debrief-summary');
      expect(await page.locator('.missed-card').count()).toBe(1);
      expect(await page.locator('.technique-list').isVisible()).toBe(false);
      expect(await page.locator('.choice-list button').first().isVisible()).toBe(false);
      await page.screenshot({ path: screenshotPath(`after-debrief-${lang}-phone`) });
      await page.locator('.debrief .home-body').evaluate((b) => b.scrollBy(0, b.clientHeight));
      await page.screenshot({ path: screenshotPath(`after-debrief-${lang}-phone-screen2`) });
      const position = await page.locator('.stepper-position').textContent();
      await page.locator('.stepper-buttons button').last().click();
      expect(await page.locator('.stepper-position').textContent()).not.toBe(position);

      await page.getByRole('button', { name: SORT[lang].start }).click();
      const answers = page.locator('.sort-answers button');
      await answers.first().waitFor();
      // Both answers look the same: nothing but the words tells them apart.
      const styles = await answers.evaluateAll((buttons) =>
        buttons.map((b) => {
          const s = getComputedStyle(b);
          return [s.backgroundColor, s.color, s.fontWeight, s.borderTopColor, s.borderTopWidth, s.fontSize].join();
        }),
      );
      expect(styles).toHaveLength(2);
      expect(styles[0]).toBe(styles[1]);
      // No sender on a story card (the recruiter's name would be the answer), no quotation frame around a name.
      expect(await page.locator('.sort-card').textContent()).not.toMatch(/«|:\s/);
      await page.screenshot({ path: screenshotPath(`after-sort-${lang}-phone`) });
      const verdicts = new Map<string, { colour: string; text: string }>();
      for (let i = 0; i < 12 && !(await page.getByRole('button', { name: SORT[lang].back }).count()); i++) {
        // Always "Manipulation": the mix of cards gives both a right and a wrong answer.
        await page.getByRole('button', { name: SORT[lang].manipulation, exact: true }).click();
        const feedback = page.locator('.sort-feedback');
        // The verdict comes once the card has landed in its bin.
        await feedback.locator('.verdict').waitFor();
        const seen = await feedback.evaluate((f) => {
          const verdict = f.querySelector('.verdict') as HTMLElement;
          return {
            kind: (f as HTMLElement).dataset.verdict ?? '',
            colour: getComputedStyle(verdict).color,
            background: getComputedStyle(f).backgroundColor,
            text: verdict.textContent ?? '',
          };
        });
        expect(contrast(seen.colour, seen.background)).toBeGreaterThanOrEqual(4.5);
        if (!verdicts.has(seen.kind)) {
          verdicts.set(seen.kind, seen);
          await page.screenshot({ path: screenshotPath(`after-sort-${seen.kind}-${lang}-phone`) });
        }
        // "Next message" (or "See my result"), shown with the verdict.
        await page.locator('.sort-actions button').first().click();
      }
      const right = verdicts.get('right');
      const wrong = verdicts.get('wrong');
      expect(right && wrong).toBeTruthy();
      expect(right?.colour).not.toBe(wrong?.colour);
      expect(right?.text).not.toBe(wrong?.text);
      // The score is above "Back".
      const back = await page.getByRole('button', { name: SORT[lang].back }).boundingBox();
      const score = await page.locator('.sort-feedback p').first().boundingBox();
      expect((score?.y ?? 0) + (score?.height ?? 0)).toBeLessThanOrEqual(back?.y ?? 0);
      await page.screenshot({ path: screenshotPath(`after-sort-score-${lang}-phone`) });
      await page.close();
    });
  }
});
