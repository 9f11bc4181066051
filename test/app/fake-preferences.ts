import type { Preferences } from '../../src/app/preferences.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/platform/index.ts';

/** Preferences whose strings are `lang:key`; `switchTo` changes the language and tells the watchers. */
export function fakePreferences(): Preferences & { switchTo(lang: 'fr' | 'ar' | 'en'): void } {
  let lang: 'fr' | 'ar' | 'en' = 'fr';
  let settings: Settings = DEFAULT_SETTINGS;
  const listeners: (() => void)[] = [];
  return {
    lang: () => lang,
    dir: () => (lang === 'ar' ? 'rtl' : 'ltr'),
    t: () => (key) => `${lang}:${key}`,
    settings: () => settings,
    setLang: async () => true,
    setSettings: (values) => {
      settings = { ...settings, ...values };
    },
    watch: (l) => {
      listeners.push(l);
    },
    switchTo(next) {
      lang = next;
      for (const l of listeners) l();
    },
  };
}
