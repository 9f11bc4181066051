import { createTranslator, DIRECTION, isLang, type Lang, loadMessages } from '../content/index.ts';
import { type KeyValueStore, type Settings, saveSettings } from '../platform/index.ts';
import type { Translate } from '../ui/index.ts';

/** The player's language, its strings and the settings; every change is saved and told to its watchers. */
export interface Preferences {
  lang(): Lang;
  dir(): 'ltr' | 'rtl';
  t(): Translate;
  settings(): Settings;
  /** Switches language once its strings are loaded (resolves false, staying in the current one, if they could not be). */
  setLang(code: string): Promise<boolean>;
  setSettings(values: Partial<Settings>): void;
  /** Calls `listener` after every change (and never before). */
  watch(listener: () => void): void;
}

/** Loads the strings of the starting language and keeps the preferences from then on. */
export async function createPreferences(o: {
  readonly store: KeyValueStore;
  readonly lang: Lang;
  readonly settings: Settings;
}): Promise<Preferences> {
  const state = { lang: o.lang, t: createTranslator(o.lang, await loadMessages(o.lang)), settings: o.settings };
  const listeners: (() => void)[] = [];
  const changed = (settings: Settings) => {
    state.settings = settings;
    saveSettings(o.store, settings);
    for (const listener of listeners) listener();
  };
  const preferences: Preferences = {
    lang: () => state.lang,
    dir: () => DIRECTION[state.lang],
    t: () => state.t,
    settings: () => state.settings,
    async setLang(code) {
      if (!isLang(code)) return false;
      try {
        state.t = createTranslator(code, await loadMessages(code));
      } catch (e) {
        console.warn(`The ${code} strings could not be loaded; the game stays in ${state.lang}.`, e);
        return false;
      }
      state.lang = code;
      changed({ ...state.settings, lang: code });
      return true;
    },
    setSettings: (values) => changed({ ...state.settings, ...values }),
    watch: (listener) => {
      listeners.push(listener);
    },
  };
  return preferences;
}
