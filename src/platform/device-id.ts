import type { KeyValueStore } from './key-value-store.ts';

/** Where the device's random id is kept (removed with the rest of the game's data by "Delete my progress"). */
export const DEVICE_ID_KEY = 'byr:device';

/** What the service accepts as a device id (server/schemas.ts `JoinBody`). */
const DEVICE_ID = /^[A-Za-z0-9_-]{16,128}$/;

/** 24 random bytes as base64url: 32 characters, linked to nothing. */
function newDeviceId(fill: (bytes: Uint8Array<ArrayBuffer>) => void): string {
  const bytes = new Uint8Array(24);
  fill(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * This device's random id, made once and kept on the device, sent only when joining a class session, so that the
 * service's threshold of 5 counts devices, not tabs. It is not linked to a person, and the service keeps it only
 * hashed together with the session's code. A malformed stored value is replaced.
 */
export function deviceId(
  store: KeyValueStore,
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b),
): string {
  const kept = store.get(DEVICE_ID_KEY);
  if (kept !== undefined && DEVICE_ID.test(kept)) return kept;
  const id = newDeviceId(fill);
  store.set(DEVICE_ID_KEY, id);
  return id;
}
