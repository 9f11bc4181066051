import type { Lang } from './languages.ts';

/** A UI string: plain text with `{name}` slots, or plural forms chosen by `Intl.PluralRules` from `{count}`. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Messages = Readonly<Record<string, Message>>;

/**
 * Loads one language's UI strings (its own small chunk: a player downloads only the language they use). Every
 * locale file has the same keys (a test checks it).
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  switch (lang) {
    case 'fr':
      return (await import('./locales/fr.json')).default;
    case 'ar':
      return (await import('./locales/ar.json')).default;
    case 'en':
      return (await import('./locales/en.json')).default;
  }
}

/** Looks up and fills UI strings for a language; a missing key shows the key itself and logs once. */
export function createTranslator(lang: Lang, messages: Messages) {
  const plural = new Intl.PluralRules(lang);
  // Building an Intl.NumberFormat costs a slow phone a few hundred ms (the locale's data): it is made only for a number
  // it changes. Every language here writes 0–999 as plain Latin digits (ar-MA uses them too; a test checks).
  let numbers: Intl.NumberFormat | undefined;
  const formatNumber = (n: number): string => {
    if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
    numbers ??= new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang);
    return numbers.format(n);
  };
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
      if (typeof value === 'number') return formatNumber(value);
      // In Arabic, names and words in Latin script are isolated so they don't scramble the sentence around them.
      return lang === 'ar' ? `\u2068${value}\u2069` : value;
    });
  };
}
