import * as v from 'valibot';
import type { KeyValueStore } from './key-value-store.ts';

/** What reading a stored JSON value gave: its checked value, nothing stored, or a value set aside as unreadable. */
export type StoredJson<T> = { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'none' | 'setAside' };

/**
 * Reads `key` as JSON checked by `schema`. A value that is not JSON or does not match is copied to
 * `byr:aside:<aside>:<time>` (as broken saves are) and removed only once the copy is kept: never a crash, nothing lost.
 */
export function readStoredJson<T>(
  store: KeyValueStore,
  key: string,
  schema: v.GenericSchema<unknown, T>,
  aside: string,
  now: () => number,
): StoredJson<T> {
  const text = store.get(key);
  if (text === undefined) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result = v.safeParse(schema, parsed);
  if (result.success) return { kind: 'ok', value: result.output };
  if (store.set(`byr:aside:${aside}:${now()}`, text)) store.remove(key);
  return { kind: 'setAside' };
}
