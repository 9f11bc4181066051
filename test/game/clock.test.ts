import { describe, expect, it } from 'vitest';
import { type ClockHost, createPausableClock } from '../../src/game/clock.ts';

/** A page whose time and visibility the test sets by hand. */
function fakePage() {
  const timers = new Map<number, { at: number; run: () => void }>();
  const page = { now: 0, hidden: false, next: 1, listeners: new Set<() => void>() };
  const host: ClockHost = {
    now: () => page.now,
    setTimeout: (run, ms) => {
      const id = page.next++;
      timers.set(id, { at: page.now + ms, run });
      return id;
    },
    clearTimeout: (id) => timers.delete(id as number),
    isHidden: () => page.hidden,
    onVisibility: (listener) => {
      page.listeners.add(listener);
      return () => page.listeners.delete(listener);
    },
  };
  const advance = (ms: number) => {
    const end = page.now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      page.now = due[1].at;
      due[1].run();
    }
    page.now = end;
  };
  const setHidden = (hidden: boolean) => {
    page.hidden = hidden;
    for (const l of page.listeners) l();
  };
  return { host, advance, setHidden, timers, listeners: page.listeners };
}

describe('createPausableClock', () => {
  it('runs each wait after its time, and not after it was cancelled', () => {
    const page = fakePage();
    const clock = createPausableClock(page.host);
    const ran: string[] = [];
    clock.wait(100, () => ran.push('a'));
    const cancel = clock.wait(50, () => ran.push('b'));
    cancel();
    page.advance(99);
    expect(ran).toEqual([]);
    page.advance(1);
    expect(ran).toEqual(['a']);
  });

  it('keeps the time a wait had left across a pause (the ⏸ button)', () => {
    const page = fakePage();
    const clock = createPausableClock(page.host);
    const ran: number[] = [];
    clock.wait(1000, () => ran.push(1));
    page.advance(400);
    clock.setPaused(true);
    page.advance(10_000);
    expect(ran, 'nothing runs while paused').toEqual([]);
    clock.setPaused(false);
    page.advance(599);
    expect(ran).toEqual([]);
    page.advance(1);
    expect(ran).toEqual([1]);
  });

  it('stops while the page is hidden, as Phaser’s clock does, and a pause outlasts the page coming back', () => {
    const page = fakePage();
    const clock = createPausableClock(page.host);
    const ran: number[] = [];
    clock.wait(300, () => ran.push(1));
    page.advance(100);
    page.setHidden(true);
    page.advance(60_000);
    expect(ran).toEqual([]);
    clock.setPaused(true);
    page.setHidden(false);
    page.advance(60_000);
    expect(ran, 'still paused by the player').toEqual([]);
    clock.setPaused(false);
    page.advance(200);
    expect(ran).toEqual([1]);
  });

  it('a wait added while paused starts when play resumes; dispose cancels all and stops listening', () => {
    const page = fakePage();
    const clock = createPausableClock(page.host);
    const ran: number[] = [];
    clock.setPaused(true);
    clock.wait(50, () => ran.push(1));
    page.advance(1000);
    expect(ran).toEqual([]);
    clock.setPaused(false);
    page.advance(50);
    expect(ran).toEqual([1]);
    clock.wait(50, () => ran.push(2));
    clock.dispose();
    page.advance(1000);
    expect(ran).toEqual([1]);
    expect(page.timers.size).toBe(0);
    expect(page.listeners.size).toBe(0);
    clock.wait(10, () => ran.push(3));
    page.advance(100);
    expect(ran, 'a disposed clock waits for nothing').toEqual([1]);
  });
});
