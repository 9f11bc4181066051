import type { TranscriptEntry } from '../engine/index.ts';

const DAY = 24 * 60;

/** Where the story's clock starts when no line says the time: late afternoon, after school. */
const START_MINUTES = 17 * 60 + 40;

/** A time written in a story line: "13:10", "13h10", "10 h 05", "9:05", "10:10pm", "12:26 am". */
const TIME_IN_TEXT = /\b([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)(?:\s*([ap])\.?m\b)?/i;

/** Minutes since midnight for a matched time; "12:26am" is 00:26 and "10:10pm" is 22:10. */
function minutesOf(match: RegExpExecArray): number {
  const hour = Number(match[1]) % (match[3] ? 12 : 24);
  const pm = match[3]?.toLowerCase() === 'p' ? 12 : 0;
  return (hour + pm) * 60 + Number(match[2]);
}

/** The clock before the story's first entry (minutes since the story's first midnight). */
export const CLOCK_START = START_MINUTES - 1;

/**
 * The clock of the story's phone, one entry later, in minutes since the story's first midnight: each entry takes a
 * minute, and a system line that names a time ("Le lendemain, 13:10") moves the clock forward to that time, on the
 * next day when the time is earlier than now. The clock never runs backwards.
 */
export function tickClock(now: number, entry: TranscriptEntry): number {
  const match = entry.kind === 'system' ? TIME_IN_TEXT.exec(entry.text) : null;
  if (!match) return now + 1;
  const named = minutesOf(match);
  const sameDay = now - (now % DAY) + named;
  return sameDay >= now ? sameDay : sameDay + DAY;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and kind, made once: every message's time stamp is formatted, and making a formatter
 * loads the locale's data (a batch of messages, or a resumed game of hundreds, made one each on a slow phone).
 */
function formatter(lang: string, kind: 'time' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}/${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      lang,
      kind === 'time' ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'long' },
    );
    formats.set(key, format);
  }
  return format;
}

/** Formats the story clock as the player's locale writes a time of day. */
export function formatClock(minutes: number, lang: string): string {
  const ofDay = ((minutes % DAY) + DAY) % DAY;
  const date = new Date(2026, 0, 1, Math.floor(ofDay / 60), ofDay % 60);
  return formatter(lang, 'time').format(date);
}

/** The story's first day on the phone's calendar: a fictional day in autumn term, no holiday near it. */
const FIRST_DAY = { year: 2026, month: 9, day: 13 };

/** Formats the story's day as the lock screen writes it ("13 octobre", "13 أكتوبر"): no weekday, which a story's own lines may name. */
export function formatDate(minutes: number, lang: string): string {
  const date = new Date(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day + Math.floor(minutes / DAY));
  return formatter(lang, 'day').format(date);
}

/** A long jump of the story clock, shown as a divider in the chat ("later that night", "another day"). */
export type TimeGap =
  | { readonly kind: 'later'; readonly part: 'day' | 'evening' | 'night' }
  | { readonly kind: 'anotherDay' };

/** An hour or more of story time between two entries is a gap worth a divider. */
const GAP_MINUTES = 60;

/** How a jump of the story clock reads, or undefined when too little time passed to say so. */
export function timeGap(before: number, after: number): TimeGap | undefined {
  const gap = after - before;
  if (gap < GAP_MINUTES) return undefined;
  const hour = Math.floor((after % DAY) / 60);
  const isNight = hour >= 23 || hour < 5;
  // Past midnight a few hours on is still "later that night"; a new morning or a longer jump is another day.
  if (isNight && gap < 12 * 60) return { kind: 'later', part: 'night' };
  if (Math.floor(after / DAY) !== Math.floor(before / DAY) || gap >= 12 * 60) return { kind: 'anotherDay' };
  return { kind: 'later', part: hour >= 17 ? 'evening' : 'day' };
}

/** The UI string that names a gap (src/content/locales). */
export function gapLabelKey(gap: TimeGap): string {
  if (gap.kind === 'anotherDay') return 'chat.gap.anotherDay';
  const keys = { day: 'chat.gap.day', evening: 'chat.gap.evening', night: 'chat.gap.night' } as const;
  return keys[gap.part];
}
