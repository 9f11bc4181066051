import type { TranscriptEntry } from '../engine/index.ts';
import { ownWords } from '../ui/index.ts';

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

/**
 * How the game's own languages write a time of day and a date, exactly as Intl.DateTimeFormat does with the options
 * below (a unit test compares them for every minute and month). Making an Intl.DateTimeFormat loads the locale's data:
 * about 80 ms on a slow phone the first time in Arabic, on the way to a chat's first message. Any other language gets
 * Intl.DateTimeFormat, made once.
 */
const CLOCKS: Readonly<
  Record<'fr' | 'ar' | 'en', { halves?: readonly [string, string]; months: readonly string[]; dayFirst: boolean }>
> = {
  fr: {
    dayFirst: true,
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  },
  en: {
    halves: ['AM', 'PM'],
    dayFirst: false,
    months: 'January February March April May June July August September October November December'.split(' '),
  },
  ar: {
    halves: ['ص', 'م'],
    dayFirst: true,
    months: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' '),
  },
};

const INTL_OPTIONS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Another language's formatter, made once: every message's time stamp is formatted. */
function intlFormat(lang: string, kind: keyof typeof INTL_OPTIONS, date: Date): string {
  const key = `${lang}/${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, INTL_OPTIONS[kind]);
    formats.set(key, format);
  }
  return format.format(date);
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Formats the story clock as the player's locale writes a time of day ("21:45", "09:45 PM", "09:45 م"). */
export function formatClock(minutes: number, lang: string): string {
  const ofDay = ((minutes % DAY) + DAY) % DAY;
  const hour = Math.floor(ofDay / 60);
  const minute = ofDay % 60;
  const clock = ownWords(CLOCKS, lang);
  if (!clock) return intlFormat(lang, 'time', new Date(2026, 0, 1, hour, minute));
  if (!clock.halves) return `${twoDigits(hour)}:${twoDigits(minute)}`;
  return `${twoDigits(hour % 12 || 12)}:${twoDigits(minute)} ${clock.halves[hour < 12 ? 0 : 1]}`;
}

/** The story's first day on the phone's calendar: a fictional day in autumn term, no holiday near it. */
const FIRST_DAY = { year: 2026, month: 9, day: 13 };

/** Formats the story's day as the lock screen writes it ("13 octobre", "13 أكتوبر"): no weekday, which a story's own lines may name. */
export function formatDate(minutes: number, lang: string): string {
  const date = new Date(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day + Math.floor(minutes / DAY));
  const clock = ownWords(CLOCKS, lang);
  if (!clock) return intlFormat(lang, 'day', date);
  const month = clock.months[date.getMonth()] ?? '';
  return clock.dayFirst ? `${date.getDate()} ${month}` : `${month} ${date.getDate()}`;
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
