import { describe, expect, it } from 'vitest';
import { buildPlaybook, type MessageId, ScenarioRunner } from '../../src/engine/index.ts';
import { makeOptions } from '../helpers/ink.ts';

const STORY = `
salut #from: karim #chat: squad #stage: target
t'es trop fort #from: karim #flag: flattery #aim: te faire sentir unique
Karim t'a ajouté #system
on se parle en privé ? #from: karim #chat: dm #stage: isolate #flag: secrecy #flag: gifts #aim: t'éloigner du groupe
* ok
  tu rentres à quelle heure ? #from: sara #chat: squad
  fin #ending: good
  -> END
`;

function finished(flags: string[]) {
  const runner = new ScenarioRunner(makeOptions(STORY));
  runner.next();
  runner.choose(0);
  runner.next();
  for (const id of flags) runner.flag(id as MessageId);
  return runner.snapshot();
}

describe('buildPlaybook', () => {
  it('replays the conversation with the stage, techniques, aim and flag beside each manipulative line', () => {
    const model = buildPlaybook(finished(['m2', 'm6']));
    expect(model.entries.map((e) => e.kind)).toEqual(['message', 'message', 'system', 'message', 'message', 'message']);
    const [hello, praise, , privately, echo, sara] = model.entries;
    expect(hello).toMatchObject({ from: 'karim', text: 'salut', flaggedOrdinary: false });
    expect(hello && 'plan' in hello).toBe(false);
    expect(praise).toMatchObject({
      plan: { stage: 'target', techniques: ['flattery'], aim: 'te faire sentir unique', flagged: true },
    });
    expect(privately).toMatchObject({
      chat: 'dm',
      plan: { stage: 'isolate', techniques: ['secrecy', 'gifts'], aim: "t'éloigner du groupe", flagged: false },
    });
    expect(echo).toMatchObject({ from: 'me', text: 'ok' });
    // An ordinary message the player flagged is said to be fine, and has no plan.
    expect(sara).toMatchObject({ from: 'sara', flaggedOrdinary: true });
    expect(model).toMatchObject({ planned: 2, flagged: 1, mainSender: 'karim' });
  });

  it('keeps a line without its aim (a game saved before aims were written) and names nobody when no line manipulates', () => {
    const save = finished([]);
    const old = save.transcript.map((e) => (e.kind === 'message' ? { ...e, aim: undefined, stage: undefined } : e));
    const model = buildPlaybook({ transcript: old, flags: [] });
    const praise = model.entries[1];
    expect(praise?.kind === 'message' && praise.plan).toEqual({ techniques: ['flattery'], flagged: false });
    expect(
      buildPlaybook({ transcript: old.filter((e) => e.kind !== 'message' || e.techniques.length === 0), flags: [] }),
    ).toMatchObject({ planned: 0, flagged: 0 });
    expect(buildPlaybook({ transcript: [], flags: [] }).mainSender).toBeUndefined();
  });
});
