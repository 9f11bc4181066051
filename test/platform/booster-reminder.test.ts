import { describe, expect, it } from 'vitest';
import {
  BOOSTER_DELAY_MS,
  BOOSTER_KEY,
  createBoosterReminder,
  createMemoryStore,
  createSaveSlots,
  isBoosterDue,
} from '../../src/platform/index.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);

/** A reminder on a memory store with a clock the test moves. */
function setup(initial: Record<string, string> = {}) {
  const clock = { now: T0 };
  const store = createMemoryStore(initial);
  return { clock, store, reminder: createBoosterReminder(store, () => clock.now) };
}

describe('isBoosterDue', () => {
  it('is due a week after the last finished story, not a moment before', () => {
    expect(BOOSTER_DELAY_MS).toBe(7 * DAY);
    expect(isBoosterDue({}, T0)).toBe(false);
    expect(isBoosterDue({ lastStory: T0 }, T0 + 7 * DAY - 1)).toBe(false);
    expect(isBoosterDue({ lastStory: T0 }, T0 + 7 * DAY)).toBe(true);
    expect(isBoosterDue({ lastStory: T0 }, T0 + 60 * DAY)).toBe(true);
  });

  it('is not due once dismissed or taken after that story, nor for a story dated in the future', () => {
    expect(isBoosterDue({ lastStory: T0, dismissed: T0 + 8 * DAY }, T0 + 9 * DAY)).toBe(false);
    expect(isBoosterDue({ lastStory: T0, taken: T0 + 8 * DAY }, T0 + 9 * DAY)).toBe(false);
    expect(isBoosterDue({ lastStory: T0 + 10 * DAY, dismissed: T0 + 8 * DAY }, T0 + 17 * DAY)).toBe(true);
    expect(isBoosterDue({ lastStory: T0 + 3 * DAY }, T0)).toBe(false);
  });
});

describe('createBoosterReminder', () => {
  it('offers the booster a week after the last story, and again a week after the next one once dismissed', () => {
    const { clock, reminder } = setup();
    expect(reminder.isDue()).toBe(false);
    reminder.storyFinished();
    clock.now += 6 * DAY;
    expect(reminder.isDue()).toBe(false);
    clock.now += DAY;
    expect(reminder.isDue()).toBe(true);
    reminder.dismiss();
    expect(reminder.isDue()).toBe(false);
    clock.now += 30 * DAY;
    expect(reminder.isDue()).toBe(false);
    reminder.storyFinished();
    clock.now += 7 * DAY;
    expect(reminder.isDue()).toBe(true);
    reminder.taken();
    expect(reminder.isDue()).toBe(false);
  });

  it('moves the offer a week past each newly finished story', () => {
    const { clock, reminder } = setup();
    reminder.storyFinished();
    clock.now += 5 * DAY;
    reminder.storyFinished();
    clock.now += 5 * DAY;
    expect(reminder.isDue()).toBe(false);
    clock.now += 2 * DAY;
    expect(reminder.isDue()).toBe(true);
  });

  it('keeps only dates on the device, under byr:, and reads a malformed value (or field) as absent', () => {
    const { store, reminder } = setup();
    reminder.storyFinished();
    expect(store.keys()).toEqual([BOOSTER_KEY]);
    expect(BOOSTER_KEY.startsWith('byr:')).toBe(true);
    expect(JSON.parse(store.get(BOOSTER_KEY) ?? '')).toEqual({ lastStory: T0 });
    for (const bad of ['{', 'null', '[1]', '{"lastStory":"yesterday"}', '{"lastStory":1e999}']) {
      const later = setup({ [BOOSTER_KEY]: bad });
      later.clock.now += 30 * DAY;
      expect(later.reminder.isDue(), bad).toBe(false);
    }
  });

  it('is cleared by "Clear my progress"', () => {
    const { clock, store, reminder } = setup();
    reminder.storyFinished();
    createSaveSlots(store).clearAll();
    clock.now += 8 * DAY;
    expect(store.get(BOOSTER_KEY)).toBeUndefined();
    expect(reminder.isDue()).toBe(false);
  });
});
