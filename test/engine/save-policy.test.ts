import { describe, expect, it } from 'vitest';
import {
  continueInLanguage,
  type MessageId,
  openScenario,
  replayFrom,
  type SaveEnvelope,
  showsContentNote,
} from '../../src/engine/index.ts';
import { makeOptions, makeRunner } from '../helpers/ink.ts';

/** The same story in two languages: the same choice points, other words. */
const STORY = (lang: 'fr' | 'en') => `
#chat: squad
${lang === 'fr' ? 'salut' : 'hi'} #from: karim
${lang === 'fr' ? "t'es trop fort" : "you're the best"} #from: karim #flag: flattery
* ${lang === 'fr' ? 'merci' : 'thanks'}
  -> dm
* [${lang === 'fr' ? 'Ignorer' : 'Ignore'}] -> dm
=== dm ===
#chat: dm
${lang === 'fr' ? 'dis rien à personne' : "don't tell anyone"} #from: karim #flag: secrecy
* ${lang === 'fr' ? 'ok' : 'ok'}
  -> end
=== end ===
${lang === 'fr' ? 'Bien joué.' : 'Well done.'} #ending: good
-> END
`;

const FR = makeOptions(STORY('fr'));
const EN = makeOptions(STORY('en'), { lang: 'en', contentHash: 'hash-en' });

/** A French game: the flattery flagged, the first choice made, the secrecy flagged, then the second choice. */
function frenchSave(): SaveEnvelope {
  const runner = makeRunner(STORY('fr'));
  runner.next();
  expect(runner.flag('m2' as MessageId).ok).toBe(true);
  runner.choose(0);
  runner.next();
  expect(runner.flag('m4' as MessageId).ok).toBe(true);
  runner.choose(0);
  runner.next();
  return runner.snapshot();
}

describe('save policy', () => {
  it('keeps the red flags the player marked when the game moves to another language', () => {
    const moved = continueInLanguage(EN, frenchSave());
    expect(moved.ok && moved.value.flags).toEqual(['m2', 'm4']);
    expect(moved.ok && moved.value.transcript.find((e) => e.id === 'm2')).toMatchObject({ text: "you're the best" });
    expect(moved.ok && moved.value.snapshot().flags).toEqual(['m2', 'm4']);
  });

  it('keeps a flag marked after the last choice when the game moves to another language', () => {
    const runner = makeRunner(STORY('fr'));
    runner.next();
    runner.choose(1);
    runner.next();
    runner.flag('m3' as MessageId);
    const moved = continueInLanguage(EN, runner.snapshot());
    expect(moved.ok && moved.value.flags).toEqual(['m3']);
    expect(moved.ok && moved.value.transcript.map((e) => e.id)).toEqual(['m1', 'm2', 'm3']);
    expect(moved.ok && moved.value.next()).toEqual([expect.objectContaining({ kind: 'choices' })]);
  });

  it('opens a save written in another language at the same place, with its flags', () => {
    const opened = openScenario(EN, { kind: 'json', value: frenchSave() });
    expect(opened.saveNotice).toBeUndefined();
    expect(opened.runner.options.lang).toBe('en');
    expect(opened.runner.choices.map((c) => c.index)).toEqual([0, 0]);
    expect(opened.runner.flags).toEqual(['m2', 'm4']);
  });

  it('restores a save in its own language as it was', () => {
    const save = frenchSave();
    const opened = openScenario(FR, { kind: 'json', value: save });
    expect(opened.saveNotice).toBeUndefined();
    expect(opened.runner.snapshot()).toEqual(save);
  });

  it('replays from a choice keeping only the flags on messages shown by then', () => {
    const replayed = replayFrom(FR, frenchSave(), 2);
    expect(replayed.ok && replayed.value.choices.length).toBe(2);
    expect(replayed.ok && replayed.value.flags).toEqual(['m2', 'm4']);
    const second = replayFrom(FR, frenchSave(), 1);
    expect(second.ok && second.value.flags).toEqual(['m2']);
  });

  it('refuses to replay from a choice the game never made', () => {
    expect(replayFrom(FR, frenchSave(), 3)).toEqual({ ok: false, error: 'no choice 3 in this game' });
  });

  it('starts fresh with a notice when the save cannot be used', () => {
    expect(openScenario(FR, { kind: 'empty' }).saveNotice).toBeUndefined();
    expect(openScenario(FR, { kind: 'unreadable' }).saveNotice).toBe('setAside');
    expect(openScenario(FR, { kind: 'json', value: { schema: 1 } }).saveNotice).toBe('setAside');
    const other = { ...frenchSave(), scenario: 'another' };
    expect(openScenario(FR, { kind: 'json', value: other }).saveNotice).toBe('setAside');
    const changed = makeOptions('Tout a changé #from: karim\n-> END', { contentHash: 'hash-2' });
    const opened = openScenario(changed, { kind: 'json', value: frenchSave() });
    expect(opened.saveNotice).toBe('storyChanged');
    expect(opened.runner.transcript).toEqual([]);
  });

  it('shows the content note before every story that starts from the beginning', () => {
    expect(showsContentNote('new', { kind: 'json', value: {} })).toBe(true);
    expect(showsContentNote('continue', { kind: 'empty' })).toBe(true);
    expect(showsContentNote('continue', { kind: 'json', value: {} })).toBe(false);
    expect(showsContentNote('noted', { kind: 'empty' })).toBe(false);
  });
});
