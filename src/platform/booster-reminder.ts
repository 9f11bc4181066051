import type { KeyValueStore } from './key-value-store.ts';

/** Home offers the booster round this long after the player's last finished story. */
export const BOOSTER_DELAY_MS = 7 * 24 * 60 * 60 * 1000;

/** Where the dates live: on this device only, cleared with the rest of the progress (save-slots' clearAll). */
export const BOOSTER_KEY = 'byr:booster:dates';

/** The dates the offer depends on, in ms since the epoch; each is absent until it happened. */
export interface BoosterDates {
  /** The player's last finished story (an ending reached). */
  readonly lastStory?: number;
  /** The player said "Not now" to the offer. */
  readonly dismissed?: number;
  /** The player finished a booster round. */
  readonly taken?: number;
}

/**
 * Whether Home offers the booster at `now`: a week or more after the last finished story, unless the player
 * dismissed the offer or took a booster since that story. A date in the future (a clock set back) offers nothing.
 */
export function isBoosterDue(dates: BoosterDates, now: number): boolean {
  const last = dates.lastStory;
  if (last === undefined || now - last < BOOSTER_DELAY_MS) return false;
  const answered = Math.max(dates.dismissed ?? Number.NEGATIVE_INFINITY, dates.taken ?? Number.NEGATIVE_INFINITY);
  return answered < last;
}

/** The booster offer on this device: when the last story ended, and what the player did about the offer. */
export interface BoosterReminder {
  isDue(): boolean;
  /** A story reached an ending: the offer comes a week from now. */
  storyFinished(): void;
  /** "Not now": no offer until a week after the next finished story. */
  dismiss(): void;
  /** A booster round was finished. */
  taken(): void;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads the dates stored under BOOSTER_KEY; a malformed value (or field) reads as absent. */
function readDates(store: KeyValueStore): BoosterDates {
  try {
    const raw: unknown = JSON.parse(store.get(BOOSTER_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const r = raw as Record<string, unknown>;
    return {
      ...(isTime(r.lastStory) ? { lastStory: r.lastStory } : {}),
      ...(isTime(r.dismissed) ? { dismissed: r.dismissed } : {}),
      ...(isTime(r.taken) ? { taken: r.taken } : {}),
    };
  } catch {
    return {};
  }
}

/** The booster offer on a key-value store, with `now` as the clock (a fake one in tests). Nothing leaves the device. */
export function createBoosterReminder(store: KeyValueStore, now: () => number = Date.now): BoosterReminder {
  const mark = (field: keyof BoosterDates) => {
    store.set(BOOSTER_KEY, JSON.stringify({ ...readDates(store), [field]: now() }));
  };
  return {
    isDue: () => isBoosterDue(readDates(store), now()),
    storyFinished: () => mark('lastStory'),
    dismiss: () => mark('dismissed'),
    taken: () => mark('taken'),
  };
}
