import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser.ts';
import { useService } from './service.ts';

const game = useService();

/** A student opens the join link, starts the story and makes the first choice (their first reply unless told). */
async function studentChooses(code: string, problems: string[], typed = false, reply = 0): Promise<Page> {
  const page = await game.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (typed) {
    // This student types the code on Home instead of opening the link.
    await page.goto(`${game.url}/?lang=en&pacing=instant`);
    await page.getByText('Join a class session').click();
    await page.getByRole('textbox', { name: 'Code shown by your teacher' }).fill(code.toLowerCase());
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`join=${code}`));
  } else await page.goto(`${game.url}/?join=${code}&scenario=the-video&lang=en&pacing=instant`);
  await page.locator('.note-screen .btn').first().click();
  await page.getByRole('group', { name: 'Your reply' }).getByRole('button').nth(reply).click();
  await page.locator('.bubble.out').first().waitFor();
  return page;
}

describe('a live class session', () => {
  it('shows the class’s first choice on the teacher dashboard once five students answered', async () => {
    const problems: string[] = [];
    const teacher = await game.browser.newPage({ viewport: { width: 1280, height: 900 } });
    teacher.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await teacher.goto(`${game.url}/?teacher=1&lang=en`);
    await teacher.getByRole('button', { name: 'For teachers: class session' }).click();
    await teacher.getByRole('heading', { name: 'Start a class session' }).waitFor();
    await teacher.getByLabel('Story', { exact: true }).selectOption('the-video');
    await teacher.getByRole('button', { name: 'Create the session' }).click();
    const code = (await teacher.locator('.class-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await teacher.getByRole('img', { name: 'QR code to join the session' }).getAttribute('src')).toMatch(
      /^data:image\/svg\+xml,/,
    );
    expect(await teacher.getByRole('link', { name: /join=/ }).getAttribute('href')).toContain(`join=${code}`);

    const students: Page[] = [];
    for (let i = 0; i < 4; i++) students.push(await studentChooses(code, problems));
    await expect
      .poll(() => teacher.locator('.class-joined').textContent(), { timeout: 10000 })
      .toBe('4 students joined · 4 started · finished: shown from 5 students');
    // A choice point fewer than five students reached is not listed at all (the service withholds it entirely).
    await expect
      .poll(() => teacher.locator('.class-results').textContent())
      .toContain('No choice point shown yet: a choice appears here once at least 5 students have made it.');
    expect(await teacher.locator('.class-item').count()).toBe(0);
    expect(await students[0]?.locator('.class-badge').textContent()).toBe("You're in a class session");

    // The fifth student takes the second reply: the table lists each option taken (the service sends taken options only).
    students.push(await studentChooses(code, problems, true, 1));
    const table = teacher.getByRole('table', { name: /^Choice \d/ }).first();
    await table.waitFor({ timeout: 10000 });
    const counts = await table.locator('tbody td').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
    expect(await teacher.locator('.class-joined').textContent()).toMatch(/^5 students joined · 5 started · /);
    // Options are named by their text (from the guide's data), choices come in story order.
    const options = await table.locator('tbody th').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) expect(option).not.toMatch(/^Option \d/);
    const titles = await teacher.locator('.class-item caption, .class-item h4').allTextContents();
    const numbers = titles.map((x) => Number(x.replace(/\D+/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // The class's path on the story map: the first choice point is marked once five students answered it.
    await expect.poll(() => teacher.locator('.class-map .class-reached').count()).toBe(1);
    await teacher.locator('.class-map').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('after-class-session-map') });
    await teacher.screenshot({ path: screenshotPath('after-class-session-dashboard') });
    await table.scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('after-class-session-dashboard-results') });
    await students[0]?.screenshot({ path: screenshotPath('after-class-session-student') });

    // The map can be enlarged and scrolled: its labels become readable at projector size.
    const label = teacher.locator('.class-map text').first();
    const before = (await label.boundingBox())?.height ?? 0;
    await teacher.getByRole('button', { name: 'Enlarge the map' }).click();
    const after = (await label.boundingBox())?.height ?? 0;
    expect(after).toBeGreaterThan(before * 2);
    expect(after).toBeGreaterThanOrEqual(12);
    await teacher.locator('.class-map-scroll').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('after-class-session-map-zoomed') });

    // Ending asks first, and offers the summary (aggregates only) before deleting anything.
    await teacher.getByRole('button', { name: 'End the session' }).click();
    const dialog = teacher.getByRole('dialog', { name: 'End the session?' });
    await dialog.waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await teacher.screenshot({ path: screenshotPath('after-class-session-end-dialog') });
    const [download] = await Promise.all([
      teacher.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the summary (CSV)' }).click(),
    ]);
    const csv = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv).toContain('"Joined","","5"');
    expect(csv).toContain(options[0]?.replace(/"/g, '""') ?? '');
    await dialog.getByRole('button', { name: 'Keep the session' }).click();
    expect(await teacher.locator('.class-code').isVisible()).toBe(true);
    await teacher.getByRole('button', { name: 'End the session' }).click();
    await teacher.getByRole('dialog').getByRole('button', { name: 'End and delete' }).click();
    // The page also holds an always-present (empty) announcer: look for the status that says so.
    await teacher.getByRole('status').filter({ hasText: 'The session has ended' }).waitFor();
    expect(problems).toEqual([]);
    for (const page of [teacher, ...students]) await page.close();
  }, 180_000); // six pages and a live service: more than the default under load

  it('keeps the game playable when the class session cannot be joined', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${game.url}/?join=ZZZZ99&scenario=the-video&lang=en&pacing=instant`);
    await page.locator('.note-screen .btn').first().click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /\S/ }).first().textContent())
      .toBe('Not connected to the class session; you can still play.');
    await page.getByRole('group', { name: 'Your reply' }).getByRole('button').first().click();
    await page.locator('.bubble.out').first().waitFor();
    expect(await page.locator('.class-badge').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
