import { describe, expect, it } from 'vitest';
import { firstChatOf, LANGUAGES, PLAYER_GENDERS, playerVariables, vocabularyOf } from '../../src/content/index.ts';
import { type ChatId, openingFor, ScenarioRunner, sameEvents } from '../../src/engine/index.ts';
import { compileInkFile } from '../../tools/ink-compiler.ts';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';
import { openingOf } from '../../tools/story-opening.ts';
import { compile } from '../helpers/ink.ts';

describe('a story’s opening, made at build time (tools/story-opening.ts)', () => {
  for (const dir of listScenarioDirs())
    for (const lang of LANGUAGES)
      it(`${dir.split('/').at(-1)} (${lang}): every gender has one, and it is what the game’s runner plays first`, () => {
        const scenario = loadScenarioFile(dir);
        if (!scenario.ok) throw new Error(scenario.error.join('\n'));
        const compiled = compileInkFile(`${dir}/${lang}.ink`);
        if (!compiled.ok) throw new Error('does not compile');
        // Through JSON, as the build ships it.
        const opening = JSON.parse(JSON.stringify(openingOf(scenario.value, lang, compiled) ?? null));
        expect(opening, 'every story starts with messages and a first choice').not.toBeNull();
        for (const gender of PLAYER_GENDERS) {
          const batch = openingFor(opening, gender);
          expect(batch?.events.length, gender).toBeGreaterThan(1);
          // The runner as the story catalog makes it (story-catalog.ts runnerOptions).
          const runner = new ScenarioRunner({
            story: compiled.json,
            scenario: scenario.value.id,
            lang,
            contentHash: compiled.hash,
            firstChat: firstChatOf(scenario.value) as ChatId,
            vocabulary: vocabularyOf(scenario.value),
            variables: playerVariables(gender),
          });
          expect(batch?.firstChat).toBe(runner.chat);
          expect(sameEvents(runner.next(), batch?.events ?? []), gender).toBe(true);
        }
      });

  it('keeps one batch per distinct opening, and none for a script whose first batch has no choice', () => {
    const sample = loadScenarioFile('stories/sample');
    if (!sample.ok) throw new Error(sample.error.join('\n'));
    const story = (source: string) => ({ json: compile(source), hash: 'h' });
    const gendered = `VAR player_gender = "unsaid"
#chat: squad
{player_gender == "girl": t'es prête ?|t'es prêt ?} #from: yanis
* oui
-> END
`;
    const opening = openingOf(sample.value, 'fr', story(gendered));
    expect(opening?.batches).toHaveLength(2);
    expect(opening?.byGender).toEqual({ girl: 0, boy: 1, unsaid: 1 });
    expect(openingFor(opening, 'girl')?.events[0]).toMatchObject({ kind: 'message', text: "t'es prête ?" });
    expect(openingOf(sample.value, 'fr', story('#chat: squad\nsalut #from: yanis\n-> END\n'))).toBeUndefined();
    expect(openingFor(opening, 'other')).toBeUndefined();
    expect(openingFor(undefined, 'girl')).toBeUndefined();
  });
});
