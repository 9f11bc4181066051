/** A small string store (localStorage, or memory when the browser refuses storage). */
export interface KeyValueStore {
  get(key: string): string | undefined;
  /** Returns false when the value could not be kept (quota full, storage blocked). */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
  /** False when this store forgets everything on reload. */
  readonly isPersistent: boolean;
}

/** An in-memory store: the fake for tests, and the fallback when storage is unavailable. */
export function createMemoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    get: (key) => data.get(key),
    set: (key, value) => {
      data.set(key, value);
      return true;
    },
    remove: (key) => {
      data.delete(key);
    },
    keys: () => [...data.keys()],
    isPersistent: false,
  };
}

/**
 * Wraps `localStorage`; storage can throw on every call (sandboxed iframes, private mode, quota), so each call is
 * guarded, and a store that cannot even be probed falls back to memory. `onFailure` hears each failure once.
 */
export function createBrowserStore(
  getStorage: () => Storage = () => globalThis.localStorage,
  onFailure: (error: unknown) => void = () => {},
): KeyValueStore {
  let storage: Storage;
  try {
    storage = getStorage();
    storage.setItem('byr:probe', '1');
    storage.removeItem('byr:probe');
  } catch (error) {
    onFailure(error);
    return createMemoryStore();
  }
  const memory = createMemoryStore();
  let failed = false;
  const fail = (error: unknown) => {
    if (!failed) onFailure(error);
    failed = true;
  };
  return {
    get(key) {
      try {
        return storage.getItem(key) ?? memory.get(key);
      } catch (error) {
        fail(error);
        return memory.get(key);
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        storage.setItem(key, value);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    remove(key) {
      memory.remove(key);
      try {
        storage.removeItem(key);
      } catch (error) {
        fail(error);
      }
    },
    keys() {
      try {
        return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
      } catch (error) {
        fail(error);
        return memory.keys();
      }
    },
    isPersistent: true,
  };
}
