import type { ChatId, TagVocabulary } from '../engine/index.ts';
import type { Lang } from './languages.ts';
import { firstChatOf, parseScenario, type Scenario, vocabularyOf } from './scenario.ts';

/** A compiled script, as the ink plugin produces it. */
export interface CompiledScript {
  readonly story: string;
  readonly contentHash: string;
}

/** A scenario the game can offer: its metadata now, its scripts on demand (one lazy chunk per language). */
export interface ScenarioEntry {
  readonly scenario: Scenario;
  readonly firstChat: ChatId;
  readonly vocabulary: TagVocabulary;
  readonly load: (lang: Lang) => Promise<CompiledScript>;
}

/** The story files as Vite's `import.meta.glob` gives them, keyed by path (`…/stories/<id>/scenario.json`). */
export interface StoryFiles {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly scripts: Readonly<Record<string, () => Promise<CompiledScript>>>;
}

function scriptLoader(files: StoryFiles, dir: string, id: string): (lang: Lang) => Promise<CompiledScript> {
  return async (lang) => {
    const load = files.scripts[`${dir}/${lang}.ink`];
    if (!load) throw new Error(`scenario ${id} has no ${lang} script`);
    return load();
  };
}

/**
 * Every scenario under stories/, checked again at start-up (stories:check already checked it at build time); a
 * broken one is left out with a console error rather than breaking the game.
 */
export function loadRegistry(files: StoryFiles): ReadonlyMap<string, ScenarioEntry> {
  const entries = new Map<string, ScenarioEntry>();
  for (const [path, raw] of Object.entries(files.metadata)) {
    const parsed = parseScenario(raw);
    if (!parsed.ok) {
      console.error(`${path} is invalid and left out:\n${parsed.error.join('\n')}`);
      continue;
    }
    const s = parsed.value;
    entries.set(s.id, {
      scenario: s,
      firstChat: firstChatOf(s) as ChatId,
      vocabulary: vocabularyOf(s),
      load: scriptLoader(files, path.replace(/\/scenario\.json$/, ''), s.id),
    });
  }
  return entries;
}
