import type { Lang } from './languages.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };

/** A UI string: plain text with `{name}` slots, or plural forms chosen by `Intl.PluralRules` from `{count}`. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Messages = Readonly<Record<string, Message>>;

/** The locale files, one per language; every file has the same keys (a test checks it). */
export const LOCALES: Readonly<Record<Lang, Messages>> = { fr, ar, en };

/** Looks up and fills UI strings for a language; a missing key shows the key itself and logs once. */
export function createTranslator(lang: Lang, messages: Messages = LOCALES[lang]) {
  const plural = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang);
  const missing = new Set<string>();
  return (key: string, vars: Readonly<Record<string, string | number>> = {}): string => {
    const message = messages[key];
    if (message === undefined) {
      if (!missing.has(key)) console.error(`UI string "${key}" is missing in ${lang}`);
      missing.add(key);
      return key;
    }
    const count = typeof vars.count === 'number' ? vars.count : undefined;
    const text = typeof message === 'string' ? message : (message[plural.select(count ?? 0)] ?? message.other ?? key);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) return `{${name}}`;
      if (typeof value === 'number') return numbers.format(value);
      // In Arabic, names and words in Latin script are isolated so they don't scramble the sentence around them.
      return lang === 'ar' ? `\u2068${value}\u2069` : value;
    });
  };
}
