import { describe, expect, it } from 'vitest';
import { createMemorySoundPlayer } from '../../src/audio/index.ts';
import { type MessageId, type Pacing, ScenarioRunner } from '../../src/engine/index.ts';
import { ChatPlayback } from '../../src/game/chat-playback.ts';
import type { PlayReport } from '../../src/protocol/index.ts';
import { type Cast, ChatView } from '../../src/ui/index.ts';
import { makeOptions } from '../helpers/ink.ts';

const STORY = `
#chat: squad
salut #from: karim
t'es trop fort #from: karim #flag: flattery
* merci
  -> dm
=== dm ===
#chat: dm
viens en privé #from: karim #flag: secrecy
Bien joué. #ending: good
-> END
`;

const cast: Cast = {
  lang: 'fr',
  dir: 'ltr',
  chats: [
    { id: 'squad', kind: 'group', title: 'Squad', avatar: { name: 'Squad', color: '#3a5bd9' } },
    { id: 'dm', kind: 'dm', title: 'Karim', avatar: { name: 'Karim', color: '#2f7d6d' } },
  ],
  person: (id) => ({ name: id === 'karim' ? 'Karim' : id, color: '#2f7d6d' }),
  voice: () => ({ name: 'Imane', role: 'sœur', color: '#8a4fbf' }),
  endingTitle: (id) => id,
  picture: () => ({ symbol: '🎮', from: '#3a5bd9', to: '#2f7d6d' }),
  technique: (id) => ({ name: id, short: id, explain: id, ask: id }),
  ordinary: { short: 'ok', explain: 'ok' },
};

/** A clock the test advances by hand: each wait is kept until `runNext()`. */
function fakeClock() {
  const waits: { ms: number; run: () => void; cancelled: boolean }[] = [];
  return {
    waits,
    clock: (ms: number, run: () => void) => {
      const wait = { ms, run, cancelled: false };
      waits.push(wait);
      return () => {
        wait.cancelled = true;
      };
    },
    runNext(): boolean {
      const wait = waits.find((w) => !w.cancelled);
      if (!wait) return false;
      waits.splice(waits.indexOf(wait), 1);
      wait.run();
      return true;
    },
  };
}

/** A playback on a fresh (or given) runner, with everything it reports recorded. */
function setUp(pacing: Pacing, runner = new ScenarioRunner(makeOptions(STORY))) {
  const time = fakeClock();
  const sounds = createMemorySoundPlayer();
  const seen = { reports: [] as PlayReport[], progress: 0, banners: 0, finished: 0 };
  let playback: ChatPlayback | undefined;
  const view = new ChatView({
    cast,
    t: (k) => k,
    onHome: () => {},
    onHelp: () => {},
    onPause: () => {},
    onFlag: (id) => playback?.flag(id),
  });
  playback = new ChatPlayback({
    runner,
    view,
    cast,
    t: (k) => k,
    sounds,
    clock: time.clock,
    pacing: () => pacing,
    onProgress: () => seen.progress++,
    onFinished: () => seen.finished++,
    onHome: () => {},
    onBanner: () => seen.banners++,
    onReport: (r) => seen.reports.push(r),
  });
  const bubbles = () => [...view.element.querySelectorAll<HTMLElement>('.bubble')].map((b) => b.dataset.id);
  const choose = (text: string) =>
    [...view.element.querySelectorAll<HTMLButtonElement>('.choices button')]
      .find((b) => b.textContent === text)
      ?.click();
  return { playback, view, runner, time, sounds, seen, bubbles, choose };
}

describe('ChatPlayback', () => {
  it('shows typing, then each incoming message only when its wait is over', () => {
    const p = setUp('normal');
    p.playback.start();
    expect(p.bubbles()).toEqual([]);
    expect(p.time.waits).toHaveLength(1);
    expect(p.time.waits[0]?.ms).toBeGreaterThan(0);
    expect(p.sounds.played).toEqual(['typing']);
    p.time.runNext();
    expect(p.bubbles()).toEqual(['m1']);
    while (p.time.runNext());
    expect(p.bubbles()).toEqual(['m1', 'm2']);
    expect(p.view.element.querySelectorAll('.choices button')).toHaveLength(1);
  });

  it('stops waiting when stopped: a pending message never appears', () => {
    const p = setUp('normal');
    p.playback.start();
    p.playback.stop();
    expect(p.time.runNext()).toBe(false);
    expect(p.bubbles()).toEqual([]);
  });

  it('reports a choice and a spotted flag by id, saves after each, and never reports a flag twice', () => {
    const p = setUp('instant');
    p.playback.start();
    p.playback.flag('m2');
    p.playback.flag('m2');
    expect(p.seen.reports).toEqual([{ kind: 'flag', technique: 'flattery', spotted: true }]);
    expect(p.seen.progress).toBe(1);
    expect(p.sounds.played.filter((s) => s === 'redFlag')).toHaveLength(1);
    p.choose('merci');
    expect(p.seen.reports.at(-1)).toEqual({ kind: 'choice', point: '_#1', option: 0 });
  });

  it('announces a message in another chat with a banner and a notification sound', () => {
    const p = setUp('instant');
    p.playback.start();
    p.choose('merci');
    expect(p.seen.banners).toBe(1);
    expect(p.sounds.played).toContain('notification');
  });

  it('ends with the way to the debrief, saving first', () => {
    const p = setUp('instant');
    p.playback.start();
    p.choose('merci');
    const before = p.seen.progress;
    expect(p.sounds.played.at(-1)).toBe('ending');
    expect(p.seen.progress).toBe(before);
    p.view.element.querySelector<HTMLButtonElement>('.choices .btn')?.click();
    expect(p.seen.finished).toBe(1);
  });

  it('shows the flags of a restored game at once, without reporting them again', () => {
    const played = new ScenarioRunner(makeOptions(STORY));
    played.next();
    played.flag('m2' as MessageId);
    const restored = ScenarioRunner.restore(makeOptions(STORY), played.snapshot());
    if (!restored.ok) throw new Error('restore failed');
    const p = setUp('instant', restored.value);
    p.playback.start();
    const flagged = p.view.element.querySelector('.bubble.flagged .flag-btn');
    expect(flagged?.getAttribute('aria-pressed')).toBe('true');
    expect(p.seen.reports).toEqual([]);
    expect(p.sounds.played).not.toContain('redFlag');
  });

  it('starts the clock at the story’s opening time without a ‘later’ divider, and marks a later jump', () => {
    const timed = `#chat: squad
Mardi, 21:10 #system
salut #from: karim
* ok
  Le lendemain, 13:10 #system
  re #from: karim
  Bien. #ending: good
  -> END
`;
    const p = setUp('instant', new ScenarioRunner(makeOptions(timed)));
    p.playback.start();
    const dividers = () => [...p.view.element.querySelectorAll('.time-sep')].map((d) => d.textContent);
    expect(dividers()).toEqual([]);
    p.choose('ok');
    expect(dividers()).toEqual(['chat.gap.anotherDay']);
  });
});
