import type { KeyValueStore } from './key-value-store.ts';

/** What a save slot holds: nothing, parsed JSON (validated by the engine), or text that is not JSON. */
export type SlotContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'unreadable' };

/** One save per scenario, kept as JSON; broken saves are moved aside, never deleted. */
export interface SaveSlots {
  read(scenario: string): SlotContent;
  write(scenario: string, value: unknown): boolean;
  /**
   * Copies a save that cannot be used to `byr:aside:<scenario>:<time>`, then removes the original. Returns false when
   * the copy could not be kept (storage full): the original is then left where it was, untouched.
   */
  setAside(scenario: string): boolean;
  clear(scenario: string): void;
  /** Scenarios with a save. */
  list(): string[];
  /** "Clear my progress": every save, set-aside save, check result, booster date and the field guide on this device. */
  clearAll(): void;
}

const PREFIX = 'byr:save:';

/** Save slots on a key-value store. */
export function createSaveSlots(store: KeyValueStore, now: () => number = Date.now): SaveSlots {
  return {
    read(scenario) {
      const text = store.get(PREFIX + scenario);
      if (text === undefined) return { kind: 'empty' };
      try {
        return { kind: 'json', value: JSON.parse(text) as unknown };
      } catch {
        return { kind: 'unreadable' };
      }
    },
    write: (scenario, value) => store.set(PREFIX + scenario, JSON.stringify(value)),
    setAside(scenario) {
      const text = store.get(PREFIX + scenario);
      if (text === undefined) return true;
      const aside = `byr:aside:${scenario}:${now()}`;
      // Never delete before the copy is confirmed: a 3 MB save does not fit twice in a 5 MB quota.
      if (!store.set(aside, text)) {
        store.remove(aside);
        return false;
      }
      store.remove(PREFIX + scenario);
      return true;
    },
    clear: (scenario) => store.remove(PREFIX + scenario),
    list: () =>
      store
        .keys()
        .filter((k) => k.startsWith(PREFIX))
        .map((k) => k.slice(PREFIX.length)),
    clearAll: () => {
      for (const key of store.keys())
        if (/^byr:(?:(?:save|aside|check|endings|guide|booster|teacher):|device$|home-snapshot$)/.test(key))
          store.remove(key);
    },
  };
}
