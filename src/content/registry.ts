import type { ChatId, StoryOpening, TagVocabulary } from '../engine/index.ts';
import type { Lang } from './languages.ts';
import { firstChatOf, parseScenario, type Scenario, vocabularyOf } from './scenario.ts';

/** A compiled script, as the ink plugin produces it. */
export interface CompiledScript {
  readonly story: string;
  readonly contentHash: string;
}

/** A script's opening, as the ink plugin produces it (`?opening`): null when the script has none. */
export interface CompiledOpening {
  readonly opening: StoryOpening | null;
}

/** A scenario the game can offer: its metadata now, its scripts on demand (one lazy chunk per language). */
export interface ScenarioEntry {
  readonly scenario: Scenario;
  readonly firstChat: ChatId;
  readonly vocabulary: TagVocabulary;
  readonly load: (lang: Lang) => Promise<CompiledScript>;
  /** The first batch a new game plays (a small chunk per language): undefined when the build made none. */
  readonly loadOpening: (lang: Lang) => Promise<StoryOpening | undefined>;
}

/** The story files as Vite's `import.meta.glob` gives them, keyed by path (`…/stories/<id>/scenario.json`). */
export interface StoryFiles {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly scripts: Readonly<Record<string, () => Promise<CompiledScript>>>;
  /** The same scripts' openings (`…/<lang>.ink?opening`), keyed by the script's path; none in tools and tests. */
  readonly openings?: Readonly<Record<string, () => Promise<CompiledOpening>>>;
}

function scriptLoader(files: StoryFiles, dir: string, id: string): (lang: Lang) => Promise<CompiledScript> {
  return async (lang) => {
    const load = files.scripts[`${dir}/${lang}.ink`];
    if (!load) throw new Error(`scenario ${id} has no ${lang} script`);
    return load();
  };
}

function openingLoader(files: StoryFiles, dir: string): (lang: Lang) => Promise<StoryOpening | undefined> {
  return async (lang) => {
    const load = files.openings?.[`${dir}/${lang}.ink`];
    return load ? ((await load()).opening ?? undefined) : undefined;
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
    const dir = path.replace(/\/scenario\.json$/, '');
    entries.set(s.id, {
      scenario: s,
      firstChat: firstChatOf(s) as ChatId,
      vocabulary: vocabularyOf(s),
      load: scriptLoader(files, dir, s.id),
      loadOpening: openingLoader(files, dir),
    });
  }
  return entries;
}
