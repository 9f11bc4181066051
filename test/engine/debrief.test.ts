import { describe, expect, it } from 'vitest';
import { buildDebrief, type MessageId, pickSortItems, ScenarioRunner } from '../../src/engine/index.ts';
import { makeOptions, playThrough } from '../helpers/ink.ts';

const STORY = `
#chat: squad
salut 👋 #from: sara #stage: target
t'es trop fort #from: karim #flag: flattery
dis rien, c'est entre nous #from: karim #flag: secrecy #stage: trust
je t'offre des crédits #from: karim #flag: gifts #flag: flattery
* [Bloquer]
  Ta sœur : bien vu. #counter: imane
  Tu as bloqué. #ending: good
  -> END
* [Continuer]
  Fin. #ending: bad
  -> END
`;

function played(flagTexts: string[], choice = 0) {
  const runner = new ScenarioRunner(makeOptions(STORY));
  runner.next();
  for (const text of flagTexts) {
    const entry = runner.transcript.find((e) => 'text' in e && e.text === text);
    runner.flag(entry?.id as MessageId);
  }
  playThrough(runner, [choice]);
  return buildDebrief(runner);
}

describe('buildDebrief', () => {
  it('lists techniques met, spotted when at least one message showing them was flagged', () => {
    const model = played(["t'es trop fort"]);
    expect(model.techniques.map((t) => [t.technique, t.spotted, t.messages.length])).toEqual([
      ['flattery', true, 2],
      ['secrecy', false, 1],
      ['gifts', false, 1],
    ]);
    expect(model.score).toEqual({ spotted: 1, met: 3 });
  });

  it('counts a technique spotted through any of its messages', () => {
    const model = played(["je t'offre des crédits"]);
    expect(model.techniques.filter((t) => t.spotted).map((t) => t.technique)).toEqual(['flattery', 'gifts']);
  });

  it('keeps flags on ordinary messages apart, without counting them against the player', () => {
    const model = played(['salut 👋']);
    expect(model.ordinaryFlags).toHaveLength(1);
    expect(model.score.spotted).toBe(0);
  });

  it('gives the ending, the stages reached, the choices and the voices heard', () => {
    const model = played([]);
    expect(model.ending).toEqual({ id: 'good', text: 'Tu as bloqué.' });
    expect(model.stages).toEqual([
      { stage: 'target', reached: true },
      { stage: 'trust', reached: true },
      { stage: 'isolate', reached: false },
      { stage: 'activate', reached: false },
    ]);
    expect(model.choices.map((c) => c.index)).toEqual([0]);
    expect(model.voices).toEqual([{ voice: 'imane', text: 'Ta sœur : bien vu.' }]);
  });

  it('works on a game stopped before the end', () => {
    const runner = new ScenarioRunner(makeOptions(STORY));
    runner.next();
    const model = buildDebrief(runner);
    expect(model.ending).toBeUndefined();
    expect(model.techniques).toHaveLength(3);
  });
});

