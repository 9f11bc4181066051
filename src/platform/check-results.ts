import type { KeyValueStore } from './key-value-store.ts';

/** A before/after check result: how many of the messages were sorted right. */
export interface CheckResult {
  readonly correct: number;
  readonly total: number;
}

/** Before/after check results on this device (`byr:check:<phase>`); a malformed value reads as none. */
export function createCheckResults(store: KeyValueStore) {
  return {
    get(phase: 'before' | 'after'): CheckResult | undefined {
      try {
        const r = JSON.parse(store.get(`byr:check:${phase}`) ?? 'null') as Partial<CheckResult> | null;
        return typeof r?.correct === 'number' && typeof r.total === 'number'
          ? { correct: r.correct, total: r.total }
          : undefined;
      } catch {
        return undefined;
      }
    },
    set(phase: 'before' | 'after', result: CheckResult): void {
      store.set(`byr:check:${phase}`, JSON.stringify(result));
    },
  };
}
