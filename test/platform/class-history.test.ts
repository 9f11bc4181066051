import { describe, expect, it } from 'vitest';
import {
  CLASS_HISTORY_KEY,
  createClassHistory,
  type EarlierClass,
  MAX_EARLIER_CLASSES,
} from '../../src/platform/class-history.ts';
import { createMemoryStore } from '../../src/platform/key-value-store.ts';
import { createSaveSlots } from '../../src/platform/save-slots.ts';

const result = (code: string, over: Partial<EarlierClass> = {}): EarlierClass => ({
  code,
  scenario: 'the-video',
  lang: 'fr',
  createdAt: Date.UTC(2026, 10, 18),
  done: 6,
  items: 6,
  before: 2.5,
  after: 4,
  difference: 1.5,
  low: 0.5,
  high: 2.5,
  effect: 1.2,
  ...over,
});

describe('createClassHistory', () => {
  it('keeps classes newest first, one entry per join code, at most 20', () => {
    const history = createClassHistory(createMemoryStore());
    history.keep(result('AAAAAA'));
    history.keep(result('BBBBBB'));
    history.keep(result('AAAAAA', { after: 5 }));
    expect(history.list().map((c) => [c.code, c.after])).toEqual([
      ['AAAAAA', 5],
      ['BBBBBB', 4],
    ]);
    for (let n = 0; n < 25; n++) history.keep(result(`C${String(n).padStart(5, '0')}`));
    expect(history.list()).toHaveLength(MAX_EARLIER_CLASSES);
    expect(history.list()[0]?.code).toBe('C00024');
  });

  it('sets aside a stored list it cannot read (never a crash, nothing deleted) and starts empty', () => {
    const store = createMemoryStore({ [CLASS_HISTORY_KEY]: JSON.stringify({ version: 1, classes: [{ code: 'x' }] }) });
    const history = createClassHistory(store, () => 42);
    expect(history.list()).toEqual([]);
    expect(store.get('byr:aside:classes:42')).toContain('"code":"x"');
    expect(store.get(CLASS_HISTORY_KEY)).toBeUndefined();
  });

  it('refuses anything but class aggregates: an extra field (a name, a score list) is not read', () => {
    const withNames = { ...result('AAAAAA'), students: ['Yasmine'] };
    const store = createMemoryStore({ [CLASS_HISTORY_KEY]: JSON.stringify({ version: 1, classes: [withNames] }) });
    expect(createClassHistory(store, () => 1).list()).toEqual([]);
  });

  it('is cleared with the rest of the progress ("Clear my progress")', () => {
    const store = createMemoryStore();
    createClassHistory(store).keep(result('AAAAAA'));
    createSaveSlots(store).clearAll();
    expect(store.get(CLASS_HISTORY_KEY)).toBeUndefined();
  });
});
