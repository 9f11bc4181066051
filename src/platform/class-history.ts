import { ClassHistorySchema, type EarlierClass } from '../protocol/index.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { readStoredJson } from './stored-json.ts';

export type { EarlierClass };

/** How many earlier classes the teacher's device keeps (the oldest goes first). */
export const MAX_EARLIER_CLASSES = 20;

export const CLASS_HISTORY_KEY = 'byr:teacher:classes';

/**
 * The before/after results of the teacher's earlier classes, on the teacher's device only: a booster session weeks
 * later shows them beside its own result. A stored list that cannot be read is set aside, never a crash.
 */
export interface ClassHistory {
  /** Newest first. */
  list(): readonly EarlierClass[];
  /** Keeps (or updates, by join code) one class's result; false when storage refused it. */
  keep(result: EarlierClass): boolean;
}

/** The class history on a key-value store (read on every call: "Clear my progress" may remove it meanwhile). */
export function createClassHistory(store: KeyValueStore, now: () => number = Date.now): ClassHistory {
  const list = (): EarlierClass[] => {
    const read = readStoredJson(store, CLASS_HISTORY_KEY, ClassHistorySchema, 'classes', now);
    if (read.kind === 'ok') return [...read.value.classes];
    if (read.kind === 'setAside')
      console.warn('The earlier class results on this device could not be read; they were set aside.');
    return [];
  };
  return {
    list,
    keep(result) {
      const classes = [result, ...list().filter((c) => c.code !== result.code)].slice(0, MAX_EARLIER_CLASSES);
      return store.set(CLASS_HISTORY_KEY, JSON.stringify({ version: 1, classes }));
    },
  };
}
