import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, type Running, startApp } from '../server/helpers.ts';
import { launchBrowser, screenshotPath } from './browser.ts';

let browser: Browser;
let service: Running;
const temp = createTempDir();

beforeAll(async () => {
  // The real service and a real SQLite file, serving the built game next to the API (as `npm run serve` does).
  service = await startApp({ dbPath: temp.dbPath(), distDir: 'dist' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
  temp.remove();
});

/** A student opens the join link, starts the story and makes the first choice. */
async function studentChooses(code: string, problems: string[], typed = false): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (typed) {
    // This student types the code on Home instead of opening the link.
    await page.goto(`${service.url}/?lang=en&pacing=instant`);
    await page.getByText('Join a class session').click();
    await page.getByRole('textbox', { name: 'Code shown by your teacher' }).fill(code.toLowerCase());
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`join=${code}`));
  } else await page.goto(`${service.url}/?join=${code}&scenario=the-video&lang=en&pacing=instant`);
  await page.locator('.note-screen .btn').first().click();
  await page.getByRole('group', { name: 'Your reply' }).getByRole('button').first().click();
  await page.locator('.bubble.out').first().waitFor();
  return page;
}

describe('a live class session', () => {
  it('shows the class’s first choice on the teacher dashboard once five students answered', async () => {
    const problems: string[] = [];
    const teacher = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    teacher.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await teacher.goto(`${service.url}/?teacher=1&lang=en`);
    await teacher.getByRole('button', { name: 'For teachers: class session' }).click();
    await teacher.getByRole('heading', { name: 'Start a class session' }).waitFor();
    await teacher.getByLabel('Story').selectOption('the-video');
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
      .toBe('4 joined, 4 started');
    const choices = teacher.locator('.class-item').first();
    await expect.poll(() => choices.textContent()).toContain('Waiting for at least 5 students');
    expect(await teacher.locator('.class-item table').count()).toBe(0);
    expect(await students[0]?.locator('.class-badge').textContent()).toBe('Class session');

    students.push(await studentChooses(code, problems, true));
    const table = teacher.getByRole('table', { name: /^Choice \d/ }).first();
    await table.waitFor({ timeout: 10000 });
    const counts = await table.locator('tbody td').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
    expect(await teacher.locator('.class-joined').textContent()).toBe('5 joined, 5 started');
    // The class's path on the story map: the first choice point is marked once five students answered it.
    await expect.poll(() => teacher.locator('.class-map .class-reached').count()).toBe(1);
    await teacher.locator('.class-map').scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('class-session-map') });
    await teacher.screenshot({ path: screenshotPath('class-session-dashboard') });
    await table.scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('class-session-dashboard-results') });
    await students[0]?.screenshot({ path: screenshotPath('class-session-student') });

    await teacher.getByRole('button', { name: 'End the session' }).click();
    await expect.poll(() => teacher.getByRole('status').first().textContent()).toContain('The session has ended');
    expect(problems).toEqual([]);
    for (const page of [teacher, ...students]) await page.close();
  });

  it('keeps the game playable when the class session cannot be joined', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${service.url}/?join=ZZZZ99&scenario=the-video&lang=en&pacing=instant`);
    await page.locator('.note-screen .btn').first().click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Not connected to the class session; you can still play.');
    await page.getByRole('group', { name: 'Your reply' }).getByRole('button').first().click();
    await page.locator('.bubble.out').first().waitFor();
    expect(await page.locator('.class-badge').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
