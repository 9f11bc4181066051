import { describe, expect, it } from 'vitest';
import { parseSaveEnvelope, SAVE_SCHEMA, ScenarioRunner } from '../../src/engine/index.ts';
import { makeOptions, playThrough } from '../helpers/ink.ts';

const STORY = `
-> start
=== start ===
#chat: squad
salut #from: karim
* [A] -> a
* [B] -> b
=== a ===
tu as pris A #from: karim #flag: flattery
* [encore] -> done
=== b ===
tu as pris B #from: sara
-> done
=== done ===
fin #ending: good
-> END
`;

function savedAfter(choices: number[]) {
  const runner = new ScenarioRunner(makeOptions(STORY));
  playThrough(runner, choices);
  return { runner, save: JSON.parse(JSON.stringify(runner.snapshot())) as unknown };
}

describe('save envelope', () => {
  it('round-trips a game through JSON and continues at the same place', () => {
    const { runner, save } = savedAfter([0]);
    const parsed = parseSaveEnvelope(save);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ schema: SAVE_SCHEMA, scenario: 'test', lang: 'fr', contentHash: 'hash-1' });
    const restored = ScenarioRunner.restore(makeOptions(STORY), parsed.value);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.transcript).toEqual(runner.transcript);
    expect(restored.value.next().at(-1)).toMatchObject({ kind: 'choices', point: 'a#1' });
  });

  it('keeps flags and choices across a restore', () => {
    const runner = new ScenarioRunner(makeOptions(STORY));
    playThrough(runner, [0]);
    const flagged = runner.transcript.find((e) => e.kind === 'message' && e.techniques.length > 0);
    if (!flagged) throw new Error('no flagged line');
    runner.flag(flagged.id);
    const restored = ScenarioRunner.restore(makeOptions(STORY), runner.snapshot());
    if (!restored.ok) throw new Error(restored.error.kind);
    expect(restored.value.flags).toEqual([flagged.id]);
    expect(restored.value.choices).toEqual(runner.choices);
  });

  it('sets aside a corrupt save with the reason', () => {
    expect(parseSaveEnvelope('nonsense')).toEqual({ ok: false, error: { kind: 'corrupt', detail: 'not an object' } });
    expect(parseSaveEnvelope({ schema: 1 })).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    const { save } = savedAfter([0]);
    const broken = { ...(save as object), transcript: [{ text: 'no kind' }] };
    expect(parseSaveEnvelope(broken)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });

  it('refuses a save from a newer version of the game', () => {
    const { save } = savedAfter([0]);
    expect(parseSaveEnvelope({ ...(save as object), schema: 99 })).toEqual({
      ok: false,
      error: { kind: 'newer-schema', schema: 99 },
    });
  });

  it('migrates a schema 0 save (no seed) to the current schema', () => {
    const { save } = savedAfter([0]);
    const { seed: _seed, ...old } = save as Record<string, unknown>;
    const parsed = parseSaveEnvelope({ ...old, schema: 0 });
    expect(parsed).toMatchObject({ ok: true, value: { schema: SAVE_SCHEMA, seed: 1 } });
  });

  it('refuses a save of another scenario or language', () => {
    const { save } = savedAfter([0]);
    const parsed = parseSaveEnvelope(save);
    if (!parsed.ok) throw new Error('bad save');
    const other = ScenarioRunner.restore(makeOptions(STORY, { lang: 'ar' }), parsed.value);
    expect(other).toEqual({ ok: false, error: { kind: 'other-scenario', scenario: 'test', lang: 'fr' } });
  });

  it('replays the choices when the script changed but still fits them', () => {
    const { save } = savedAfter([0]);
    const parsed = parseSaveEnvelope(save);
    if (!parsed.ok) throw new Error('bad save');
    const edited = STORY.replace('tu as pris A', 'tu as choisi A');
    const restored = ScenarioRunner.restore(makeOptions(edited, { contentHash: 'hash-2' }), parsed.value);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.choices.map((c) => c.point)).toEqual(['start#1']);
    const events = restored.value.next();
    expect(events.find((e) => e.kind === 'message' && e.from === 'karim')).toMatchObject({ text: 'tu as choisi A' });
  });

  it('refuses (story-changed) when the changed script no longer fits the choices', () => {
    const { save } = savedAfter([0, 0]);
    const parsed = parseSaveEnvelope(save);
    if (!parsed.ok) throw new Error('bad save');
    const rewritten = STORY.replace('* [encore] -> done', '-> done');
    const restored = ScenarioRunner.restore(makeOptions(rewritten, { contentHash: 'hash-3' }), parsed.value);
    expect(restored).toEqual({ ok: false, error: { kind: 'story-changed' } });
  });

  it('refuses ink state that does not load', () => {
    const { save } = savedAfter([0]);
    const parsed = parseSaveEnvelope({ ...(save as object), inkState: '{"broken": true' });
    if (!parsed.ok) throw new Error('bad save');
    expect(ScenarioRunner.restore(makeOptions(STORY), parsed.value)).toMatchObject({
      ok: false,
      error: { kind: 'corrupt' },
    });
  });
});
