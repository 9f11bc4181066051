import { afterEach, describe, expect, it, vi } from 'vitest';
import { colorNumber, cssColor } from '../../src/game/css-color.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('style');
});

describe('page colours for Phaser', () => {
  it('reads hex, rgb(), rgba() and color(srgb …) as 0xrrggbb, and nothing else', () => {
    expect(colorNumber('#2f55d4')).toBe(0x2f55d4);
    expect(colorNumber(' #FFF ')).toBe(0xffffff);
    expect(colorNumber('rgb(192, 57, 43)')).toBe(0xc0392b);
    expect(colorNumber('rgba(192, 57, 43, 0.5)')).toBe(0xc0392b);
    expect(colorNumber('rgb(192 57 43)')).toBe(0xc0392b);
    expect(colorNumber('color(srgb 0.8 0.5 0.4)')).toBe(0xcc8066);
    expect(colorNumber('color-mix(in srgb, red 40%, white)')).toBeUndefined();
    expect(colorNumber('oklch(0.6 0.1 30)')).toBeUndefined();
    expect(colorNumber('')).toBeUndefined();
  });

  it("takes the browser's computed colour of a brand colour mixed for the dark look, not the blue fallback", () => {
    document.documentElement.style.setProperty('--accent', 'color-mix(in srgb, #c0392b 40%, #ffffff)');
    // jsdom does not resolve var() or color-mix(): the browser's answer for the probe is given here, as Chromium
    // serialises this very mix (checked in Chromium: `getComputedStyle(probe).color`).
    const real = window.getComputedStyle;
    vi.spyOn(window, 'getComputedStyle').mockImplementation((el) =>
      el instanceof HTMLSpanElement && el.style.color === 'var(--accent)'
        ? ({ color: 'color(srgb 0.901176 0.689412 0.667451)' } as CSSStyleDeclaration)
        : real(el),
    );
    expect(cssColor('--accent', 0x2f55d4)).toBe(0xe6b0aa);
    // The probe is taken out again.
    expect(document.querySelectorAll('span').length).toBe(0);
  });

  it('falls back when the property is not set', () => {
    expect(cssColor('--nothing', 0x123456)).toBe(0x123456);
  });
});
