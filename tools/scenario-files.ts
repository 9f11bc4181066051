import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LANGUAGES, type Lang, parseScenario, type Scenario, vocabularyOf } from '../src/content/index.ts';
import type { TagVocabulary } from '../src/engine/index.ts';

/** Where the scenarios live. */
export const STORIES_DIR = resolve(import.meta.dirname, '..', 'stories');

/** The scenario folders under stories/ (every folder with a scenario.json). */
export function listScenarioDirs(root = STORIES_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'scenario.json')))
    .map((d) => join(root, d.name))
    .sort();
}

/** Reads and validates a scenario.json; problems name the file and the field. */
export function loadScenarioFile(dir: string): { ok: true; value: Scenario } | { ok: false; error: string[] } {
  const file = join(dir, 'scenario.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, error: [`${file}: not valid JSON: ${e instanceof Error ? e.message : e}`] };
  }
  const parsed = parseScenario(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error.map((p) => `${file}: ${p}`) };
  if (parsed.value.id !== basename(dir)) {
    return { ok: false, error: [`${file}: id "${parsed.value.id}" must match the folder name "${basename(dir)}"`] };
  }
  return parsed;
}

/** For an ink file inside a scenario folder: the scenario's tag vocabulary and language; else undefined. */
export function scenarioContextOf(
  inkFile: string,
): { vocabulary: TagVocabulary; lang: Lang; scenario: Scenario } | undefined {
  const dir = dirname(resolve(inkFile));
  const lang = basename(inkFile, '.ink');
  if (!existsSync(join(dir, 'scenario.json')) || !(LANGUAGES as readonly string[]).includes(lang)) return undefined;
  const loaded = loadScenarioFile(dir);
  if (!loaded.ok) return undefined;
  return { vocabulary: vocabularyOf(loaded.value), lang: lang as Lang, scenario: loaded.value };
}
