import type { KeyValueStore } from './key-value-store.ts';

/** The endings this device has reached, per scenario (`byr:endings:<scenario>`): kept on the device only. */
export interface EndingsFound {
  /** The distinct endings reached in a scenario (none when nothing or something malformed is stored). */
  get(scenario: string): readonly string[];
  /** Records an ending reached; returns false when storage refused it. */
  add(scenario: string, ending: string): boolean;
}

/** Endings found on a key-value store; cleared with the rest of the progress (save-slots' clearAll). */
export function createEndingsFound(store: KeyValueStore): EndingsFound {
  const key = (scenario: string) => `byr:endings:${scenario}`;
  const get = (scenario: string): readonly string[] => {
    try {
      const value: unknown = JSON.parse(store.get(key(scenario)) ?? '[]');
      return Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    get,
    add(scenario, ending) {
      const found = get(scenario);
      if (found.includes(ending)) return true;
      return store.set(key(scenario), JSON.stringify([...found, ending]));
    },
  };
}
