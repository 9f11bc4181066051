import { describe, expect, it } from 'vitest';
import {
  type ChatEvent,
  continueInLanguage,
  openScenario,
  replayFrom,
  ScenarioRunner,
} from '../../src/engine/index.ts';
import { makeOptions, playThrough } from '../helpers/ink.ts';

/** A script written with the player-gender convention of docs/authoring.md. */
const GENDERED = `
VAR player_gender = "unsaid"
-> start
=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}
=== start ===
#chat: squad
t'es {g("prête", "prêt", "dans la partie")} ? #from: karim
* ouais
  -> next
=== next ===
bien {g("joué ma sœur", "joué mon frère", "joué")} #from: karim
Bien. #ending: good
-> END
`;

const PLAIN = `
#chat: squad
salut #from: karim
Bien. #ending: good
-> END
`;

const texts = (events: readonly ChatEvent[]) =>
  events.flatMap((e) => (e.kind === 'message' && e.from === 'karim' ? [e.text] : []));

describe('ScenarioRunner variables', () => {
  it('sets the player_gender variable before the first line', () => {
    const girl = new ScenarioRunner(makeOptions(GENDERED, { variables: { player_gender: 'girl' } }));
    const boy = new ScenarioRunner(makeOptions(GENDERED, { variables: { player_gender: 'boy' } }));
    const unsaid = new ScenarioRunner(makeOptions(GENDERED));
    expect(texts(girl.next())).toEqual(["t'es prête ?"]);
    expect(texts(boy.next())).toEqual(["t'es prêt ?"]);
    expect(texts(unsaid.next())).toEqual(["t'es dans la partie ?"]);
  });

  it('plays a script that does not declare the variable', () => {
    const runner = new ScenarioRunner(makeOptions(PLAIN, { variables: { player_gender: 'girl' } }));
    expect(runner.declares('player_gender')).toBe(false);
    expect(runner.next().map((e) => e.kind)).toEqual(['message', 'ending', 'end']);
  });

  it('keeps the variable when a save is restored, replayed or moved to another language', () => {
    const options = makeOptions(GENDERED, { variables: { player_gender: 'girl' } });
    const played = new ScenarioRunner(options);
    played.next();
    played.choose(0);
    const save = played.snapshot();
    const restored = openScenario(options, { kind: 'json', value: save }).runner;
    expect(texts(restored.next())).toEqual(['bien joué ma sœur']);
    const replayed = replayFrom(options, save, 1);
    expect(replayed.ok && texts(replayed.value.next())).toEqual(['bien joué ma sœur']);
    const en = { ...options, lang: 'en', contentHash: 'hash-en' };
    const moved = continueInLanguage(en, save);
    expect(moved.ok && texts(moved.value.next())).toEqual(['bien joué ma sœur']);
  });

  it("applies the player's current answer to a restored game from the next line on", () => {
    const played = new ScenarioRunner(makeOptions(GENDERED));
    expect(texts(playThrough(played, []))).toEqual(["t'es dans la partie ?"]);
    played.choose(0);
    const save = played.snapshot();
    const boy = makeOptions(GENDERED, { variables: { player_gender: 'boy' } });
    const restored = openScenario(boy, { kind: 'json', value: save }).runner;
    expect(texts(restored.next())).toEqual(['bien joué mon frère']);
  });
});
