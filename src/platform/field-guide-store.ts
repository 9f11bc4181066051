import { type FieldGuideCard, FieldGuideSchema } from '../protocol/index.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { readStoredJson } from './stored-json.ts';

export type { FieldGuideCard };

/** What adding a card did: a new card, one the guide already had, or a new card that could not be kept. */
export type AddOutcome = 'added' | 'known' | 'notKept';

/** The player's field guide on this device: one card per technique caught, across all stories. */
export interface FieldGuideStore {
  cards(): readonly FieldGuideCard[];
  /** Keeps the first catch of a technique; a second catch of the same technique changes nothing. */
  add(card: FieldGuideCard): AddOutcome;
  /** True once, after a stored guide that could not be read was set aside (the player is told, then it is false). */
  takeSetAside(): boolean;
}

export const FIELD_GUIDE_KEY = 'byr:guide:cards';

/**
 * The field guide on a key-value store. A stored guide that is not JSON or does not match the schema is copied to
 * `byr:aside:guide:<time>` (as broken saves are) and the guide starts empty: never a crash, nothing deleted.
 */
export function createFieldGuideStore(store: KeyValueStore, now: () => number = Date.now): FieldGuideStore {
  let setAside = false;
  const load = (): FieldGuideCard[] => {
    const read = readStoredJson(store, FIELD_GUIDE_KEY, FieldGuideSchema, 'guide', now);
    if (read.kind === 'ok') return [...read.value.cards];
    if (read.kind === 'none') return [];
    console.warn('The field guide on this device could not be read; it was set aside.');
    setAside = true;
    return [];
  };
  // Read on every call, not cached: "Clear my progress" removes the key behind this object's back.
  const cards = (): FieldGuideCard[] => load();
  return {
    cards: () => [...cards()],
    add(card) {
      const current = cards();
      if (current.some((c) => c.technique === card.technique)) return 'known';
      current.push(card);
      return store.set(FIELD_GUIDE_KEY, JSON.stringify({ version: 1, cards: current })) ? 'added' : 'notKept';
    },
    takeSetAside() {
      cards();
      const was = setAside;
      setAside = false;
      return was;
    },
  };
}
