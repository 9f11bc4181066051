import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

describe('projector mode', () => {
  it('is played by keyboard to an ending with the class votes entered, then shows the class path on the map', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${game.url}?teacher=1&lang=en`);
    const card = page.locator('.story-card[data-story="the-video"]');
    await card.getByRole('button', { name: 'Play on the projector' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Projector controls' }).waitFor();
    let votes = 0;
    let shot = false;
    for (let i = 0; i < 600; i++) {
      if (await page.getByRole('heading', { name: 'What happened' }).count()) break;
      const vote = page.getByRole('region', { name: 'The class decides' });
      if (await vote.count()) {
        if (!shot) {
          await page.screenshot({ path: screenshotPath('projector-vote-en') });
          shot = true;
        }
        // The teacher counts raised hands: the last option gets the most this time.
        const inputs = vote.getByRole('spinbutton');
        const n = await inputs.count();
        await inputs.nth(n - 1).fill('12');
        await inputs.nth(0).fill('7');
        await vote.getByRole('button', { name: 'Choose the one with the most hands' }).focus();
        await page.keyboard.press('Enter');
        votes++;
        continue;
      }
      const done = page.getByRole('button', { name: 'See what happened' });
      if (await done.count()) {
        // The button goes away as soon as the debrief opens: a second look may find it gone.
        const focused = await done.focus({ timeout: 2000 }).then(
          () => true,
          () => false,
        );
        if (focused) await page.keyboard.press('Enter');
      } else await page.keyboard.press('n');
    }
    expect(votes).toBeGreaterThanOrEqual(6);
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
    await expect.poll(() => page.locator('.class-map .class-reached').count()).toBeGreaterThanOrEqual(votes);
    // The class's votes are kept with its path: each decision, in order, with the hands counted for it.
    const rows = page.getByRole('table', { name: "The class's votes, in order" }).locator('tbody tr');
    expect(await rows.count()).toBe(votes);
    expect(await rows.first().locator('td').first().textContent()).toMatch(/^option \d+: \S/);
    for (const hands of await rows.locator('td:last-child').allTextContents()) expect(['12', '7']).toContain(hands);
    await page.screenshot({ path: screenshotPath('projector-debrief-map-en'), fullPage: true });
    await page.close();
  }, 180_000); // a whole story by keyboard: more than the default under load
});

const FR = {
  open: 'Jouer au vidéoprojecteur',
  vote: 'La classe décide',
  most: 'Choisir celle qui a le plus de mains',
  pick: 'Choisir',
};

/** Opens projector mode from Home's teachers' entry (no ?teacher=1) and plays to the first vote. */
async function firstVote(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?lang=fr`);
  const teachers = page.getByRole('region', { name: 'Pour les enseignants' });
  await teachers.getByRole('combobox', { name: 'Histoire à jouer avec la classe' }).selectOption('the-video');
  await teachers.getByRole('button', { name: FR.open }).click();
  await page.getByRole('toolbar', { name: 'Commandes du vidéoprojecteur' }).waitFor();
  for (let i = 0; i < 60 && !(await page.getByRole('region', { name: FR.vote }).count()); i++)
    await page.keyboard.press('n');
  await page.getByRole('region', { name: FR.vote }).waitFor();
}

/** Rectangles a sighted class sees: the story's feed, the vote sheet, each option row, the "most hands" button. */
async function voteGeometry(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : undefined;
    };
    const feeds = [...document.querySelectorAll('.projector-stage [role="log"]')].filter(
      (f) => (f as HTMLElement).offsetParent !== null,
    );
    const most = [...document.querySelectorAll('.vote-panel button')].at(-1) ?? null;
    return {
      feed: box(feeds[0] ?? null),
      panel: box(document.querySelector('.vote-panel')),
      rows: [...document.querySelectorAll('.vote-options li')].map((li) => box(li)),
      most: box(most),
      toolbar: box(document.querySelector('.projector-toolbar')),
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

describe('projector mode on a school projector', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 720],
  ] as const) {
    it(`keeps the story beside the vote and every option above the Next bar at ${width}×${height}`, async () => {
      const page = await game.browser.newPage({ viewport: { width, height } });
      await firstVote(page, game.url);
      const g = await voteGeometry(page);
      await page.screenshot({ path: screenshotPath(`after-projector-vote-fr-${width}x${height}`) });
      // The story keeps most of the screen's height and is not covered by the vote sheet.
      expect(g.feed && g.panel).toBeTruthy();
      if (!g.feed || !g.panel || !g.toolbar || !g.most) return;
      expect(g.feed.bottom - g.feed.top).toBeGreaterThan(height * 0.5);
      expect(g.feed.right <= g.panel.left + 1 || g.panel.right <= g.feed.left + 1).toBe(true);
      // Every option and the "most hands" button are on screen, above the Next bar.
      for (const row of [...g.rows, g.most]) {
        expect(row?.top ?? -1).toBeGreaterThanOrEqual(0);
        expect(row?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(g.toolbar.top + 1);
      }
      await page.close();
    });
  }

  it('asks the teacher to settle a tie, then says what the class chose and with how many hands', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await firstVote(page, game.url);
    const vote = page.getByRole('region', { name: FR.vote });
    const hands = vote.getByRole('spinbutton');
    await hands.nth(0).fill('5');
    await hands.nth(1).fill('5');
    await vote.getByRole('button', { name: FR.most }).click();
    // A tie picks nothing: the sheet stays, and says so.
    await expect.poll(() => vote.getByRole('status').textContent()).toContain('Égalité entre les options 1 et 2');
    expect(await vote.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('after-projector-tie-fr') });
    await vote.getByRole('button', { name: FR.pick, exact: true }).nth(1).click();
    const result = page.getByRole('toolbar').getByRole('status');
    await expect.poll(() => result.textContent()).toMatch(/^La classe a choisi l'option 2 : « .+ » \(5 mains\)$/);
    expect(await result.isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('after-projector-result-fr') });
    // The next vote: 12 hands for the last option wins outright.
    for (let i = 0; i < 60 && !(await vote.count()); i++) await page.keyboard.press('n');
    const last = (await hands.count()) - 1;
    await hands.nth(last).fill('12');
    await vote.getByRole('button', { name: FR.most }).click();
    await expect.poll(() => result.textContent()).toContain(`l'option ${last + 1}`);
    expect(await result.textContent()).toContain('(12 mains)');
    await page.close();
  });

  it('lays out the vote beside the story in Arabic too', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${game.url}?lang=ar`);
    await page.getByRole('region', { name: 'للأساتذة' }).getByRole('button', { name: 'اللعب على جهاز العرض' }).click();
    for (let i = 0; i < 60 && !(await page.locator('.vote-panel').count()); i++) await page.keyboard.press('n');
    await page.locator('.vote-panel').waitFor();
    const g = await voteGeometry(page);
    await page.screenshot({ path: screenshotPath('after-projector-vote-ar-1366x768') });
    expect((g.feed?.bottom ?? 0) - (g.feed?.top ?? 0)).toBeGreaterThan(768 * 0.5);
    // Right to left: the vote sheet is on the left of the story.
    expect(g.panel?.right ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual((g.feed?.left ?? 0) + 1);
    await page.close();
  });
});
