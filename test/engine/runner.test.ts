import { describe, expect, it } from 'vitest';
import { buildAhead, type ChatEvent, type MessageId, ScenarioRunner } from '../../src/engine/index.ts';
import { makeOptions, makeRunner, playThrough } from '../helpers/ink.ts';

const STORY = `
#chat: squad
Karim added you #system
salut 👋 #from: karim #stage: target
t'es trop fort #from: karim #flag: flattery #typing: 2 #prompt: flag
* merci[] !
  -> dm
* [Ignorer] -> dm
=== dm ===
#chat: dm
dis rien à personne #from: karim #flag: secrecy #flag: gifts #delay: 1.5
Voici le mème #from: karim #image: meme
ça va toi ? #from: sara
ok #from: me
Ta sœur te parle. #counter: imane
Parle à un adulte. #help: trusted-adult
Bien joué. #ending: good
-> END
`;

const kinds = (events: readonly ChatEvent[]) => events.map((e) => e.kind);

describe('ScenarioRunner', () => {
  it('turns each line into an event with its sender, chat and techniques', () => {
    const events = makeRunner(STORY).next();
    expect(kinds(events)).toEqual(['system', 'stage', 'message', 'message', 'choices']);
    expect(events[0]).toMatchObject({ kind: 'system', chat: 'squad', text: 'Karim added you', id: 'm1' });
    expect(events[3]).toMatchObject({
      kind: 'message',
      from: 'karim',
      chat: 'squad',
      techniques: ['flattery'],
      pace: { typing: 2 },
      promptFlag: true,
    });
  });

  it('emits a choices event with a choice point id that does not depend on the text', () => {
    const last = makeRunner(STORY).next().at(-1);
    expect(last).toEqual({
      kind: 'choices',
      point: '_#1',
      options: [
        { index: 0, text: 'merci' },
        { index: 1, text: 'Ignorer' },
      ],
    });
  });

  it("makes the echo of a chosen option the player's message", () => {
    const runner = makeRunner(STORY);
    const events = playThrough(runner, [0]);
    const mine = events.find((e) => e.kind === 'message' && e.from === 'me');
    expect(mine).toMatchObject({ text: 'merci !', chat: 'squad' });
  });

  it('sends nothing when the option is all in brackets', () => {
    const events = playThrough(makeRunner(STORY), [1]);
    const mine = events.filter((e) => e.kind === 'message' && e.from === 'me');
    expect(mine.map((e) => 'text' in e && e.text)).toEqual(['ok']);
  });

  it('keeps a chat sticky until another chat tag', () => {
    const events = playThrough(makeRunner(STORY), [1]);
    const chats = events.flatMap((e) => (e.kind === 'message' ? [e.chat] : []));
    expect(chats).toEqual(['squad', 'squad', 'dm', 'dm', 'dm', 'dm']);
  });

  it('emits counter, help, ending and end events in order', () => {
    const events = playThrough(makeRunner(STORY), [1]);
    expect(kinds(events).slice(-4)).toEqual(['counter', 'help', 'ending', 'end']);
    expect(events.find((e) => e.kind === 'counter')).toMatchObject({ voice: 'imane', text: 'Ta sœur te parle.' });
    expect(events.find((e) => e.kind === 'help')).toMatchObject({ topic: 'trusted-adult' });
    expect(events.find((e) => e.kind === 'ending')).toMatchObject({ ending: 'good' });
    expect(events.find((e) => e.kind === 'message' && e.image)).toMatchObject({ image: 'meme', text: 'Voici le mème' });
  });

  it('gives messages stable ids in transcript order', () => {
    const runner = makeRunner(STORY);
    playThrough(runner, [0]);
    expect(runner.transcript.map((e) => e.id)).toEqual(runner.transcript.map((_, i) => `m${i + 1}`));
  });

  it('refuses a choice that is not offered', () => {
    const runner = makeRunner(STORY);
    expect(runner.choose(0).ok).toBe(false);
    runner.next();
    expect(runner.choose(5)).toEqual({ ok: false, error: 'choice 5 is not offered' });
    expect(runner.choose(1).ok).toBe(true);
  });

  it('says which technique a flagged message shows, and that an ordinary one is fine', () => {
    const runner = makeRunner(STORY);
    playThrough(runner, [1]);
    const flattery = runner.transcript.find((e) => e.kind === 'message' && e.techniques.includes('flattery' as never));
    const ordinary = runner.transcript.find((e) => e.kind === 'message' && e.from === 'sara');
    expect(runner.flag(flattery?.id as MessageId)).toEqual({
      ok: true,
      value: { kind: 'spotted', techniques: ['flattery'] },
    });
    expect(runner.flag(ordinary?.id as MessageId)).toEqual({ ok: true, value: { kind: 'ordinary' } });
    expect(runner.flags).toEqual([flattery?.id, ordinary?.id]);
  });

  it('refuses to flag the player’s own messages, notices and unknown ids', () => {
    const runner = makeRunner(STORY);
    playThrough(runner, [0]);
    const mine = runner.transcript.find((e) => e.kind === 'message' && e.from === 'me');
    expect(runner.flag(mine?.id as MessageId).ok).toBe(false);
    expect(runner.flag('m1' as MessageId).ok).toBe(false);
    expect(runner.flag('m999' as MessageId).ok).toBe(false);
  });

  it('records choices with the options offered, for the debrief and replays', () => {
    const runner = makeRunner(STORY);
    playThrough(runner, [1]);
    expect(runner.choices).toEqual([
      {
        point: '_#1',
        index: 1,
        options: [
          { index: 0, text: 'merci' },
          { index: 1, text: 'Ignorer' },
        ],
        atMessage: 3,
      },
    ]);
    expect(runner.stages).toEqual(['target']);
  });

  it('turns an ink runtime error into an error event instead of freezing', () => {
    const runner = makeRunner('EXTERNAL mystery()\nBonjour #from: karim\n{mystery()} #from: karim\n-> END');
    const events = runner.next();
    expect(events.at(-1)?.kind).toBe('error');
    expect(kinds(events)).not.toContain('end');
    expect(events.at(-1)).toMatchObject({ message: expect.stringMatching(/mystery/) });
  });

  it('warns at run time about an unknown tag and keeps playing', () => {
    const warnings: string[] = [];
    const runner = makeRunner('Bonjour #from: karim #mood: happy\n-> END', { onWarning: (m) => warnings.push(m) });
    expect(kinds(runner.next())).toEqual(['message', 'end']);
    expect(warnings[0]).toMatch(/unknown tag "#mood: happy"/);
  });

  it('is deterministic for a seed', () => {
    const source = '{shuffle: a|b|c|d|e|f|g} #from: karim\n{shuffle: a|b|c|d|e|f|g} #from: karim\n-> END';
    const texts = (seed: number) =>
      makeRunner(source, { seed })
        .next()
        .flatMap((e) => ('text' in e ? [e.text] : []));
    expect(texts(7)).toEqual(texts(7));
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => texts(s).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('buildAhead', () => {
  it('gives the next runner of the same script its ink objects, which then plays as one built on the spot', () => {
    const options = makeOptions(STORY, { variables: { trust: 3 } });
    const fresh = playThrough(new ScenarioRunner(options), [0]);
    buildAhead(options.story);
    const ahead = new ScenarioRunner(options);
    expect(playThrough(ahead, [0])).toEqual(fresh);
    // Taken once: the next runner builds its own story, not one already played.
    const again = new ScenarioRunner(options);
    expect(again.transcript).toEqual([]);
    expect(playThrough(again, [1])).toEqual(playThrough(new ScenarioRunner(options), [1]));
  });

  it('is dropped by a runner of another script', () => {
    const options = makeOptions(STORY);
    const other = makeOptions(`#chat: squad\nsalut #from: karim\n-> END\n`);
    buildAhead(options.story);
    expect(kinds(new ScenarioRunner(other).next())).toEqual(['message', 'end']);
    expect(playThrough(new ScenarioRunner(options), [0])).toEqual(playThrough(makeRunner(STORY), [0]));
  });
});
