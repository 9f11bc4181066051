import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import ar from '../src/content/locales/ar.json' with { type: 'json' };
import en from '../src/content/locales/en.json' with { type: 'json' };
import fr from '../src/content/locales/fr.json' with { type: 'json' };
import { launchBrowser, launchBrowserServer } from '../test/e2e/browser.ts';
import { playOnToDebrief, WORDS } from '../test/e2e/play-helpers.ts';
import { createTempDir, playFirstChoices, startApp } from '../test/server/helpers.ts';
import { optimisePng } from './png-optimise.ts';

/**
 * `npm run screenshots`: the README's pictures of the built game, taken in Chromium and written to
 * docs/screenshots/ as small palette PNGs. `tsx tools/screenshots.ts --gallery DIR [--dist DIR]` instead shoots every
 * screen in every look (light, dark, high contrast) for comparing two builds pixel by pixel.
 */

const STRINGS = { fr, ar, en } as const;
type Lang = keyof typeof STRINGS;

/** A device the pictures are taken on. */
interface Device {
  readonly name: 'phone' | 'desktop';
  readonly width: number;
  readonly height: number;
}
const PHONE: Device = { name: 'phone', width: 360, height: 740 };
const DESKTOP: Device = { name: 'desktop', width: 1366, height: 768 };

/** The looks a gallery shoots each screen in, as Settings applies them to the root element. */
const LOOKS = [
  { name: 'light', theme: 'light', contrast: 'normal' },
  { name: 'dark', theme: 'dark', contrast: 'normal' },
  { name: 'high', theme: 'light', contrast: 'high' },
] as const;

/** Takes one picture of the current screen: `shoot(name)`. */
type Shoot = (name: string) => Promise<void>;

async function newPage(browser: Browser, device: Device, lang: Lang): Promise<Page> {
  // Reduced motion: every arrival and reward animation is at its end state when the picture is taken.
  const page = await browser.newPage({
    viewport: { width: device.width, height: device.height },
    locale: lang,
    reducedMotion: 'reduce',
  });
  // Instant pacing and no lock screen: the pictures show the screens, not the arrival animations.
  await page.addInitScript(() => localStorage.setItem('byr:settings', JSON.stringify({ pacing: 'instant' })));
  return page;
}

/** Lets fades and slides finish and fonts load before a picture. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(450);
}

/** Home, a chat with a red flag caught, the field guide, the debrief (its playbook and sorting in galleries). */
async function playerScreens(page: Page, url: string, lang: Lang, shoot: Shoot, all: boolean): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${url}?lang=${lang}&pacing=instant`);
  await page.locator('.story-card').first().waitFor();
  await shoot('home');
  if (all) await theVideo(page, url, lang, shoot);
  await page.goto(`${url}?scenario=sample&lang=${lang}&pacing=instant`);
  await page.getByRole('button', { name: WORDS[lang].start }).click();
  // Nox_77's first message shows a technique: flagging it adds a card to the field guide.
  const mark = new RegExp(`^${s['flag.mark'].split('{name}')[0]}.?Nox_77`);
  await page.getByRole('button', { name: mark }).first().click();
  await page.locator('.guide-new').first().waitFor();
  await shoot('chat-flag');
  await page.locator('.topbar').getByRole('button', { name: s['guide.open'] }).first().click();
  await page.locator('dialog.field-guide').waitFor();
  await shoot('field-guide');
  await page.keyboard.press('Escape');
  await playOnToDebrief(page, 'sample', lang);
  await page.locator('.debrief .debrief-summary').waitFor();
  await shoot('debrief');
  if (!all) return;
  await page.getByRole('button', { name: new RegExp(`^${s['playbook.open'].split('{name}')[0]}`) }).click();
  await page.locator('main.playbook').waitFor();
  await shoot('playbook');
  await page.getByRole('button', { name: s['playbook.back'] }).first().click();
  await sorting(page, lang, shoot);
}

/** the-video: its content note, the chat, the help panel and the settings dialog. */
async function theVideo(page: Page, url: string, lang: Lang, shoot: Shoot): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${url}?scenario=the-video&lang=${lang}&pacing=instant`);
  await page.locator('.note-screen').waitFor();
  await shoot('content-note');
  await page.getByRole('button', { name: s['note.start'] }).click();
  await page.locator('.choices button').first().waitFor();
  await shoot('chat');
  await page.getByRole('button', { name: `? ${s['safety.help']}` }).click();
  await page.getByRole('dialog').waitFor();
  await shoot('help');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: s['home.settings'] }).click();
  await page.getByRole('dialog').waitFor();
  await shoot('settings');
  await page.keyboard.press('Escape');
}

