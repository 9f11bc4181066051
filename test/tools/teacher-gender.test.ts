import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChatId } from '../../src/engine/index.ts';
import { genderChangesWordsOnly } from '../../tools/gender-words.ts';
import { compileInkFile } from '../../tools/ink-compiler.ts';
import { renderGuide } from '../../tools/teacher/guide.ts';
import { collectStoryFacts } from '../../tools/teacher/story-facts.ts';
import { loadTeacherStory } from '../../tools/teacher/teacher-story.ts';
import { writeScenario } from '../helpers/scenario-dir.ts';

// The fixture of the story check, with the girl's path ending like the others.
const GENDERED = readFileSync('test/fixtures/ink/gender/girl-dead-end.ink', 'utf8')
  .replace('{player_gender == "girl": -> girl_only}\n', '')
  .replace(/=== girl_only ===[\s\S]*$/, '');
const ONE_ENDING = { endings: { good: { title: { fr: 'x', ar: 'x', en: 'x' } } } };

describe('the teacher guide and the player gender', () => {
  it('lists the lines whose words change with the gender, with the three versions', () => {
    const dir = writeScenario('gendered', GENDERED, ONE_ENDING);
    const story = loadTeacherStory({ dir, lang: 'fr', discussionDir: dirname(dir) });
    expect(story.gender).toEqual({
      kind: 'varies',
      isPartial: false,
      lines: [
        {
          from: 'karim',
          text: { unsaid: "salut, t'es dans la partie ?", girl: "salut, t'es prête ?", boy: "salut, t'es prêt ?" },
        },
      ],
    });
    const guide = renderGuide(story);
    expect(guide).toContain('<section id="gender">');
    expect(guide).toContain('<td>salut, t&#39;es prête ?</td>');
  });

  it('says when the story pins the gender, and when no line changes', () => {
    const pinned = writeScenario('pinned', GENDERED, { ...ONE_ENDING, playerGender: 'girl' });
    const story = loadTeacherStory({ dir: pinned, lang: 'en', discussionDir: dirname(pinned) });
    expect(story.gender).toEqual({ kind: 'pinned', gender: 'girl' });
    expect(renderGuide(story)).toContain('This story fixes the player&#39;s gender (Girl)');
    const plain = writeScenario('plain', GENDERED.replace(/\{g\([^}]*\)\}/, 'là'), ONE_ENDING);
    expect(loadTeacherStory({ dir: plain, lang: 'en', discussionDir: dirname(plain) }).gender).toEqual({
      kind: 'same',
    });
  });
});

describe('the marked walk of a script whose gender changes only words', () => {
  const script = `VAR player_gender = "unsaid"
VAR told = false
-> start
=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}
=== start ===
salut, t'es {g("prête", "prêt", "dans la partie")} ? #from: karim #stage: target
t'es {g("la meilleure", "le meilleur", "au top")} #from: karim #flag: flattery #aim: te faire sentir spécial
* [Oui, {g("contente", "content", "ça me fait plaisir")}] oui
  -> more
* [Je vais en parler]
  ~ told = true
  -> more
=== more ===
Ta sœur : {g("ma chérie", "mon grand", "toi")}, fais gaffe. #counter: sara
Tu peux en parler à un adulte de confiance. #help: trusted-adult
{told: Tu en as parlé, {g("bravo ma belle", "bravo mon frère", "bravo")}. | Tu as répondu.} #ending: good
-> END
`;

  it('finds the same facts and gender lines as the girl and boy games played in lockstep', () => {
    const compiled = compileInkFile('marked.ink', script);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    expect(genderChangesWordsOnly(compiled.json)).toBe(true);
    const options = {
      story: compiled.json,
      scenario: 'marked',
      lang: 'fr',
      contentHash: compiled.hash,
      firstChat: 'squad' as ChatId,
    };
    const lockstep = collectStoryFacts(options, { genderWalk: 'lockstep' });
    const marked = collectStoryFacts(options);
    expect(marked).toEqual(lockstep);
    expect(marked.gender.kind === 'varies' && marked.gender.lines.length).toBe(5);
    expect(JSON.stringify(marked)).not.toMatch(/[\uE000-\uE002]/);
  });
});
