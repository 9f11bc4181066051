import type { CheckRound } from '../protocol/index.ts';
import type { KeyValueStore } from './key-value-store.ts';

/** A check round's result: how many of the messages were sorted right. */
export interface CheckResult {
  readonly correct: number;
  readonly total: number;
}

/** Check results on this device (`byr:check:<round>`); a malformed value reads as none. */
export function createCheckResults(store: KeyValueStore) {
  return {
    get(phase: CheckRound): CheckResult | undefined {
      try {
        const r = JSON.parse(store.get(`byr:check:${phase}`) ?? 'null') as Partial<CheckResult> | null;
        return typeof r?.correct === 'number' && typeof r.total === 'number'
          ? { correct: r.correct, total: r.total }
          : undefined;
      } catch {
        return undefined;
      }
    },
    set(phase: CheckRound, result: CheckResult): void {
      store.set(`byr:check:${phase}`, JSON.stringify(result));
    },
  };
}
