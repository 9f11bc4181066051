import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGuide } from '../../tools/teacher/guide.ts';
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
