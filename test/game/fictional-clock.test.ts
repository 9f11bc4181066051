import { describe, expect, it } from 'vitest';
import type { ChatId, MessageId, SpeakerId, TranscriptEntry } from '../../src/engine/index.ts';
import { CLOCK_START, formatClock, tickClock } from '../../src/game/fictional-clock.ts';

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

  it('follows a system line that names a time', () => {
    expect(storyClock([msg(1), sys(2, 'Le lendemain, 13:10'), msg(3), sys(4, 'Vendredi 9h05'), msg(5)])).toEqual([
      1060, 790, 791, 545, 546,
    ]);
  });

  it('formats times for the language', () => {
    expect(formatClock(790, 'fr')).toBe('13:10');
    expect(formatClock(545, 'en')).toMatch(/09:05\s?AM/);
  });
});
