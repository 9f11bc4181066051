import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../src/content/index.ts';
import { checkNames, nameKey, type ScenarioSource } from '../../tools/name-check.ts';
import { makeScenarioJson } from '../helpers/scenario-dir.ts';

const L = (fr: string, ar = fr, en = fr) => ({ fr, ar, en });

function source(id: string, overrides: Record<string, unknown>): ScenarioSource {
  const base = { voices: {}, chats: { group: { kind: 'group', title: L('Group'), members: ['me'] } } };
  const json = makeScenarioJson(id, { ...base, ...overrides });
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  const scenario: Scenario = parsed.value;
  return { file: `stories/${id}/scenario.json`, text: JSON.stringify(json, null, 2), scenario };
}

describe('nameKey', () => {
  it('keeps the name a person is called by, without titles, kinship words, handles or emoji', () => {
    expect(nameKey('Hamza.M')).toBe('hamza');
    expect(nameKey('Ilyas (cousin)')).toBe('ilyas');
    expect(nameKey('Tata Khadija')).toBe('khadija');
    expect(nameKey('الأستاذة بناني')).toBe('بناني');
    expect(nameKey('nour_22')).toBe('nour');
    expect(nameKey('Le Veilleur 👁️')).toBe('veilleur');
  });

  it('ignores names made only of kinship words (each player has their own mum)', () => {
    expect(nameKey('Maman')).toBeUndefined();
    expect(nameKey('ماما')).toBeUndefined();
    expect(nameKey('Mum')).toBeUndefined();
  });
});

describe('checkNames', () => {
  it('reports a name used by characters of two scenarios, with both files and lines', () => {
    const a = source('a', { characters: { hamza: { name: L('Hamza.M', 'حمزة.م'), color: '#336699' } } });
    const b = source('b', {
      characters: { karim: { name: L('Karim'), color: '#336699' } },
      voices: { hamza: { kind: 'former-member', name: L('Hamza', 'حمزة'), role: L('x') } },
    });
    const problems = checkNames([a, b]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^stories\/b\/scenario\.json:\d+: voices\.hamza is called "Hamza", a name that already belongs to characters\.hamza \("Hamza\.M"\) in stories\/a\/scenario\.json:\d+/,
    );
  });

  it('reports a name that only one language shares', () => {
    const a = source('a', { characters: { karim: { name: L('Karim', 'سلمى'), color: '#336699' } } });
    const b = source('b', { characters: { salma: { name: L('Salma', 'سلمى'), color: '#336699' } } });
    expect(checkNames([a, b]).join('\n')).toMatch(/characters\.salma is called "سلمى"/);
  });

  it('reports two different characters of one scenario with the same name', () => {
    const a = source('a', {
      characters: { idir: { name: L('Idir'), color: '#336699' }, idir2: { name: L('Idir B.'), color: '#336699' } },
    });
    expect(checkNames([a])).toHaveLength(1);
  });

  it('accepts a character who is also a counter voice (same id), and Maman in two scenarios', () => {
    const a = source('a', {
      characters: { salma: { name: L('Salma'), color: '#336699' }, mum: { name: L('Maman'), color: '#336699' } },
      voices: { salma: { kind: 'sibling', name: L('Salma'), role: L('x') } },
    });
    const b = source('b', { characters: { mama: { name: L('Maman', 'ماما', 'Mum'), color: '#336699' } } });
    expect(checkNames([a, b])).toEqual([]);
  });
});
