import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { screenshotPath, useBuiltGame } from './browser.ts';
import type { LookSettings } from './chat-geometry.ts';
import { openStory, PHONE } from './playthrough.ts';

const game = useBuiltGame();

/** Where a picture sits and whether its drawing loaded (px, in the viewport). */
function pictureBox(page: Page, name: string) {
  return page.getByRole('img', { name, exact: true }).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const bubble = el.closest<HTMLElement>('.bubble');
    const style = bubble ? getComputedStyle(bubble) : undefined;
    const content =
      (bubble?.clientWidth ?? 0) -
      Number.parseFloat(style?.paddingLeft ?? '0') -
      Number.parseFloat(style?.paddingRight ?? '0');
    const img = el.querySelector('img');
    return {
      left: box.left,
      right: box.right,
      width: box.width,
      height: box.height,
      /** The bubble's content width (inside its padding, the flag's room included) less the picture's. */
      spare: content - box.width,
      drawn: el.classList.contains('drawn') && (img?.naturalWidth ?? 0) > 0,
      src: img?.getAttribute('src') ?? '',
      animations: el.getAnimations({ subtree: true }).length,
    };
  });
}

describe('story pictures in the feed', () => {
  for (const c of [
    {
      story: 'the-squad',
      lang: 'fr',
      look: {},
      name: "Écran de fin sur le téléphone d'Ilyas : notre squad 1re sur 60, 14 éliminations",
    },
    {
      story: 'the-sisters',
      lang: 'ar',
      look: { theme: 'dark', textSize: 2 },
      name: 'تصويرتك فحنّة بنت خالتك: كسوة خضرا، اليدين فيهم الحنّة، وضحكة كبيرة',
    },
    { story: 'sample', lang: 'ar', look: { contrast: 'high' }, name: 'شاشة الفوز، 3 مقابل 0' },
  ] satisfies { story: string; lang: string; look: LookSettings; name: string }[]) {
    const label = `${c.story} ${c.lang}${c.look.theme ? ` ${c.look.theme}` : ''}${c.look.contrast ? ' high contrast' : ''}${c.look.textSize ? ' 200%' : ''}`;
    it(`shows the drawing named by its line, inside 360 px and 40 % of the height, axe 0 (${label})`, async () => {
      const page = await game.browser.newPage({ viewport: PHONE, reducedMotion: 'reduce' });
      await openStory(page, game.url, c.story, c.lang, c.look);
      const picture = page.getByRole('img', { name: c.name, exact: true });
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(async () => (await pictureBox(page, c.name)).drawn).toBe(true);
      const box = await pictureBox(page, c.name);
      await page.screenshot({ path: screenshotPath(`story-picture-${label.replaceAll(/[ %]+/g, '-')}-phone`) });
      expect(box.src).toMatch(new RegExp(`assets/pictures/${c.story}-[\\w-]+-[0-9a-f]{10}\\.svg$`));
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
      expect(box.height).toBeLessThanOrEqual(PHONE.height * 0.4);
      // At the bubble's width, and still.
      expect(Math.abs(box.spare)).toBeLessThan(1);
      expect(box.width).toBeGreaterThan(c.look.textSize ? 160 : 200);
      expect(box.animations).toBe(0);
      // One accessible name: the caption under the picture is not read a second time.
      expect(await page.getByText(c.name, { exact: true }).getAttribute('aria-hidden')).toBe('true');
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }
});
