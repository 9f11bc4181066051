import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../src/content/locales/ar.json' with { type: 'json' };
import en from '../../src/content/locales/en.json' with { type: 'json' };
import fr from '../../src/content/locales/fr.json' with { type: 'json' };
import { playFirstChoices } from '../server/helpers.ts';
import { violations } from './axe.ts';
import { screenshotPath } from './browser.ts';
import { ALL_CONTROLS, controlContrasts, overflowing, useSettings } from './chat-geometry.ts';
import { playToDebrief } from './play-helpers.ts';
import { useService } from './service.ts';

/**
 * Every screen a player or a teacher meets, on a phone (fr, ar) and a school PC (fr, ar): nothing sticks out sideways,
 * every visible control is readable (contrast ≥ 4.5:1), and axe finds nothing on the end-session dialog and the
 * debrief's missed-techniques stepper (issue 20). Labels come from the locale files, not from story lines.
 */

const STRINGS = { fr, ar, en } as const;
type Lang = keyof typeof STRINGS;
const ROWS = `${ALL_CONTROLS}, li, tr, .btn, .bubble`;

const game = useService();

/** What a sighted user would find wrong on the current screen: rows sticking out, faint controls. */
async function look(page: Page, screen: string, problems: string[]): Promise<void> {
  // At a ratio of 21 every control fails: an empty list would mean the screen showed no control at all.
  if (!(await controlContrasts(page, 21, ALL_CONTROLS)).length) problems.push(`${screen}: no visible control found`);
  for (const o of await overflowing(page, ROWS)) problems.push(`${screen}: overflows ${o}`);
  for (const c of await controlContrasts(page, 4.5, ALL_CONTROLS))
    problems.push(`${screen}: contrast ${c.ratio} "${c.text}" ${c.color} on ${c.background}`);
}

async function axe(page: Page, screen: string, problems: string[]): Promise<void> {
  // Let arrival animations end (axe measures colours mid-fade otherwise).
  await page.waitForTimeout(400);
  for (const v of await violations(page)) problems.push(`${screen}: axe ${v}`);
}

/** Content note (with the gender question), chat, help panel and settings dialog of the-video. */
async function player(page: Page, lang: Lang, problems: string[]): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${game.url}/?scenario=the-video&lang=${lang}&pacing=instant`);
  await page.locator('.note-screen .gender-choice').waitFor();
  await look(page, 'content note', problems);
  await page.getByRole('button', { name: s['note.start'] }).click();
  await page.locator('.choices button').first().waitFor();
  await look(page, 'chat', problems);
  await page.getByRole('button', { name: `? ${s['safety.help']}` }).click();
  await page.getByRole('dialog').waitFor();
  await look(page, 'help panel', problems);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: s['home.settings'] }).click();
  await page.getByRole('dialog').waitFor();
  await look(page, 'settings dialog', problems);
  await page.keyboard.press('Escape');
}

/** A page as the class-session service serves it (its CSP would block axe's injected script). */
function newPage(width: number, height: number): Promise<Page> {
  return game.browser.newPage({ viewport: { width, height }, bypassCSP: true });
}

/** The colour schemes axe looks at in place: light, dark, then high contrast (as Settings sets them). */
async function axeInEveryLook(page: Page, screen: string, problems: string[]): Promise<void> {
  for (const [theme, contrast] of [
    ['light', 'normal'],
    ['dark', 'normal'],
    ['light', 'high'],
  ] as const) {
    await page.evaluate(([t, c]) => Object.assign(document.documentElement.dataset, { theme: t, contrast: c }), [
      theme,
      contrast,
    ] as const);
    await axe(page, `${screen} (${theme}, ${contrast} contrast)`, problems);
  }
}

/** The debrief of the sample story: its summary card, then the stepper of missed techniques opened, then sorting. */
async function afterTheEnding(page: Page, lang: Lang, problems: string[], withAxe: boolean): Promise<void> {
  const s = STRINGS[lang];
  await playToDebrief(page, game.url, 'sample', lang);
  await page.locator('.debrief .debrief-summary').waitFor();
  await look(page, 'debrief summary', problems);
  const stepper = page.locator('.missed-stepper');
  await stepper.scrollIntoViewIfNeeded();
  await stepper.locator('summary').first().click();
  await look(page, 'debrief stepper', problems);
  if (withAxe) await axe(page, 'debrief stepper', problems);
  await page.getByRole('button', { name: s['sort.start'] }).click();
  await page.locator('.sort-answers button').first().waitFor();
  await look(page, 'sorting', problems);
  await page.locator('.sort-answers button').first().click();
  await page.locator('.sort-feedback').waitFor();
  await look(page, 'sorting feedback', problems);
}

/** The before check (every question, then its result) and the after check's first question. */
async function check(page: Page, lang: Lang, problems: string[]): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${game.url}/?lang=${lang}&pacing=instant`);
  await page.locator('.story-card').first().waitFor();
  await look(page, 'home', problems);
  await page.getByRole('button', { name: s['check.startBefore'] }).click();
  const answers = page.getByRole('group', { name: s['sort.question'] });
  await answers.waitFor();
  await look(page, 'check before', problems);
  for (let i = 0; i < 6; i++) {
    await answers.getByRole('button').first().click();
    await page.locator('.sort-feedback').waitFor();
    if (i === 0) await look(page, 'check feedback', problems);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: s['check.done'] }).waitFor();
  await look(page, 'check result', problems);
  await page.getByRole('button', { name: s['check.done'] }).click();
  await page.getByRole('button', { name: s['check.startAfter'] }).click();
  await answers.waitFor();
  await look(page, 'check after', problems);
}

