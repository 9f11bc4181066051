import { describe, expect, it } from 'vitest';
import { conjunctionList } from '../../src/ui/dom.ts';

// The game's languages join lists with their own words (no Intl.ListFormat on the way to a chat): they must say
// exactly what Intl.ListFormat says, part for part.
describe('conjunctionList', () => {
  const names = ['Anas', 'سلمى', 'douceur.lys', 'Idir', 'Rania'];
  for (const lang of ['fr', 'ar', 'en', 'ar-MA', 'fr-FR'])
    it(`joins 0 to 5 names as Intl.ListFormat does (${lang})`, () => {
      const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
      for (let n = 0; n <= names.length; n++) {
        const items = names.slice(0, n);
        expect(conjunctionList(lang).formatToParts(items)).toEqual(intl.formatToParts(items));
        expect(conjunctionList(lang).format(items)).toBe(intl.format(items));
      }
    });

  it('reads "Anas, Salma et Idir" and "أنس وسلمى وإيدير"', () => {
    expect(conjunctionList('fr').format(['Anas', 'Salma', 'Idir'])).toBe('Anas, Salma et Idir');
    expect(conjunctionList('ar').format(['أنس', 'سلمى', 'إيدير'])).toBe('أنس وسلمى وإيدير');
  });

  it('falls back to Intl.ListFormat for any other language', () => {
    expect(conjunctionList('es').format(['Ana', 'Luis', 'Eva'])).toBe('Ana, Luis y Eva');
  });
});