describe('pickSortItems', () => {
  const transcript = (() => {
    const lines = [
      ...Array.from({ length: 6 }, (_, i) => `message ordinaire numéro ${i} #from: sara`),
      "t'es le meilleur de tous #from: karim #flag: flattery",
      'encore un compliment énorme #from: karim #flag: flattery',
      'garde ça pour toi surtout #from: karim #flag: secrecy',
      'je te paie ta recharge #from: karim #flag: gifts',
      'ok #from: sara',
    ];
    const runner = new ScenarioRunner(makeOptions(`${lines.join('\n')}\nfin #ending: good\n-> END`));
    runner.next();
    return runner.transcript;
  })();

  it('mixes manipulative and ordinary messages, half and half, varied techniques first', () => {
    const items = pickSortItems(transcript, 6);
    expect(items).toHaveLength(6);
    expect(items.filter((i) => i.isManipulation)).toHaveLength(3);
    expect(new Set(items.flatMap((i) => i.techniques))).toEqual(new Set(['flattery', 'secrecy', 'gifts']));
  });

  it('never uses very short lines or the player’s own messages, and is deterministic', () => {
    const items = pickSortItems(transcript, 8);
    const texts = items.map((i) => transcript.find((e) => e.id === i.id)).map((e) => (e && 'text' in e ? e.text : ''));
    expect(texts).not.toContain('ok');
    expect(pickSortItems(transcript, 8)).toEqual(items);
    expect(items[0]?.isManipulation).toBe(true);
    expect(items[1]?.isManipulation).toBe(false);
  });

  it('a later round takes the messages not sorted yet first, then the seen ones reshuffled', () => {
    const first = pickSortItems(transcript, 4);
    const seen = new Set(first.map((i) => i.id));
    const second = pickSortItems(transcript, 4, { seen, round: 1 });
    expect(second).toHaveLength(4);
    // 4 manipulative and 6 ordinary lines: round 1 used 2 and 2, so 2 manipulative and 4 ordinary are fresh.
    expect(second.filter((i) => seen.has(i.id))).toEqual([]);
    for (const i of second) seen.add(i.id);
    const third = pickSortItems(transcript, 6, { seen, round: 2 });
    expect(third).toHaveLength(6);
    expect(third.filter((i) => !seen.has(i.id)).map((i) => i.isManipulation)).toEqual([false, false]);
    expect(third.filter((i) => i.isManipulation)).toHaveLength(3);
    const all = new Set([...seen, ...third.map((i) => i.id)]);
    const reshuffled = [3, 4, 5].map((round) => pickSortItems(transcript, 6, { seen: all, round }).map((i) => i.id));
    expect(new Set(reshuffled.map((ids) => ids.join()))).not.toHaveProperty('size', 1);
    expect(pickSortItems(transcript, 6, { seen: all, round: 3 }).map((i) => i.id)).toEqual(reshuffled[0]);
  });

  it('never offers an untagged line from a manipulator as an "ordinary" answer (it may be a probe)', () => {
    const lines = [
      ...Array.from({ length: 3 }, (_, i) => `message ordinaire numéro ${i} #from: sara`),
      "t'es le meilleur de tous #from: karim #flag: flattery",
      "t'as quel âge d'ailleurs ? #from: karim",
    ];
    const runner = new ScenarioRunner(makeOptions(`${lines.join('\n')}\nfin #ending: good\n-> END`));
    runner.next();
    const probe = runner.transcript.find((e) => 'text' in e && e.text.startsWith("t'as quel âge"));
    const items = pickSortItems(runner.transcript, 8);
    expect(items.filter((i) => !i.isManipulation)).toHaveLength(3);
    expect(items.map((i) => i.id)).not.toContain(probe?.id);
  });
});

describe('buildDebrief and distress', () => {
  const DISTRESS = `
#chat: squad
à quoi ça sert. je compte pour personne #from: me #distress
* [Attendre]
  hé. ça va vraiment ? je suis là #from: sara #checkin
  Si tu te sens mal, parle à un adulte de confiance. #help: distress
  Tu en as parlé. #ending: good
  -> END
`;

  it('marks the debrief when the path contained a #distress line, and not otherwise', () => {
    const runner = new ScenarioRunner(makeOptions(DISTRESS));
    playThrough(runner, [0]);
    const line = runner.transcript.find((e) => e.kind === 'message' && e.from === 'me');
    expect(line).toMatchObject({ kind: 'message', distress: true });
    expect(buildDebrief(runner).hadDistress).toBe(true);
    expect(played([]).hadDistress).toBe(false);
  });

  it("marks the debrief for a #distress app notice too (the player's own post)", () => {
    const story = DISTRESS.replace(
      'à quoi ça sert. je compte pour personne #from: me #distress',
      'Tu as publié : « à quoi ça sert » #system #distress',
    );
    const runner = new ScenarioRunner(makeOptions(story));
    playThrough(runner, [0]);
    expect(runner.transcript[0]).toMatchObject({ kind: 'system', distress: true });
    expect(buildDebrief(runner).hadDistress).toBe(true);
  });
});
