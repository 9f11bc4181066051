import { describe, expect, it } from 'vitest';
import { mergeClassIds } from '../../tools/class-ids.ts';
import type { ScenarioCheck } from '../../tools/scenario-check.ts';

/** A checked scenario with one choice point, as the walk reports it. */
function checked(id: string, options: number): ScenarioCheck {
  return {
    id,
    scenario: { endings: { end: {} }, techniques: ['belonging'] },
    languages: [{ report: { choicePoints: new Map([['invite#1', options]]), techniques: new Set(['isolation']) } }],
  } as unknown as ScenarioCheck;
}

describe('mergeClassIds (stories:write --scenario)', () => {
  it('renews only the scenarios checked and keeps the others as the file has them, in a stable order', () => {
    const current = `${JSON.stringify({ 'the-video': { kept: true }, 'my-friend': { old: true } }, null, 2)}\n`;
    const merged = JSON.parse(mergeClassIds(current, [checked('my-friend', 3)]));
    expect(Object.keys(merged)).toEqual(['my-friend', 'the-video']);
    expect(merged['the-video']).toEqual({ kept: true });
    expect(merged['my-friend']).toEqual({
      points: { 'invite#1': 3 },
      endings: ['end'],
      techniques: ['belonging', 'isolation'],
    });
  });

  it('starts afresh from a file that cannot be read', () => {
    expect(Object.keys(JSON.parse(mergeClassIds('{not json', [checked('the-squad', 2)])))).toEqual(['the-squad']);
    expect(Object.keys(JSON.parse(mergeClassIds(undefined, [checked('the-squad', 2)])))).toEqual(['the-squad']);
  });
});
