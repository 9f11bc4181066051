import { describe, expect, it } from 'vitest';
import { DESK_MIN_WIDTH, deskLayout } from '../../src/game/desk-layout.ts';
import type { Rect } from '../../src/game/layout.ts';

/** The phone screen centred in a window, as `.screen` is (28rem at 16 px). */
const centred = (width: number, height: number, phone = 448): Rect => ({
  x: (width - phone) / 2,
  y: 0,
  width: phone,
  height,
});
const inside = (r: Rect, left: number, right: number) => r.x >= left && r.x + r.width <= right;

describe('deskLayout', () => {
  it('draws no scene on a phone or below the desktop width', () => {
    expect(deskLayout(centred(360, 740, 360), { width: 360, height: 740 })).toBeUndefined();
    expect(deskLayout(centred(DESK_MIN_WIDTH - 1, 700), { width: DESK_MIN_WIDTH - 1, height: 700 })).toBeUndefined();
  });

  it('draws no scene when the phone leaves too little room beside it (200 % text on a small laptop)', () => {
    expect(deskLayout(centred(1024, 700, 896), { width: 1024, height: 700 })).toBeUndefined();
  });

  it('keeps the room beside the phone on a desktop: nothing drawn goes under the screen', () => {
    const screen = centred(1366, 768);
    const at = deskLayout(screen, { width: 1366, height: 768 });
    if (!at) throw new Error('no desk scene at 1366×768');
    const left = screen.x;
    const right = screen.x + screen.width;
    expect(inside(at.window, 0, left) && inside(at.prop, 0, left)).toBe(true);
    expect(inside(at.poster, right, 1366) && inside(at.mug, right, 1366)).toBe(true);
    expect(at.deskTop).toBeGreaterThan(at.window.y + at.window.height);
    expect(at.prop.y + at.prop.height).toBeGreaterThan(at.deskTop);
    expect(at.phone.x).toBeLessThan(screen.x);
    expect(at.phone.x + at.phone.width).toBeGreaterThan(right);
  });

  it('puts the window on the side reading starts from: the right in Arabic', () => {
    const screen = centred(1366, 768);
    const ltr = deskLayout(screen, { width: 1366, height: 768 });
    const rtl = deskLayout(screen, { width: 1366, height: 768 }, true);
    if (!ltr || !rtl) throw new Error('no desk scene at 1366×768');
    expect(rtl.window.x).toBeCloseTo(1366 - ltr.window.x - ltr.window.width);
    expect(rtl.window.x).toBeGreaterThan(screen.x + screen.width);
    expect(rtl.mug.x + rtl.mug.width).toBeLessThan(screen.x);
  });
});
