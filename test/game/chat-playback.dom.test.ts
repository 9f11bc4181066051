import { describe, expect, it } from 'vitest';
import { createMemorySoundPlayer } from '../../src/audio/index.ts';
import { type ChatEvent, type ChatId, type MessageId, type Pacing, ScenarioRunner } from '../../src/engine/index.ts';
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

/**
 * A playback on a fresh (or given) runner, with everything it reports recorded; with `opening`, it starts from that
 * opening (as the build made it) and gets the runner later, by `attach`.
 */
function setUp(pacing: Pacing, runner = new ScenarioRunner(makeOptions(STORY)), opening?: readonly ChatEvent[]) {
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
  const parts = {
    view,
    cast,
    t: (k: string) => k,
    sounds,
    clock: time.clock,
    pacing: () => pacing,
    onProgress: () => seen.progress++,
    onFinished: () => seen.finished++,
    onHome: () => {},
    onBanner: () => seen.banners++,
    onReport: (r: PlayReport) => seen.reports.push(r),
  };
  playback = new ChatPlayback(
    opening ? { ...parts, opening: { firstChat: 'squad' as ChatId, events: opening } } : { ...parts, runner },
  );
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

  describe('a new story’s opening, shown before its runner is there', () => {
    /** The opening as the build makes it (tools/story-opening.ts): a fresh runner's first batch, through JSON. */
    const openingOf = (source = STORY) =>
      JSON.parse(JSON.stringify(new ScenarioRunner(makeOptions(source)).next())) as ChatEvent[];
    const html = (p: ReturnType<typeof setUp>) => p.view.element.innerHTML;

    it('shows the same chat as the runner would, waits for the runner to offer the choice, then plays on', () => {
      const direct = setUp('instant');
      direct.playback.start();
      const early = setUp('instant', undefined, openingOf());
      early.playback.start();
      expect(early.bubbles()).toEqual(['m1', 'm2']);
      expect(early.view.element.querySelectorAll('.choices button'), 'no reply before the runner').toHaveLength(0);
      expect(early.playback.attach(new ScenarioRunner(makeOptions(STORY)))).toBe(true);
      expect(html(early)).toBe(html(direct));
      early.choose('merci');
      direct.choose('merci');
      expect(early.bubbles()).toEqual(direct.bubbles());
      expect(early.bubbles().length).toBeGreaterThan(2);
      expect(html(early)).toBe(html(direct));
      expect(early.seen).toEqual(direct.seen);
    });

    it('at the chosen pacing: the runner arriving mid-way does not show anything twice or skip a wait', () => {
      const direct = setUp('normal');
      direct.playback.start();
      const early = setUp('normal', undefined, openingOf());
      early.playback.start();
      expect(
        early.time.waits.map((w) => w.ms),
        'the same first wait',
      ).toEqual(direct.time.waits.map((w) => w.ms));
      early.time.runNext();
      expect(early.bubbles()).toEqual(['m1']);
      // The script is built while the second message is being typed.
      expect(early.playback.attach(new ScenarioRunner(makeOptions(STORY)))).toBe(true);
      expect(early.bubbles()).toEqual(['m1']);
      while (early.time.runNext());
      while (direct.time.runNext());
      expect(early.bubbles()).toEqual(['m1', 'm2']);
      expect(html(early)).toBe(html(direct));
      expect(early.sounds.played).toEqual(direct.sounds.played);
    });

    it('answers a red flag tapped before the runner was there, once it is', () => {
      const direct = setUp('instant');
      direct.playback.start();
      direct.playback.flag('m2');
      const early = setUp('instant', undefined, openingOf());
      early.playback.start();
      early.playback.flag('m2');
      early.playback.flag('m9');
      expect(early.seen.reports).toEqual([]);
      early.playback.attach(new ScenarioRunner(makeOptions(STORY)));
      expect(early.seen.reports).toEqual([{ kind: 'flag', technique: 'flattery', spotted: true }]);
      expect(early.seen.progress, 'saved once the runner can').toBe(1);
      expect(html(early)).toBe(html(direct));
      expect(early.seen).toEqual(direct.seen);
    });

    it('says no when the runner does not play the opening shown (the script changed): nothing is offered', () => {
      const changed = STORY.replace('salut #from: karim', 'bonjour #from: karim');
      const early = setUp('instant', undefined, openingOf());
      early.playback.start();
      expect(early.playback.attach(new ScenarioRunner(makeOptions(changed)))).toBe(false);
      expect(early.view.element.querySelectorAll('.choices button')).toHaveLength(0);
      expect(early.playback.attach(new ScenarioRunner(makeOptions(STORY))), 'only once').toBe(false);
    });
  });
});