/** From the debrief: its sorting exercise, then a verdict. */
async function sorting(page: Page, lang: Lang, shoot: Shoot): Promise<void> {
  const s = STRINGS[lang];
  await page.getByRole('button', { name: s['sort.start'] }).click();
  await page.locator('.sort-answers button').first().waitFor();
  await shoot('sorting');
  await page.locator('.sort-answers button').first().click();
  await page.locator('.sort-feedback').waitFor();
  await shoot('sorting-feedback');
}

/** The teacher dashboard of a live session where six students have played, scrolled to the class's choices. */
async function dashboard(page: Page, url: string, lang: Lang, shoot: Shoot): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${url}?teacher=1&lang=${lang}`);
  await page.getByRole('button', { name: s['home.teacher'] }).click();
  await page.locator('.teacher select').first().selectOption('the-video');
  await page.getByRole('button', { name: s['teacher.create'] }).click();
  const code = (await page.locator('.class-code').textContent())?.trim() ?? '';
  await playFirstChoices(url.replace(/\/$/, ''), code);
  await page.locator('.class-item').first().waitFor({ timeout: 15_000 });
  await page.locator('.class-item').first().scrollIntoViewIfNeeded();
  await shoot('dashboard');
}

/** Shoots every screen on one device in one language; `looks` shoots each in every look. */
async function shootAll(browser: Browser, url: string, device: Device, lang: Lang, out: string, all: boolean) {
  const page = await newPage(browser, device, lang);
  const written: string[] = [];
  const shoot: Shoot = async (name) => {
    // Every look on a phone; a desktop's layout is compared in the light look only (the colours are the same).
    for (const look of all && device === PHONE ? LOOKS : [LOOKS[0]]) {
      if (all)
        await page.evaluate(([t, c]) => Object.assign(document.documentElement.dataset, { theme: t, contrast: c }), [
          look.theme,
          look.contrast,
        ] as const);
      await settle(page);
      const file = join(
        out,
        all ? `${name}-${lang}-${device.name}-${look.name}.png` : `${name}-${device.name}-${lang}.png`,
      );
      await page.screenshot({ path: file });
      written.push(file);
    }
  };
  await playerScreens(page, url, lang, shoot, all);
  await dashboard(page, url, lang, shoot);
  await page.close();
  return written;
}

/** Runs the README set (or a gallery) against the built game served by the class-session service. */
export async function takeScreenshots(options: {
  out: string;
  dist: string;
  gallery: boolean;
  /** The browser to use: the test run's shared one by default (launchBrowser needs Vitest). */
  launch?: () => Promise<Browser>;
}): Promise<string[]> {
  mkdirSync(options.out, { recursive: true });
  const temp = createTempDir();
  const service = await startApp({ dbPath: temp.dbPath(), distDir: options.dist });
  const browser = await (options.launch ?? launchBrowser)();
  const url = `${service.url}/`;
  const runs: [Device, Lang][] = options.gallery
    ? [
        [PHONE, 'fr'],
        [PHONE, 'ar'],
        [DESKTOP, 'fr'],
        [DESKTOP, 'ar'],
      ]
    : [
        [PHONE, 'fr'],
        [PHONE, 'ar'],
        [DESKTOP, 'fr'],
      ];
  const files: string[] = [];
  try {
    for (const [device, lang] of runs)
      files.push(...(await shootAll(browser, url, device, lang, options.out, options.gallery)));
  } finally {
    await browser.close();
    await service.close();
    temp.remove();
  }
  return files;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const gallery = value('--gallery');
  const out = resolve(gallery ?? 'docs/screenshots');
  // Outside Vitest there is no shared browser to join: start one for this run.
  const chromiumServer = await launchBrowserServer();
  const files = await takeScreenshots({
    out,
    dist: value('--dist') ?? 'dist',
    gallery: Boolean(gallery),
    launch: () => chromium.connect(chromiumServer.wsEndpoint()),
  }).finally(() => chromiumServer.close());
  if (gallery) {
    console.log(`${files.length} screenshots in ${out}`);
    return;
  }
  for (const file of files) {
    const { before, after } = optimisePng(file);
    console.log(`${file}: ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} kB`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
