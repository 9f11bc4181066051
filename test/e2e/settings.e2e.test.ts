import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useBuiltGame } from './browser.ts';
import { contrast, unlock } from './play-helpers.ts';

const game = useBuiltGame();

/** Elements whose text is cut off: content wider or taller than the box, with overflow hidden or clipped. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('#ui *, #safety *, dialog *')) {
      if (!el.offsetParent || el.closest('.visually-hidden') || el.classList.contains('visually-hidden')) continue;
      const style = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!text) continue;
      // Ellipsis on one-line previews (last message in the chat list, a group's members) is intended; the full text is
      // in the chat. That holds for the parts of such a line too (each member's name is isolated in a <bdi>).
      const ellipsis = (e: Element | null) =>
        e instanceof HTMLElement && getComputedStyle(e).textOverflow === 'ellipsis';
      if (ellipsis(el) || ellipsis(el.parentElement)) continue;
      if (
        (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
      }
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 || box.left < -1)
        out.push(`off screen: ${el.tagName.toLowerCase()}.${el.className}`);
    }
    return out;
  });
}

async function setSetting(page: Page, name: string, value: string): Promise<void> {
  await page.getByRole('button', { name: /Settings|Réglages|الإعدادات/ }).click();
  await page.getByRole('combobox', { name }).selectOption(value);
  await page.keyboard.press('Escape');
}

describe('settings, text size, motion and saves', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`reflows at 200% text on a 360 px screen with nothing clipped (${lang})`, async () => {
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${game.url}?lang=${lang}`);
      await setSetting(page, lang === 'fr' ? 'Taille du texte' : 'حجم النص', '2');
      expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
      await page.locator('.story-card').first().waitFor();
      expect(await clipped(page), 'home').toEqual([]);
      await page.goto(`${game.url}?scenario=the-video&lang=${lang}&pacing=instant`);
      await page.locator('.note-screen .btn').first().click();
      await page.locator('.choices button').first().waitFor();
      expect(await clipped(page), 'chat').toEqual([]);
      await page.screenshot({ path: screenshotPath(`text-200-${lang}-phone`) });
      await page.close();
    });
  }

  it('turns animations off when motion is reduced (system setting or the game setting)', async () => {
    const page = await game.browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=normal`);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await unlock(page);
    await page.locator('.typing:not([hidden])').waitFor({ timeout: 10000 });
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduced');
    // The design tokens' durations are all 0 (src/ui/tokens.css), whatever an animation would use.
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--motion-loop').trim()),
    ).toMatch(/^0m?s$/);
    expect(
      await page
        .locator('.typing .dots span')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('none');
    await page.close();
    const full = await game.browser.newPage();
    await full.goto(`${game.url}?scenario=sample&lang=en&pacing=normal`);
    await full.getByRole('button', { name: 'Start the story' }).click();
    await unlock(full);
    await full.locator('.typing:not([hidden])').waitFor({ timeout: 10000 });
    expect(
      await full
        .locator('.typing .dots span')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('typing-dot');
    await full.close();
    // Two story starts through the lock screen at normal pacing: more than the default minute on a loaded machine.
  }, 120_000);

  it("derives each look's accent from a partner's brand colour, readable in every look", async () => {
    const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${game.url}?lang=fr&brand=%231f5fbf`);
    const pressed = page.locator('.lang-btn[aria-pressed="true"]');
    await pressed.waitFor();
    const looks: Record<string, { bg: string; fg: string }> = {};
    for (const [theme, level] of [
      ['light', 'normal'],
      ['dark', 'normal'],
      ['light', 'high'],
      ['dark', 'high'],
    ] as const) {
      looks[`${theme} ${level}`] = await pressed.evaluate(
        (el, [t, c]) => {
          Object.assign(document.documentElement.dataset, { theme: t, contrast: c });
          // color-mix() computes to color(srgb r g b) with 0–1 channels: turned into rgb() for the contrast helper.
          const rgb = (v: string) =>
            v.startsWith('color(srgb')
              ? `rgb(${(v.match(/[\d.]+/g) ?? []).map((n) => Math.round(Number(n) * 255)).join(', ')})`
              : v;
          const style = getComputedStyle(el);
          return { bg: rgb(style.backgroundColor), fg: rgb(style.color) };
        },
        [theme, level] as const,
      );
    }
    expect(looks['light normal']?.bg).toBe('rgb(31, 95, 191)');
    // In the dark look the brand colour is lightened (it sits behind dark text there); high contrast keeps its own.
    expect(looks['dark normal']?.bg).not.toBe('rgb(31, 95, 191)');
    expect(looks['light high']?.bg).toBe('rgb(0, 51, 170)');
    for (const [look, { bg, fg }] of Object.entries(looks))
      expect({ look, ratio: contrast(bg, fg) >= 4.5 }).toEqual({ look, ratio: true });
    await page.close();
  });

  it('continues at the same message after a reload mid-scenario', async () => {
    const page = await game.browser.newPage();
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=instant`);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.getByRole('button', { name: /thanks/ }).click();
    await page.getByRole('button', { name: 'Open the chat' }).click();
    const before = await page.locator('.bubble, .system-line').count();
    await page.reload();
    await page.locator('.choices button, .choices .btn').first().waitFor();
    if (await page.getByRole('button', { name: 'Open the chat' }).count())
      await page.getByRole('button', { name: 'Open the chat' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Block and report Nox_77' }).count()).toBe(1);
    expect(await page.locator('.bubble, .system-line').count()).toBe(before);
    await page.close();
  });

  it('lets the game be played when storage throws on every call, and says once that progress is not kept', async () => {
    const page = await game.browser.newPage();
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: fail });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${game.url}?lang=en&pacing=instant`);
    await expect.poll(() => page.locator('.notice').textContent()).toContain("can't be kept on this device");
    await page.getByRole('button', { name: 'Start' }).first().click();
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.locator('.choices button').first().waitFor({ timeout: 30000 });
    await page.locator('.choices button').first().click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language mid-scenario and resumes at the same choice', async () => {
    const page = await game.browser.newPage();
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=instant`);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.getByRole('button', { name: /thanks/ }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('button', { name: 'Ouvrir la discussion' }).click();
    await page.getByRole('button', { name: 'Bloquer et signaler Nox_77' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.close();
  });

  it('keeps the red flags the player marked when the language changes mid-scenario', async () => {
    const page = await game.browser.newPage();
    await page.goto(`${game.url}?scenario=sample&lang=en&pacing=instant`);
    await page.getByRole('button', { name: 'Start the story' }).click();
    await page.getByRole('button', { name: "Mark Nox_77's message as a red flag" }).click();
    await page.getByRole('button', { name: 'Say nothing' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    // Back in the group chat, now in French: the flagged message still shows its flag and its feedback.
    await page.getByRole('button', { name: 'Ouvrir la discussion' }).waitFor();
    const flag = page.getByRole('button', { name: 'Signaler le message de Nox_77 comme drapeau rouge' });
    expect(await flag.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.flag-feedback.spotted').count()).toBe(1);
    // The next save (after a choice) keeps the flag too: the debrief counts it.
    await page.getByRole('button', { name: 'Ouvrir la discussion' }).click();
    await page.getByRole('button', { name: 'Bloquer et signaler Nox_77' }).click();
    await page.getByRole('button', { name: "Voir ce qui s'est passé" }).click();
    // The full list of techniques is folded under its heading: open it as a player would.
    await page.getByRole('heading', { name: 'Les pièges rencontrés' }).click();
    const tricks = page.locator('.technique-list');
    await tricks.waitFor();
    expect(await tricks.locator('li.spotted').count()).toBe(1);
    await page.close();
  });
});
