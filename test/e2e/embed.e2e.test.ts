import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from './browser.ts';
import { gameCsp, serveStatic } from './static-server.ts';

type Server = Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let game: Server;
let partner: Server;
let stranger: Server;

beforeAll(async () => {
  let gameOrigin = '';
  let partnerOrigin = '';
  // A page on a third origin that tries to command the game from a sibling frame.
  const strangerDir = mkdtempSync(join(tmpdir(), 'byr-stranger-'));
  writeFileSync(join(strangerDir, 'index.html'), '<!doctype html><p>stranger</p><script src="./attack.js"></script>');
  writeFileSync(
    join(strangerDir, 'attack.js'),
    "for (const f of Array.from(parent.frames)) f.postMessage({ protocol: 'before-you-reply', version: 1, type: 'set-language', lang: 'en' }, '*');",
  );
  stranger = await serveStatic(strangerDir);
  partner = await serveStatic('examples', {
    rewrite: (_path, text) =>
      text.replace('http://localhost:4173/', `${gameOrigin}/`).replace('data-pacing="fast"', 'data-pacing="instant"'),
  });
  partnerOrigin = partner.origin;
  game = await serveStatic('dist', {
    headers: { 'Content-Security-Policy': gameCsp(`'self' ${partnerOrigin}`), 'Access-Control-Allow-Origin': '*' },
  });
  gameOrigin = game.origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([game?.close(), partner?.close(), stranger?.close()]);
});

