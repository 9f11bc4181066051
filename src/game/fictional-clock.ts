import type { TranscriptEntry } from '../engine/index.ts';

/** Where the story's clock starts when no line says the time: late afternoon, after school. */
const START_MINUTES = 17 * 60 + 40;

/** A time written in a story line: "13:10", "13h10", "9:05". */
const TIME_IN_TEXT = /\b([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)\b/;

/** The clock before the story's first entry. */
export const CLOCK_START = START_MINUTES - 1;

/**
 * The clock of the story's phone, one entry later: each entry takes a minute, and a system line that names a time
 * ("Le lendemain, 13:10") sets the clock to it, so message times agree with what the story says.
 */
export function tickClock(now: number, entry: TranscriptEntry): number {
  const match = entry.kind === 'system' ? TIME_IN_TEXT.exec(entry.text) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : (now + 1) % (24 * 60);
}

/** Formats minutes since midnight as the player's locale writes a time. */
export function formatClock(minutes: number, lang: string): string {
  const date = new Date(2026, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(date);
}
