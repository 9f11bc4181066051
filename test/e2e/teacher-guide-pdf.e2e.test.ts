import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/content/index.ts';
import { STORIES_DIR } from '../../tools/scenario-files.ts';
import { buildScenarioFiles, buildTeacherStyles } from '../../tools/teacher/teacher-files.ts';
import { launchBrowser } from './browser.ts';

/** Where the printed guides and their screenshots are saved, to look at after a run. */
const OUT = resolve('test-results/teachers');
// A4 at 96 px per inch inside the guide's margins: portrait pages 182 mm wide, landscape map pages 277 × 190 mm.
const PORTRAIT_WIDTH = 688;
const LANDSCAPE = { width: 1047, height: 718 };
// The tallest map (most choice points), in both writing directions.
const SCENARIO = 'the-mentor';
const LANGS: readonly Lang[] = ['fr', 'ar'];

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const styles = buildTeacherStyles();
  writeFileSync(join(OUT, styles.fileName), styles.source);
  for (const lang of LANGS) {
    for (const file of buildScenarioFiles(join(STORIES_DIR, SCENARIO), lang).files) {
      writeFileSync(join(OUT, file.fileName), file.source);
    }
  }
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(file: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(pathToFileURL(join(OUT, file)).href);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Block elements whose content is wider than their box (text cut off or spilling into the margin). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blocks = document.querySelectorAll(
      'h1, h2, h3, h4, p, li, dt, dd, blockquote, ul, ol, dl, section, article, header, footer, figure, main, body',
    );
    return [...blocks]
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.display !== 'none' && style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`);
  });
}

describe.each(LANGS)('printed teacher guide (%s)', (lang) => {
  const guide = `${SCENARIO}-${lang}.html`;

  it('has no text wider than an A4 page', async () => {
    const page = await open(guide, PORTRAIT_WIDTH);
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PORTRAIT_WIDTH);
    await page.screenshot({ path: join(OUT, `${SCENARIO}-${lang}.png`) });
    await page.close();
  });

  it('prints the story map in bands that each fit a landscape page', async () => {
    const page = await open(guide, LANDSCAPE.width);
    const bands = await page.$$eval('.map-band', (els) => els.map((el) => el.getBoundingClientRect().height));
    expect(bands.length).toBeGreaterThan(1);
    for (const height of bands) expect(height).toBeLessThanOrEqual(LANDSCAPE.height);
    await page.close();
  });

  it('renders to an A4 PDF', async () => {
    const page = await open(guide, PORTRAIT_WIDTH);
    const path = join(OUT, `${SCENARIO}-${lang}.pdf`);
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdf = readFileSync(path, 'latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(5);
    await page.close();
  });

  it('has a standalone map that parses as SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(OUT, `${SCENARIO}-${lang}-map.svg`)).href);
    expect(await page.evaluate(() => document.documentElement.nodeName)).toBe('svg');
    expect(await page.locator('parsererror').count()).toBe(0);
    await page.screenshot({ path: join(OUT, `${SCENARIO}-${lang}-map.png`) });
    await page.close();
  });
});
