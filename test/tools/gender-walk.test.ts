import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../tools/scenario-check.ts';
import { writeScenario } from '../helpers/scenario-dir.ts';

const GIRL_DEAD_END = readFileSync('test/fixtures/ink/gender/girl-dead-end.ink', 'utf8');
const ONE_ENDING = { endings: { good: { title: { fr: 'x', ar: 'x', en: 'x' } } } };
// The same script with the girl's path ending like the others.
const FIXED = GIRL_DEAD_END.replace('{player_gender == "girl": -> girl_only}\n', '').replace(
  /=== girl_only ===[\s\S]*$/,
  '',
);
// No variable at all.
const PLAIN = FIXED.replace(/VAR player_gender[\s\S]*?=== start ===/, '-> start\n=== start ===').replace(
  /\{g\([^}]*\)\}/,
  'là',
);

describe('the story check and the player gender', () => {
  it('walks once a script whose gender changes only words (read through g(), printed)', () => {
    const check = checkScenario(writeScenario('gendered', FIXED, ONE_ENDING));
    expect(check.problems).toEqual([]);
    expect(check.languages[0]?.genders?.map((g) => g.gender)).toEqual(['unsaid']);
    expect(check.languages[0]?.wordsOnly).toEqual(['girl', 'boy']);
  });

  it("walks once per gender a script that tests what g() returns: the gender could change the story's course", () => {
    const testsG = FIXED.replace('=== thanks ===\n', '=== thanks ===\n{g("a", "b", "c") == "a": d\'accord}\n');
    expect(testsG).not.toBe(FIXED);
    const check = checkScenario(writeScenario('tests-g', testsG, ONE_ENDING));
    // The line printed for a girl only has no #from: only the girl's walk can find it.
    expect(check.problems.join('\n')).toMatch(/fr\.ink:\d+: a line without #from .*\(only with player_gender "girl"\)/);
    expect(check.languages[0]?.genders?.map((g) => g.gender)).toEqual(['unsaid', 'girl', 'boy']);
    expect(check.languages[0]?.wordsOnly).toEqual([]);
  });

  it('fails on a path that breaks with one gender only, and names that gender', () => {
    const problems = checkScenario(writeScenario('girl-only', GIRL_DEAD_END, ONE_ENDING)).problems.join('\n');
    expect(problems).toMatch(
      /fr\.ink:\d+: dead end: the story stops here without an #ending line \(only with player_gender "girl"\)/,
    );
    expect(problems).not.toMatch(/"boy"|"unsaid"/);
  });

  it('walks a script without the variable once, and a pinned gender only', () => {
    const once = checkScenario(writeScenario('plain', PLAIN, ONE_ENDING));
    expect(once.problems).toEqual([]);
    expect(once.languages[0]?.genders?.map((g) => g.gender)).toEqual(['unsaid']);
    const pinned = checkScenario(writeScenario('pinned', GIRL_DEAD_END, { ...ONE_ENDING, playerGender: 'girl' }));
    expect(pinned.languages[0]?.genders?.map((g) => g.gender)).toEqual(['girl']);
    expect(pinned.problems.join('\n')).toMatch(/dead end/);
  });
});
