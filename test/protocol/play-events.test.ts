import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ClassEventSchema, type PlayReport, PostedEventSchema, toClassEvent } from '../../src/protocol/index.ts';

describe('ClassEventSchema', () => {
  it('takes every event the game reports; posted, each needs its id', () => {
    const events = [
      { kind: 'joined' },
      { kind: 'choice', point: 'lobby#1', option: 1 },
      { kind: 'flag', technique: 'secrecy', spotted: false },
      { kind: 'ending', ending: 'blocked-and-told' },
      { kind: 'check', phase: 'after', item: 3, answer: 'ordinary', correct: true },
    ];
    for (const event of events) {
      expect(v.safeParse(ClassEventSchema, event).success, JSON.stringify(event)).toBe(true);
      expect(v.safeParse(PostedEventSchema, event).success, JSON.stringify(event)).toBe(false);
      expect(v.safeParse(PostedEventSchema, { id: 'dev-1', ...event }).success, JSON.stringify(event)).toBe(true);
    }
  });

  it('refuses free text, unknown kinds and malformed ids', () => {
    const bad = [
      { kind: 'joined', name: 'Yasmine' },
      { kind: 'chat', text: 'hello' },
      { kind: 'choice', point: 'lobby#1', option: 1, id: 'dev 1' },
      { kind: 'ending', ending: 'Not An Id' },
    ];
    for (const event of bad) expect(v.safeParse(ClassEventSchema, event).success, JSON.stringify(event)).toBe(false);
  });
});

describe('toClassEvent', () => {
  it('passes choices, flags and checks on as they are, turns an ending into its id, and keeps the start local', () => {
    const reports: PlayReport[] = [
      { kind: 'choice', point: 'lobby#1', option: 0 },
      { kind: 'flag', technique: 'gifts', spotted: true },
      { kind: 'check', phase: 'before', item: 0, answer: 'manipulative', correct: false },
      { kind: 'scenarioEnded', scenario: 'sample', ending: 'joined', spotted: 1, missed: 2 },
      { kind: 'scenarioStarted', scenario: 'sample', lang: 'fr' },
    ];
    expect(reports.map(toClassEvent)).toEqual([
      { kind: 'choice', point: 'lobby#1', option: 0 },
      { kind: 'flag', technique: 'gifts', spotted: true },
      { kind: 'check', phase: 'before', item: 0, answer: 'manipulative', correct: false },
      { kind: 'ending', ending: 'joined' },
      undefined,
    ]);
    for (const event of reports.map(toClassEvent))
      if (event) expect(v.safeParse(ClassEventSchema, event).success).toBe(true);
  });
});
