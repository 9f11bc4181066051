import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';

const game = useBuiltGame();

const LABELS = {
  fr: {
    help: '? Aide',
    heading: "Où trouver de l'aide",
    quick: 'Les numéros utiles',
    adult: 'Un adulte de confiance',
    police: 'Police 19',
    feelBad: 'Si tu te sens mal',
  },
  ar: {
    help: '? مساعدة',
    heading: 'أين توجد المساعدة',
    quick: 'الأرقام المهمة',
    adult: 'شخص بالغ موثوق',
    police: 'الشرطة 19',
    feelBad: 'عند الشعور بالضيق',
  },
} as const;

/** The WCAG contrast ratio of an element's text colour on its own background colour (both opaque here). */
async function contrastOf(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r = 0, g = 0, b = 0] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
    return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
  });
}

describe('help panel on a phone', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`shows a trusted adult, 2511, Stop Silence and 19 in its first screen, readable, in ${lang}`, async () => {
      const l = LABELS[lang];
      const page = await game.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${game.url}?lang=${lang}`);
      await page.locator('.story-card').first().waitFor();
      await page.getByRole('button', { name: l.help }).click();
      const dialog = page.getByRole('dialog', { name: l.heading });
      await dialog.waitFor();
      const row = dialog.getByRole('navigation', { name: l.quick });
      const links = {
        adult: row.getByRole('button', { name: l.adult }),
        onde: row.getByRole('link', { name: '2511 (ONDE)' }),
        silence: row.getByRole('link', { name: 'Stop Silence' }),
        police: row.getByRole('link', { name: l.police }),
      };
      expect(await links.onde.getAttribute('href')).toBe('tel:2511');
      expect(await links.silence.getAttribute('href')).toBe('https://www.stopsilence.org');
      expect(await links.police.getAttribute('href')).toBe('tel:19');
      // Geometry: every control of the row lies inside the viewport and the panel's first screen, unscrolled.
      const panel = await dialog.boundingBox();
      for (const [name, link] of Object.entries(links)) {
        const box = await link.boundingBox();
        expect(box, name).not.toBeNull();
        if (!box || !panel) continue;
        expect(box.y, name).toBeGreaterThanOrEqual(panel.y);
        expect(box.y + box.height, name).toBeLessThanOrEqual(Math.min(panel.y + panel.height, 740));
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(360);
        expect(await contrastOf(link), name).toBeGreaterThanOrEqual(4.5);
      }
      expect(await dialog.getByRole('heading', { name: l.feelBad }).count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`help-panel-${lang}-phone`) });
      await dialog.evaluate((d) => d.scrollTo(0, d.scrollHeight));
      await page.screenshot({ path: screenshotPath(`help-panel-${lang}-phone-end`) });
      await page.close();
    });
  }
});
