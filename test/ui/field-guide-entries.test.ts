import { describe, expect, it } from 'vitest';
import { fieldGuideEntries, fieldGuideFound } from '../../src/ui/field-guide-entries.ts';

const techniques = [
  { id: 'flattery', name: 'Compliments', short: 'Trop de compliments' },
  { id: 'secrecy', name: 'Secret', short: 'Garder le secret' },
];
const sources = {
  techniques,
  cards: [
    { technique: 'secrecy', scenario: 'the-squad', text: 'pas un mot', lang: 'ar' },
    { technique: 'retired-technique', scenario: 'the-squad', text: 'x', lang: 'fr' },
  ],
  storyTitle: (id: string) => `title:${id}`,
  dirOf: (lang: string) => (lang === 'ar' ? ('rtl' as const) : ('ltr' as const)),
};

describe('fieldGuideEntries', () => {
  it('turns a caught technique face up with its line in the language it was read', () => {
    const [flattery, secrecy] = fieldGuideEntries(sources);
    expect(flattery?.caught).toBeUndefined();
    expect(secrecy?.caught).toEqual({ story: 'title:the-squad', text: 'pas un mot', lang: 'ar', dir: 'rtl' });
  });

  it('counts only the techniques the game teaches', () => {
    expect(fieldGuideFound(sources)).toBe(1);
  });
});
