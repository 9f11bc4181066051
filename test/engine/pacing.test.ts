import { describe, expect, it } from 'vitest';
import type { ChatEvent, ChatId, MessageId, SpeakerId } from '../../src/engine/index.ts';
import { paceBatch, waitBefore } from '../../src/engine/index.ts';

const message = (i: number, text: string, from = 'anas'): ChatEvent => ({
  kind: 'message',
  id: `m${i}` as MessageId,
  chat: 'c' as ChatId,
  from: from as SpeakerId,
  text,
  techniques: [],
  pace: {},
  promptFlag: false,
});
const sum = (ms: readonly number[]) => ms.reduce((a, b) => a + b, 0);

describe('paceBatch', () => {
  it('keeps the waits of a short batch as they are', () => {
    const batch = [message(1, 'salut'), message(2, 'ça va ?', 'me')];
    expect(paceBatch(batch, 'normal')).toEqual(batch.map((e) => waitBefore(e, 'normal')));
  });

  it('squeezes a long batch of small talk to about 20 s at normal pacing, in proportion', () => {
    const batch = Array.from({ length: 12 }, (_, i) => message(i, 'x'.repeat(20 + i * 10)));
    const waits = paceBatch(batch, 'normal');
    expect(sum(batch.map((e) => waitBefore(e, 'normal')))).toBeGreaterThan(30_000);
    expect(sum(waits)).toBeCloseTo(20_000);
    expect(waits[11]).toBeGreaterThan(waits[0] ?? 0);
  });

  it('gives a very long batch at least 1.2 s per incoming message on average', () => {
    const batch = Array.from({ length: 30 }, (_, i) => message(i, 'x'.repeat(90)));
    expect(sum(paceBatch(batch, 'normal'))).toBeCloseTo(36_000);
  });

  it('scales the budget with the pacing and waits nothing when instant', () => {
    const batch = Array.from({ length: 12 }, (_, i) => message(i, 'x'.repeat(90)));
    expect(sum(paceBatch(batch, 'fast'))).toBeCloseTo(10_000);
    expect(sum(paceBatch(batch, 'instant'))).toBe(0);
  });
});
