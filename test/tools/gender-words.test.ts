import { describe, expect, it } from 'vitest';
import { genderChangesWordsOnly } from '../../tools/gender-words.ts';
import { compileInkFile } from '../../tools/ink-compiler.ts';

const G = `=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}
`;

/** Compiles a script that declares player_gender and defines `g` (or the given function) before `body`. */
function compiled(body: string, g = G): string {
  const result = compileInkFile(
    'gender-words-test.ink',
    `VAR player_gender = "unsaid"\n-> start\n${g}=== start ===\n${body}`,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.json;
}

describe('whether the player gender changes only words', () => {
  it('holds when g() is printed, in a line and in a choice', () => {
    expect(
      genderChangesWordsOnly(compiled('t\'es {g("prête", "prêt", "là")} ?\n* [Oui {g("a", "b", "c")}] ok\n  -> END\n')),
    ).toBe(true);
  });

  it('fails when a knot reads the variable itself', () => {
    expect(genderChangesWordsOnly(compiled('{player_gender == "girl": salut}\n-> END\n'))).toBe(false);
  });

  it('fails when what g() returns is tested or kept', () => {
    expect(genderChangesWordsOnly(compiled('{g("a", "b", "c") == "a": salut}\n-> END\n'))).toBe(false);
    expect(genderChangesWordsOnly(compiled('~ temp x = g("a", "b", "c")\n{x}\n-> END\n'))).toBe(false);
  });

  it('fails when g() is not the standard one', () => {
    const other = G.replace('~ return boy', '~ return girl');
    expect(genderChangesWordsOnly(compiled('{g("a", "b", "c")}\n-> END\n', other))).toBe(false);
  });

  it('fails when the script has no g()', () => {
    expect(genderChangesWordsOnly(compiled('salut\n-> END\n', ''))).toBe(false);
  });
});
