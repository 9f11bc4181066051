import type { Page } from 'playwright-core';

/** Settings stored before the page loads (the game reads `byr:settings`). */
export interface LookSettings {
  readonly textSize?: number;
  readonly theme?: 'light' | 'dark';
  readonly contrast?: 'normal' | 'high';
}

/** Stores display settings for every page load of this page. */
export async function useSettings(page: Page, settings: LookSettings): Promise<void> {
  await page.addInitScript((s) => {
    localStorage.setItem('byr:settings', JSON.stringify({ pacing: 'instant', ...s }));
  }, settings);
}

/** A visible control whose text is too faint on its background. */
export interface ContrastFailure {
  readonly text: string;
  readonly ratio: number;
  readonly color: string;
  readonly background: string;
}

/**
 * The text/background contrast of every visible control (buttons, links) on the screen, as a sighted player sees it:
 * colours resolved by drawing them (any CSS colour syntax), semi-transparent backgrounds blended over their parents.
 */
export function controlContrasts(page: Page, minimum = 4.5): Promise<ContrastFailure[]> {
  return page.evaluate((min) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no canvas');
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: number[], below: number[]) => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (below[i] ?? 0) * (1 - a)).concat(1);
    };
    const background = (el: Element | null): number[] => {
      if (!el) return [255, 255, 255, 1];
      const own = rgba(getComputedStyle(el).backgroundColor);
      if (own[3] >= 1) return own;
      return over(own, background(el.parentElement));
    };
    const lum = (c: number[]) => {
      const [r, g, b] = [0, 1, 2].map((i) => {
        const v = (c[i] ?? 0) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const failures: ContrastFailure[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('#ui button, #ui a, #safety button, #safety a')) {
      const box = el.getBoundingClientRect();
      const text = el.textContent?.trim() ?? '';
      if (box.width === 0 || box.height === 0 || !text || el.closest('[hidden], .visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const bg = background(el);
      const fg = over(rgba(style.color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
      if (ratio < min)
        failures.push({
          text: text.slice(0, 40),
          ratio: Math.round(ratio * 100) / 100,
          color: style.color,
          background: `rgb(${bg.slice(0, 3).join(',')})`,
        });
    }
    return failures;
  }, minimum);
}

/** Visible chat-screen rows and controls that stick out of the viewport sideways. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      '.chat-screen li, .chat-screen button, .chat-screen .badge',
    )) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest('[hidden]')) continue;
      if (box.left < -0.5 || box.right > width + 0.5)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`,
        );
    }
    return out;
  });
}

/**
 * Where the open chat's latest entry sits relative to its feed and the reply area (px; `hidden` > 0 is bad). `room` is
 * the most the feed can have: the space it would get if the reply area kept only its legend and one line of its first
 * option in view (an entry taller than that cannot be shown whole on this screen).
 */
export function latestEntryPlace(page: Page): Promise<{
  hiddenAbove: number;
  hiddenBelow: number;
  height: number;
  space: number;
  room: number;
  /** The chat was just opened at its "N unread" divider, which sits at the top of the feed. */
  atUnread: boolean;
  text: string;
}> {
  return page.evaluate(() => {
    const feed = document.querySelector<HTMLElement>('.conversation .feed');
    const items = feed?.querySelectorAll<HTMLElement>('.item:not(.unread-sep):not(.time-sep)');
    const last = items?.[items.length - 1];
    if (!feed || !last) throw new Error('no open feed with entries');
    const composer = document.querySelector<HTMLElement>('.conversation .composer:not([hidden])');
    const view = feed.getBoundingClientRect();
    const reply = composer?.getBoundingClientRect();
    const bottom = Math.min(view.bottom, reply?.top ?? Infinity, innerHeight);
    const box = last.getBoundingClientRect();
    const space = Math.round(bottom - Math.max(view.top, 0));
    const first = composer?.querySelector<HTMLElement>('.choices > button');
    let room = space;
    if (composer && reply && first) {
      const line = Number.parseFloat(getComputedStyle(first).minHeight) || 0;
      const pad = Number.parseFloat(getComputedStyle(composer).paddingBlockEnd) || 0;
      const minimum = first.getBoundingClientRect().top - reply.top + composer.scrollTop + line + pad;
      room = Math.round(space + Math.max(0, reply.height - minimum));
    }
    const sep = feed.querySelector('.unread-sep')?.getBoundingClientRect();
    const atUnread = sep !== undefined && sep.top >= view.top - 1 && sep.top <= view.top + 16;
    return {
      atUnread,
      hiddenAbove: Math.max(0, Math.round(Math.max(view.top, 0) - box.top)),
      hiddenBelow: Math.max(0, Math.round(box.bottom - bottom)),
      height: Math.round(box.height),
      space,
      room,
      text: last.textContent?.slice(0, 40) ?? '',
    };
  });
}
