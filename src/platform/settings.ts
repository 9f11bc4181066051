import { PLAYER_GENDERS, type Settings } from '../protocol/index.ts';
import type { KeyValueStore } from './key-value-store.ts';

export type { Settings };

/** Settings for a first visit. */
export const DEFAULT_SETTINGS: Settings = {
  pacing: 'normal',
  muted: false,
  volume: 0.8,
  theme: 'system',
  textSize: 1,
  motion: 'system',
  contrast: 'normal',
};

const KEY = 'byr:settings';
const PACINGS = ['relaxed', 'normal', 'fast', 'instant'] as const;
const THEMES = ['system', 'light', 'dark'] as const;
const LANGS = ['fr', 'ar', 'en'] as const;
const MOTIONS = ['system', 'reduced', 'full'] as const;
const CONTRASTS = ['normal', 'high'] as const;

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads settings; anything missing or malformed takes its default (stored settings never break the game). */
export function loadSettings(store: KeyValueStore): Settings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) raw = parsed as Record<string, unknown>;
  } catch {
    raw = {};
  }
  const volume =
    typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : DEFAULT_SETTINGS.volume;
  const lang = LANGS.find((l) => l === raw.lang);
  const playerGender = PLAYER_GENDERS.find((g) => g === raw.playerGender);
  return {
    pacing: pick(PACINGS, raw.pacing, DEFAULT_SETTINGS.pacing),
    muted: typeof raw.muted === 'boolean' ? raw.muted : DEFAULT_SETTINGS.muted,
    volume,
    theme: pick(THEMES, raw.theme, DEFAULT_SETTINGS.theme),
    textSize: typeof raw.textSize === 'number' && raw.textSize >= 1 && raw.textSize <= 2 ? raw.textSize : 1,
    motion: pick(MOTIONS, raw.motion, DEFAULT_SETTINGS.motion),
    contrast: pick(CONTRASTS, raw.contrast, DEFAULT_SETTINGS.contrast),
    ...(lang ? { lang } : {}),
    ...(playerGender ? { playerGender } : {}),
  };
}

/** Stores settings; returns false when they could not be kept. */
export function saveSettings(store: KeyValueStore, settings: Settings): boolean {
  return store.set(KEY, JSON.stringify(settings));
}
