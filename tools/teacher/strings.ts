import type { Lang } from '../../src/content/index.ts';
import ar from './strings/ar.json' with { type: 'json' };
import en from './strings/en.json' with { type: 'json' };
import fr from './strings/fr.json' with { type: 'json' };

/** Every text of the teacher pages that does not come from content data; the three files have the same shape. */
export type GuideStrings = typeof en;

/**
 * French typography for print: a no-break space before « : ; ? ! » and inside guillemets, so a line never starts
 * with "?" or "»". Authors type ordinary spaces; other languages are returned as they are.
 */
export function typeset(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ ([:;?!])/g, '\u00a0$1');
}

function typesetAll<T>(value: T, lang: Lang): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (Array.isArray(value)) return value.map((v) => typesetAll(v, lang)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetAll(v, lang)])) as T;
  }
  return value;
}

/** The teacher pages' own texts, per language (typed against en.json, so a missing key fails the type check). */
export const GUIDE_STRINGS: Readonly<Record<Lang, GuideStrings>> = {
  fr: typesetAll<GuideStrings>(fr, 'fr'),
  ar,
  en,
};

/** Fills `{name}` slots; in Arabic, inserted words are isolated so Latin names don't scramble the sentence. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = vars[name];
    if (value === undefined) return slot;
    return lang === 'ar' && typeof value === 'string' ? `\u2068${value}\u2069` : String(value);
  });
}
