import { describe, expect, it } from 'vitest';
import { createBrowserStore, createSaveSlots, loadSettings } from '../../src/platform/index.ts';

function throwingStorage(): Storage {
  const fail = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail, key: fail, clear: fail, length: 0 } as unknown as Storage;
}

describe('createBrowserStore', () => {
  it('falls back to memory when storage throws, reports it once, and never throws', () => {
    const failures: unknown[] = [];
    const store = createBrowserStore(throwingStorage, (e) => failures.push(e));
    expect(store.isPersistent).toBe(false);
    expect(store.set('a', '1')).toBe(true);
    expect(store.get('a')).toBe('1');
    expect(failures).toHaveLength(1);
  });

  it('keeps working in memory when storage starts failing later (quota full)', () => {
    let full = false;
    const real = window.localStorage;
    const flaky = {
      getItem: (k: string) => real.getItem(k),
      setItem: (k: string, v: string) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        real.setItem(k, v);
      },
      removeItem: (k: string) => real.removeItem(k),
      key: (i: number) => real.key(i),
      get length() {
        return real.length;
      },
    } as unknown as Storage;
    const failures: unknown[] = [];
    const store = createBrowserStore(
      () => flaky,
      (e) => failures.push(e),
    );
    full = true;
    expect(store.set('b', '2')).toBe(false);
    expect(store.get('b')).toBe('2');
    store.set('c', '3');
    expect(failures).toHaveLength(1);
  });
});

describe('save slots and settings', () => {
  it('sets an unreadable save aside instead of deleting it', () => {
    localStorage.clear();
    const store = createBrowserStore();
    store.set('byr:save:the-video', '{not json');
    const slots = createSaveSlots(store, () => 42);
    expect(slots.read('the-video')).toEqual({ kind: 'unreadable' });
    slots.setAside('the-video');
    expect(slots.read('the-video')).toEqual({ kind: 'empty' });
    expect(store.get('byr:aside:the-video:42')).toBe('{not json');
    slots.clearAll();
    expect(store.keys().filter((k) => k.startsWith('byr:'))).toEqual([]);
  });

  it('gives defaults for missing or malformed settings', () => {
    localStorage.clear();
    const store = createBrowserStore();
    store.set('byr:settings', '{"pacing":"warp","volume":7,"textSize":1.5,"motion":"reduced"}');
    expect(loadSettings(store)).toMatchObject({
      pacing: 'normal',
      volume: 0.8,
      textSize: 1.5,
      motion: 'reduced',
      contrast: 'normal',
    });
    store.set('byr:settings', 'garbage');
    expect(loadSettings(store).pacing).toBe('normal');
  });
});

describe('check results', () => {
  it('keeps a result per phase and reads a malformed one as none', async () => {
    const { createCheckResults, createMemoryStore } = await import('../../src/platform/index.ts');
    const store = createMemoryStore({ 'byr:check:after': '{"correct":"x"}' });
    const results = createCheckResults(store);
    results.set('before', { correct: 4, total: 6 });
    expect(results.get('before')).toEqual({ correct: 4, total: 6 });
    expect(results.get('after')).toBeUndefined();
  });
});

describe('setting an unreadable save aside when storage is full', () => {
  /** localStorage whose quota refuses the copy (a 3,000,000-character save does not fit twice). */
  function fullStorage(): Storage {
    const real = window.localStorage;
    return {
      getItem: (k: string) => real.getItem(k),
      setItem: (k: string, v: string) => {
        if (k.startsWith('byr:aside:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        real.setItem(k, v);
      },
      removeItem: (k: string) => real.removeItem(k),
      key: (i: number) => real.key(i),
      get length() {
        return real.length;
      },
    } as unknown as Storage;
  }

  it('leaves the original where it is when the copy fails, and says so', () => {
    localStorage.clear();
    const unreadable = `{${'x'.repeat(3_000_000)}`;
    localStorage.setItem('byr:save:the-video', unreadable);
    const failures: unknown[] = [];
    const store = createBrowserStore(fullStorage, (e) => failures.push(e));
    const slots = createSaveSlots(store, () => 42);
    expect(slots.read('the-video')).toEqual({ kind: 'unreadable' });
    expect(slots.setAside('the-video')).toBe(false);
    expect(localStorage.getItem('byr:save:the-video')).toBe(unreadable);
    expect(store.get('byr:aside:the-video:42')).toBeUndefined();
    expect(failures).toHaveLength(1);
    localStorage.clear();
  });

  it('removes the original only once the copy is kept', () => {
    localStorage.clear();
    localStorage.setItem('byr:save:the-video', '{broken');
    const slots = createSaveSlots(createBrowserStore(), () => 7);
    expect(slots.setAside('the-video')).toBe(true);
    expect(localStorage.getItem('byr:aside:the-video:7')).toBe('{broken');
    expect(localStorage.getItem('byr:save:the-video')).toBeNull();
    expect(slots.setAside('nothing-here')).toBe(true);
  });
});
