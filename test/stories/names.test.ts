import { describe, expect, it } from 'vitest';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';

/**
 * A name belongs to one character across all scenarios (issue 13): a class that plays two stories must not meet
 * "Salma" as a sister in one and a classmate in another, nor "Hamza" as a recruiter and as a former member.
 * Kinship labels ("Maman", "Baba") are how the player's phone names their own parents, not names.
 */

const KINSHIP = new Set(['maman', 'papa', 'mum', 'dad', 'mama', 'baba', 'ماما', 'بابا']);
const TITLES = new Set([
  'mme',
  'm',
  'mrs',
  'ms',
  'mr',
  'si',
  'tata',
  'auntie',
  'le',
  'la',
  'the',
  'الأستاذة',
  'الأستاذ',
  'خالتي',
  'سي',
]);

/** The first name in a display name: "Hamza.M" → "hamza", "Mme Tazi" → "tazi", "Ilyas (cousin)" → "ilyas". */
function firstName(display: string): string | undefined {
  const words = display
    .toLowerCase()
    .split(/[\s._()]+/)
    .filter((w) => /\p{L}/u.test(w) && !TITLES.has(w));
  return words[0];
}

describe('one name, one character', () => {
  it('finds the first name in display names', () => {
    expect(firstName('Hamza.M')).toBe('hamza');
    expect(firstName('Mme Tazi')).toBe('tazi');
    expect(firstName('Ilyas (cousin)')).toBe('ilyas');
    expect(firstName('Le Veilleur 👁️')).toBe('veilleur');
  });

  it('gives each character and voice name, in every language, to one character of one scenario', () => {
    const owners = new Map<string, Set<string>>();
    for (const dir of listScenarioDirs()) {
      const loaded = loadScenarioFile(dir);
      if (!loaded.ok) throw new Error(loaded.error.join('\n'));
      const scenario = loaded.value;
      const people = [...Object.entries(scenario.characters), ...Object.entries(scenario.voices)];
      for (const [id, person] of people) {
        for (const display of Object.values(person.name)) {
          const name = firstName(display);
          if (name === undefined || KINSHIP.has(name)) continue;
          const set = owners.get(name) ?? new Set<string>();
          set.add(`${scenario.id}/${id}`);
          owners.set(name, set);
        }
      }
    }
    const shared = [...owners]
      .filter(([, who]) => who.size > 1)
      .map(([name, who]) => `${name}: ${[...who].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
