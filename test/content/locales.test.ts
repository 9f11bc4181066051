import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, LANGUAGES, type Messages } from '../../src/content/index.ts';
import ar from '../../src/content/locales/ar.json' with { type: 'json' };
import en from '../../src/content/locales/en.json' with { type: 'json' };
import fr from '../../src/content/locales/fr.json' with { type: 'json' };

const LOCALES: Record<(typeof LANGUAGES)[number], Messages> = { fr, ar, en };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const code = sources('src').join('\n');
const keys = Object.keys(LOCALES.en);
// The first argument of every translate call: t('…'), this.#t('…'), ctx.t()('…'), with ternaries inside.
const calls = [...code.matchAll(/(?:\bt|#t|\bt\(\))\(\s*([^,)]*)/g)].map((m) => m[1] ?? '');
const literalKeys = new Set(
  calls.flatMap((arg) => [...arg.matchAll(/'([a-z][\w]*(?:\.[\w]+)*)'/g)].map((m) => m[1] ?? '')),
);
const templatePrefixes = calls.flatMap((arg) => [...arg.matchAll(/`([a-z][\w.]*\.)\$\{/g)].map((m) => m[1] ?? ''));
// Keys chosen in code before the call (e.g. notices.push('home.notice.lang')) appear as plain literals.
const anyLiteral = new Set([...code.matchAll(/'([a-z][\w]*(?:\.[\w]+)*)'/g)].map((m) => m[1] ?? ''));

describe('UI strings', () => {
  it('has the same keys in every language', () => {
    for (const lang of LANGUAGES) expect(Object.keys(LOCALES[lang]).sort()).toEqual([...keys].sort());
  });

  it('has every plural form each language needs (Arabic has six)', () => {
    for (const lang of LANGUAGES) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(LOCALES[lang])) {
        if (typeof message === 'string') continue;
        for (const form of needed) expect(message, `${lang} ${key} lacks "${form}"`).toHaveProperty(form);
      }
    }
  });

  it('defines every key the code asks for', () => {
    const missing = [...literalKeys].filter((k) => !keys.includes(k));
    expect(missing).toEqual([]);
  });

  it('has no key the code never uses', () => {
    const unused = keys.filter((k) => !anyLiteral.has(k) && !templatePrefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('never leaves a message empty', () => {
    for (const lang of LANGUAGES) {
      for (const [key, message] of Object.entries(LOCALES[lang])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text?.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('writes numbers as each language does, with or without the number formatter (0–999 skip it)', () => {
    for (const lang of LANGUAGES) {
      const formatter = new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang);
      const t = createTranslator(lang, { n: '{count}' });
      for (const n of [0, 1, 7, 42, 999, 1000, 12345, -3, 2.5])
        expect(t('n', { count: n }), `${lang} ${n}`).toBe(formatter.format(n));
    }
    expect(createTranslator('fr', { n: '{count}' })('n', { count: 1000 })).not.toBe('1000');
  });
});