async function openPartner(): Promise<{ page: Page; requests: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${partner.url}partner.html`);
  const violations = async () => {
    const frame = gameFrame(page);
    return frame ? frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) : [];
  };
  return { page, requests, violations };
}

/** A page on the partner's origin with only the loader and one game div carrying `attributes`. */
async function loaderPage(attributes: string): Promise<{ page: Page; warnings: string[] }> {
  const page = await browser.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  // If the page were sent to evil.example, it would land here (visibly) rather than on a DNS error.
  await page.route(
    (url) => url.hostname === 'evil.example',
    (route) => route.fulfill({ contentType: 'text/html', body: '<p>evil</p>' }),
  );
  await page.goto(`${partner.url}partner.css`);
  await page.setContent(
    `<div data-before-you-reply data-scenario="sample" data-pacing="instant" ${attributes}></div><script src="${game.url}embed.js"></script>`,
  );
  return { page, warnings };
}

function gameFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().startsWith(game.origin));
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { partnerEvents: { type: string }[] }).partnerEvents);

/** Plays whatever is offered until the story ends, then opens the debrief. */
async function playToEnd(frame: Frame): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const done = frame.getByRole('button', { name: "Voir ce qui s'est passé" });
    if (await done.count()) {
      await done.click();
      return;
    }
    const open = frame.getByRole('button', { name: 'Ouvrir la discussion' });
    if (await open.count()) await open.click();
    const choice = frame.locator('.choices button').first();
    await choice.waitFor({ timeout: 5000 });
    if ((await choice.textContent())?.includes("Voir ce qui s'est passé")) continue;
    await choice.click();
  }
  throw new Error('the story did not end');
}

describe('embedding on a partner site (another origin)', () => {
  it('shows a poster and loads no game bytes before Start', async () => {
    const { page, requests } = await openPartner();
    await page.getByRole('button', { name: 'Commencer' }).waitFor();
    expect(requests.filter((u) => u.startsWith(game.origin))).toEqual([`${game.origin}/embed.js`]);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.close();
  });

  it('plays to an ending and sends events with counts only, under the CSP, with resize events', async () => {
    const { page, violations } = await openPartner();
    // A tall partner window: Chromium does not scroll the partner page from inside a cross-origin frame, so the
    // content note's Start button (below the gender question) must already be within the window.
    await page.setViewportSize({ width: 1100, height: 1500 });
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(async () => (await events(page)).map((e) => e.type), { timeout: 30000 }).toContain('ready');
    const frame = gameFrame(page);
    if (!frame) throw new Error('no game frame');
    await frame.getByRole('button', { name: "Commencer l'histoire" }).click();
    await playToEnd(frame);
    await expect.poll(async () => (await events(page)).map((e) => e.type)).toContain('scenario-ended');
    const all = await events(page);
    const started = all.find((e) => e.type === 'scenario-started');
    const ended = all.find((e) => e.type === 'scenario-ended') as Record<string, unknown> | undefined;
    expect(started).toEqual({
      protocol: 'before-you-reply',
      version: 1,
      type: 'scenario-started',
      scenario: 'the-video',
      lang: 'fr',
    });
    expect(Object.keys(ended ?? {}).sort()).toEqual([
      'ending',
      'missed',
      'protocol',
      'scenario',
      'spotted',
      'type',
      'version',
    ]);
    expect(ended).toMatchObject({ scenario: 'the-video', spotted: 0 });
    expect(typeof ended?.missed).toBe('number');
    // The frame's height and the events are read in one go: the debrief may still be growing, and a resize that
    // arrives between two separate reads would make them disagree.
    const sized = await page.evaluate(() => ({
      heights: (window as unknown as { partnerEvents: { type: string; height?: number }[] }).partnerEvents
        .filter((e) => e.type === 'resize')
        .map((e) => e.height ?? 0),
      frame: document.querySelector('iframe')?.style.height,
    }));
    expect(sized.heights.length).toBeGreaterThan(0);
    expect(sized.frame).toBe(`${Math.min(2000, Math.max(480, sized.heights.at(-1) ?? 0))}px`);
    expect(await violations()).toEqual([]);
    // Control: the policy is really enforced and reported (an inline style attribute is refused).
    await frame.evaluate(() => {
      const probe = document.createElement('template');
      probe.innerHTML = '<div style="color: red"></div>';
      document.body.append(probe.content);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
    await page.screenshot({ path: screenshotPath('partner-embed-debrief') });
    await page.close();
  });

  it('obeys the host page, and ignores malformed commands and other origins', async () => {
    const { page } = await openPartner();
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(async () => (await events(page)).map((e) => e.type), { timeout: 30000 }).toContain('ready');
    const frame = gameFrame(page);
    if (!frame) throw new Error('no game frame');
    const lang = () => frame.evaluate(() => document.documentElement.lang);
    await page.getByRole('button', { name: 'Arabe' }).click();
    await expect.poll(lang, { timeout: 15000 }).toBe('ar');
    // Malformed: wrong version, unknown type, bad values.
    await page.evaluate(() => {
      const f = document.querySelector('iframe')?.contentWindow;
      const target = new URL(document.querySelector('iframe')?.src ?? '').origin;
      f?.postMessage({ protocol: 'before-you-reply', version: 2, type: 'set-language', lang: 'en' }, target);
      f?.postMessage({ protocol: 'before-you-reply', version: 1, type: 'set-language', lang: 'xx' }, target);
      f?.postMessage({ protocol: 'before-you-reply', version: 1, type: 'eval', code: '1' }, target);
    });
    // A page on a third origin, framed by the partner, tries too.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }, stranger.url);
    await page.waitForTimeout(800);
    expect(await lang()).toBe('ar');
    await page.close();
  });

  it.each(['//evil.example/', '/\\evil.example/'])(
    'never lets data-leave-to="%s" send the partner page to another site',
    async (value) => {
      const { page, warnings } = await loaderPage(`data-lang="fr" data-leave-to="${value}"`);
      await page.getByRole('button', { name: 'Commencer' }).click();
      await page.frameLocator('iframe').getByRole('button', { name: '✕ Quitter', exact: true }).click();
      // The frame goes away and the poster comes back; the page stays where it was.
      await page.getByRole('button', { name: 'Commencer' }).waitFor();
      expect(page.url()).toBe(`${partner.url}partner.css`);
      expect(warnings.join('\n')).toContain(`data-leave-to="${value}"`);
      await page.close();
    },
  );

  it('follows data-leave-to to a path on the partner site', async () => {
    const { page } = await loaderPage('data-lang="fr" data-leave-to="/partner.html"');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.frameLocator('iframe').getByRole('button', { name: '✕ Quitter', exact: true }).click();
    await page.waitForURL(`${partner.url}partner.html`);
    await page.close();
  });

  it('shows the French poster, with a console warning, for a data-lang it does not have', async () => {
    for (const lang of ['constructor', '__proto__', 'xx']) {
      const { page, warnings } = await loaderPage(`data-lang="${lang}"`);
      await page.getByRole('button', { name: 'Commencer' }).waitFor();
      expect(await page.locator('[data-before-you-reply] strong').textContent()).toBe('Avant de répondre');
      expect(warnings.join('\n')).toContain(`data-lang="${lang}"`);
      await page.close();
    }
  });

  it('runs with storage blocked in the frame (sandbox without allow-same-origin)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${partner.url}partner.css`);
    await page.setContent(
      `<iframe sandbox="allow-scripts" src="${game.url}index.html?scenario=sample&lang=en&pacing=instant" width="420" height="760"></iframe>`,
    );
    const frame = page.frames()[1];
    if (!frame) throw new Error('no frame');
    await frame.getByRole('button', { name: 'Start the story' }).click({ timeout: 20000 });
    await frame.locator('.choices button').first().click();
    expect(await frame.evaluate(() => document.body.textContent)).toContain("can't be kept");
    expect(errors).toEqual([]);
    await page.close();
  });
});
