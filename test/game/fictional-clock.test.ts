import { describe, expect, it } from 'vitest';
import type { ChatId, MessageId, SpeakerId, TranscriptEntry } from '../../src/engine/index.ts';
import { CLOCK_START, formatClock, formatDate, tickClock, timeGap } from '../../src/game/fictional-clock.ts';

const msg = (i: number): TranscriptEntry => ({
  kind: 'message',
  id: `m${i}` as MessageId,
  chat: 'c' as ChatId,
  from: 'k' as SpeakerId,
  text: 'salut à 9:30 dans le message',
  techniques: [],
  pace: {},
  promptFlag: false,
});
const sys = (i: number, text: string): TranscriptEntry => ({
  kind: 'system',
  id: `m${i}` as MessageId,
  chat: 'c' as ChatId,
  text,
  pace: {},
});
const DAY = 24 * 60;

/** The clock at each entry, as the chat playback advances it (one tick per entry shown). */
function storyClock(transcript: readonly TranscriptEntry[]): number[] {
  let now = CLOCK_START;
  return transcript.map((entry) => {
    now = tickClock(now, entry);
    return now;
  });
}

describe('tickClock', () => {
  it('starts at 17:40 and takes a minute per entry; times inside messages change nothing', () => {
    expect(storyClock([msg(1), msg(2), msg(3)])).toEqual([1060, 1061, 1062]);
  });

  it('follows a system line that names a later time the same day', () => {
    expect(storyClock([msg(1), sys(2, 'Plus tard, 22:30'), msg(3), sys(4, 'Jeudi, 23 h 52')])).toEqual([
      1060, 1350, 1351, 1432,
    ]);
  });

  it('rolls to the next day when a named time is earlier than now, so it never runs backwards', () => {
    const times = storyClock([msg(1), sys(2, 'Le lendemain, 13:10'), msg(3), sys(4, 'Vendredi 9h05'), msg(5)]);
    expect(times).toEqual([1060, DAY + 790, DAY + 791, 2 * DAY + 545, 2 * DAY + 546]);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0);
  });

  it('goes past midnight: 22:35 then 00:28 is the next day, and the next message is stamped after it', () => {
    const times = storyClock([sys(1, '22:35'), msg(2), sys(3, 'Partie classée · 00:28'), msg(4)]);
    expect(times).toEqual([1355, 1356, DAY + 28, DAY + 29]);
    expect(times.map((m) => formatClock(m, 'fr'))).toEqual(['22:35', '22:36', '00:28', '00:29']);
  });

  it('reads English am/pm times', () => {
    const times = storyClock([sys(1, 'Later, 10:10pm'), sys(2, 'Victory 🏆 · 12:26am'), sys(3, 'Next day, 12:30pm')]);
    expect(times).toEqual([22 * 60 + 10, DAY + 26, DAY + 12 * 60 + 30]);
  });

  it('never goes backwards over a whole story of random lines', () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 0 ? sys(i, `${(i * 5) % 24}:${String((i * 13) % 60).padStart(2, '0')}`) : msg(i),
    );
    const times = storyClock(lines);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
  });

  it('formats times for the language', () => {
    expect(formatClock(790, 'fr')).toBe('13:10');
    expect(formatClock(DAY + 545, 'en')).toBe('09:05 AM');
    expect(formatClock(21 * 60 + 45, 'ar')).toBe('09:45 م');
    expect(formatClock(5, 'ar-MA')).toBe('12:05 ص');
    expect(formatDate(CLOCK_START, 'fr')).toBe('13 octobre');
    expect(formatDate(CLOCK_START + DAY, 'en')).toBe('October 14');
    expect(formatDate(CLOCK_START, 'ar')).toBe('13 أكتوبر');
  });

  // The game's languages are written without Intl (making a formatter costs a slow phone): they must read as Intl
  // writes them, for every minute of the day and every month (ICU versions differ only in the space before AM/PM).
  const intl = (lang: string, options: Intl.DateTimeFormatOptions, date: Date) =>
    new Intl.DateTimeFormat(lang, options).format(date).replace(/[\u202f\u00a0]/g, ' ');
  for (const lang of ['fr', 'en', 'ar'])
    it(`writes every time and date as Intl.DateTimeFormat does (${lang})`, () => {
      for (let m = 0; m < DAY; m++)
        expect(formatClock(m, lang)).toBe(
          intl(lang, { hour: '2-digit', minute: '2-digit' }, new Date(2026, 0, 1, Math.floor(m / 60), m % 60)),
        );
      for (let day = 0; day < 366; day += 5)
        expect(formatDate(CLOCK_START + day * DAY, lang)).toBe(
          intl(lang, { day: 'numeric', month: 'long' }, new Date(2026, 9, 13 + day)),
        );
    });

  it('falls back to Intl.DateTimeFormat for another language', () => {
    expect(formatClock(21 * 60 + 45, 'de')).toBe('21:45');
    expect(formatDate(CLOCK_START, 'es')).toBe('13 de octubre');
  });
});

describe('timeGap', () => {
  it('says nothing for less than an hour', () => {
    expect(timeGap(1060, 1110)).toBeUndefined();
  });

  it('names the part of the day for a jump on the same day', () => {
    expect(timeGap(1060, 1350)).toEqual({ kind: 'later', part: 'evening' });
    expect(timeGap(600, 800)).toEqual({ kind: 'later', part: 'day' });
    expect(timeGap(1300, 1400)).toEqual({ kind: 'later', part: 'night' });
  });

  it('keeps a jump past midnight "later that night", and a new morning "another day"', () => {
    expect(timeGap(1355, DAY + 28)).toEqual({ kind: 'later', part: 'night' });
    expect(timeGap(1355, DAY + 790)).toEqual({ kind: 'anotherDay' });
  });
});
