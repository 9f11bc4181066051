import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReviewPages } from '../../tools/review/review-files.ts';
import { STORIES_DIR } from '../../tools/scenario-files.ts';
import { launchBrowser, SCREENSHOTS } from './browser.ts';

const OUT = resolve('test-results/review');
const SCENARIO = 'the-video';
let browser: Browser;

beforeAll(async () => {
  const { problems } = writeReviewPages(OUT, [join(STORIES_DIR, SCENARIO)]);
  expect(problems).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the language review page (npm run stories:review)', () => {
  it('shows fr, ar and en side by side, Arabic right to left in its font, and prints', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(OUT, `${SCENARIO}.html`)).href);
    await page.evaluate(() => document.fonts.ready);
    const headers = await page.locator('thead th').allInnerTexts();
    expect(headers).toEqual(['Français', 'العربية', 'English']);
    const firstOption = page.locator('tr.option').first();
    const cells = firstOption.locator('td');
    expect(await cells.count()).toBe(3);
    for (const text of await cells.allInnerTexts()) expect(text.trim()).not.toBe('');
    const arabic = firstOption.locator('td[lang="ar"]');
    expect(await arabic.evaluate((td) => getComputedStyle(td).direction)).toBe('rtl');
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'سلام'))).toBe(true);
    // The columns share the width: none is squeezed by a long line.
    const widths = await page
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) * 0.9);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-review-desktop.png') });
    await firstOption.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-review-option.png') });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 120_000);
});
