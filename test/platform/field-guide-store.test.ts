import { describe, expect, it } from 'vitest';
import {
  createFieldGuideStore,
  createMemoryStore,
  createSaveSlots,
  FIELD_GUIDE_KEY,
  type FieldGuideCard,
} from '../../src/platform/index.ts';

const card = (technique: string, at = 1): FieldGuideCard => ({
  technique,
  scenario: 'the-team',
  lang: 'fr',
  text: 'T’es trop fort, sérieux.',
  at,
});

describe('field guide store', () => {
  it('adds a card and keeps it for the next reader of the same storage', () => {
    const kv = createMemoryStore();
    expect(createFieldGuideStore(kv).add(card('flattery'))).toBe('added');
    expect(createFieldGuideStore(kv).cards()).toEqual([card('flattery')]);
  });

  it('keeps the first catch of a technique and ignores a second one', () => {
    const guide = createFieldGuideStore(createMemoryStore());
    guide.add(card('flattery', 1));
    expect(guide.add({ ...card('flattery', 2), scenario: 'my-friend' })).toBe('known');
    guide.add(card('secrecy', 3));
    expect(guide.cards().map((c) => [c.technique, c.scenario])).toEqual([
      ['flattery', 'the-team'],
      ['secrecy', 'the-team'],
    ]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ version: 1, cards: [{ technique: 'flattery' }] })],
    ['an unknown version', JSON.stringify({ version: 9, cards: [] })],
  ])('sets aside a stored guide that is %s, says so once, and starts empty', (_, text) => {
    const kv = createMemoryStore({ [FIELD_GUIDE_KEY]: text });
    const guide = createFieldGuideStore(kv, () => 42);
    expect(guide.cards()).toEqual([]);
    expect(kv.get('byr:aside:guide:42')).toBe(text);
    expect(kv.get(FIELD_GUIDE_KEY)).toBeUndefined();
    expect(guide.takeSetAside()).toBe(true);
    expect(guide.takeSetAside()).toBe(false);
    expect(guide.add(card('gifts'))).toBe('added');
  });

  it('leaves a broken guide in place when the copy aside cannot be kept', () => {
    const kv = createMemoryStore({ [FIELD_GUIDE_KEY]: '{oops' });
    const full = {
      ...kv,
      set: (key: string, value: string) => (key.startsWith('byr:aside') ? false : kv.set(key, value)),
    };
    expect(createFieldGuideStore(full).cards()).toEqual([]);
    expect(kv.get(FIELD_GUIDE_KEY)).toBe('{oops');
  });

  it('says when a new card could not be kept (storage full)', () => {
    const kv = { ...createMemoryStore(), set: () => false };
    expect(createFieldGuideStore(kv).add(card('urgency'))).toBe('notKept');
  });

  it('is erased by "Clear my progress"', () => {
    const kv = createMemoryStore();
    createFieldGuideStore(kv).add(card('flattery'));
    createSaveSlots(kv).clearAll();
    expect(createFieldGuideStore(kv).cards()).toEqual([]);
  });
});
