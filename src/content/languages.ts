/** The game's languages, in order of priority. */
export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Writing direction of each language. */
export const DIRECTION: Readonly<Record<Lang, 'ltr' | 'rtl'>> = { fr: 'ltr', ar: 'rtl', en: 'ltr' };

/** Whether a string is one of the game's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
