import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const L = (s: string) => ({ fr: s, ar: s, en: s });

/** scenario.json content for test scenarios, with overrides. */
export function makeScenarioJson(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: L('Test'),
    summary: L('A test scenario'),
    contentNote: L('Note'),
    minutes: 5,
    age: 13,
    stages: ['target'],
    techniques: ['flattery'],
    learningGoals: { fr: ['x'], ar: ['x'], en: ['x'] },
    characters: { karim: { name: L('Karim'), color: '#336699', role: 'recruiter' } },
    chats: { dm: { kind: 'dm', with: 'karim' } },
    voices: { sara: { kind: 'sibling', name: L('Sara'), role: L('sister') } },
    images: [],
    endings: { good: { title: L('Good') }, bad: { title: L('Bad') } },
    ...overrides,
  };
}

/** Writes a scenario folder in a temporary directory; `scripts` maps a language to its ink (one for all if a string). */
export function writeScenario(
  id: string,
  scripts: string | Partial<Record<'fr' | 'ar' | 'en', string>>,
  overrides: Record<string, unknown> = {},
): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'byr-')), id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(makeScenarioJson(id, overrides)));
  const all = typeof scripts === 'string' ? { fr: scripts, ar: scripts, en: scripts } : scripts;
  for (const [lang, ink] of Object.entries(all)) writeFileSync(join(dir, `${lang}.ink`), ink);
  return dir;
}