/** The teacher dashboard of a live session with six students, then its end-session dialog (kept open for axe). */
async function dashboard(page: Page, lang: Lang, problems: string[], shot?: string): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${game.url}/?teacher=1&lang=${lang}`);
  await page.getByRole('button', { name: s['home.teacher'] }).click();
  await page.locator('.teacher select').first().selectOption('the-video');
  await look(page, 'class session start', problems);
  await page.getByRole('button', { name: s['teacher.create'] }).click();
  const code = (await page.locator('.class-code').textContent())?.trim() ?? '';
  await playFirstChoices(game.url, code);
  await page.locator('.class-item').first().waitFor({ timeout: 10000 });
  await look(page, 'teacher dashboard', problems);
  if (shot) await page.screenshot({ path: screenshotPath(`issue20/dashboard-${shot}`) });
  if (shot) {
    // The results sit below the code and the QR code: the teacher scrolls to them.
    await page.locator('.class-item').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`issue20/dashboard-${shot}-results`) });
  }
  await page.getByRole('button', { name: s['teacher.end'] }).click();
  await page.locator('dialog.end-dialog').waitFor();
  await look(page, 'end-session dialog', problems);
}

/** Projector mode from Home's teachers' entry, up to the first vote sheet. */
async function projector(page: Page, lang: Lang, problems: string[], shot?: string): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${game.url}/?lang=${lang}`);
  const teachers = page.getByRole('region', { name: s['home.teachers'] });
  await teachers.getByRole('combobox').selectOption('the-video');
  await teachers.getByRole('button', { name: s['home.projector'] }).click();
  for (let i = 0; i < 60 && !(await page.locator('.vote-panel').count()); i++) await page.keyboard.press('n');
  await page.locator('.vote-panel').waitFor();
  await page.waitForTimeout(400);
  await look(page, 'projector vote', problems);
  if (shot) await page.screenshot({ path: screenshotPath(`issue20/projector-vote-${shot}`) });
}

const SCREENS = [
  { lang: 'fr', width: 360, height: 740 },
  { lang: 'ar', width: 360, height: 740 },
  { lang: 'fr', width: 1366, height: 768 },
  { lang: 'ar', width: 1366, height: 768 },
] as const;

describe('every screen a player or a teacher meets', () => {
  for (const { lang, width, height } of SCREENS) {
    it(`fits the screen and is readable at ${width}×${height} (${lang})`, async () => {
      const problems: string[] = [];
      const page = await newPage(width, height);
      await useSettings(page, {});
      const desktop = width > 1000 ? `${lang}-${width}x${height}` : undefined;
      await player(page, lang, problems);
      await afterTheEnding(page, lang, problems, !desktop);
      await check(page, lang, problems);
      await page.goto(`${game.url}/teachers/index.html#${lang}`);
      await look(page, "teachers' page", problems);
      await dashboard(page, lang, problems, desktop);
      if (!desktop) await axe(page, 'end-session dialog', problems);
      await projector(page, lang, problems, desktop);
      await page.close();
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('has no axe violations on the opened stepper and the end-session dialog in English, dark and high contrast', async () => {
    const problems: string[] = [];
    const page = await newPage(360, 740);
    await useSettings(page, {});
    await playToDebrief(page, game.url, 'sample', 'en');
    await page.locator('.missed-stepper summary').first().click();
    await axeInEveryLook(page, 'debrief stepper', problems);
    await dashboard(page, 'en', problems);
    await axeInEveryLook(page, 'end-session dialog', problems);
    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
