import type { ChatEvent } from './types.ts';

/** How fast the conversation plays; `instant` shows everything at once (tests, teachers, fast readers). */
export const PACINGS = ['relaxed', 'normal', 'fast', 'instant'] as const;
export type Pacing = (typeof PACINGS)[number];

const SPEED: Readonly<Record<Pacing, number>> = { relaxed: 1.5, normal: 1, fast: 0.5, instant: 0 };

/** Typing time for a message of this length at normal pacing, in milliseconds: longer lines take longer to type. */
export function typingMsFor(text: string): number {
  return Math.min(5000, Math.max(1200, 800 + 50 * [...text].length));
}

/** Time for a reader to take in a card (counter-narrative, help, ending) at normal pacing. */
export function readingMsFor(text: string): number {
  return Math.max(2000, 55 * [...text].length);
}

/** A short beat after each incoming message so two messages never land at once. */
const READING_BEAT_MS = 600;

/** Time the player is assumed to take choosing, at normal pacing (for estimates only; choices never time out). */
export const CHOOSING_MS = 8000;

/**
 * The wait before an event is shown, in milliseconds, at the given pacing: the typing indicator and any scripted
 * delay for incoming messages, a short beat after the player's own. The presentation uses it to pace the feed and
 * the story checker to estimate play time.
 */
export function waitBefore(event: ChatEvent, pacing: Pacing): number {
  const speed = SPEED[pacing];
  if (speed === 0) return 0;
  switch (event.kind) {
    case 'message': {
      const delay = (event.pace.delay ?? 0) * 1000;
      if (event.from === 'me') return (delay + 500) * speed;
      const typing = event.pace.typing === undefined ? typingMsFor(event.text) : event.pace.typing * 1000;
      return (delay + typing + READING_BEAT_MS) * speed;
    }
    case 'system':
      return ((event.pace.delay ?? 0) * 1000 + 700) * speed;
    case 'counter':
    case 'help':
    case 'ending':
      return 1200 * speed;
    default:
      return 0;
  }
}

/** Estimated time a player spends on an event once shown (reading cards, choosing), at normal pacing. */
export function dwellAfter(event: ChatEvent): number {
  switch (event.kind) {
    case 'counter':
    case 'help':
    case 'ending':
      return readingMsFor(event.text);
    case 'choices':
      return CHOOSING_MS;
    default:
      return 0;
  }
}

/** The most a batch of events (what comes between two choices) keeps the player waiting, at normal pacing. */
const BATCH_BUDGET_MS = 20_000;

/** The least each incoming message waits when a long batch is squeezed into the budget, at normal pacing. */
const MIN_MESSAGE_MS = 1200;

/**
 * The waits before each event of one batch (`runner.next()`), in milliseconds: `waitBefore` for each, squeezed in
 * proportion when they add up to more than ~20 s at normal pacing (but to no less than 1.2 s per incoming message on
 * average), so that small talk never keeps the player from the story. The game paces the feed with it and the tools report it.
 */
export function paceBatch(events: readonly ChatEvent[], pacing: Pacing): number[] {
  const waits = events.map((e) => waitBefore(e, pacing));
  const total = waits.reduce((sum, ms) => sum + ms, 0);
  const incoming = events.filter((e) => e.kind === 'message' && e.from !== 'me').length;
  const budget = Math.max(BATCH_BUDGET_MS, MIN_MESSAGE_MS * incoming) * SPEED[pacing];
  if (total <= budget) return waits;
  return waits.map((ms) => (ms * budget) / total);
}
