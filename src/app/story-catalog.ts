import { avatars, covers, pictures } from 'virtual:faces';
import {
  asksGender,
  DIRECTION,
  genderFor,
  isLang,
  LANGUAGES,
  type Lang,
  loadCheck,
  ordinaryInfo,
  type PlayerGender,
  playerVariables,
  type ScenarioEntry,
  TECHNIQUE_IDS,
  techniqueInfo,
} from '../content/index.ts';
import type { OpeningBatch, TechniqueId } from '../engine/index.ts';
import {
  err,
  ok,
  openingFor,
  type Result,
  type RunnerOptions,
  type SaveEnvelope,
  type SaveSlot,
} from '../engine/index.ts';
import type { CheckRound } from '../protocol/index.ts';
import { type Cast, conjunctionList } from '../ui/index.ts';
import { whenIdle } from './offline-timing.ts';

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: 'Français', ar: 'العربية', en: 'English' };
const PICTURES = ['🎮', '📱', '🎬', '🏆', '🌄', '📰', '🖼️', '🔍', '👁️', '💬'];
const PALETTE = ['#3a5bd9', '#2f7d6d', '#8a4fbf', '#b04e17', '#1f7aa8', '#a83262'];

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h;
}

function castOf(entry: ScenarioEntry, lang: Lang): Cast {
  const s = entry.scenario;
  const person = (id: string) => {
    const c = s.characters[id];
    const face = avatars[`${s.id}/${id}`];
    if (!c) return { name: id, color: '#5a6275' };
    return face ? { name: c.name[lang], color: c.color, face } : { name: c.name[lang], color: c.color };
  };
  return {
    lang,
    dir: DIRECTION[lang],
    chats: Object.entries(s.chats).map(([id, chat]) =>
      chat.kind === 'dm'
        ? { id, kind: 'dm' as const, title: person(chat.with).name, avatar: person(chat.with) }
        : {
            id,
            kind: 'group' as const,
            title: chat.title[lang],
            avatar: { name: chat.title[lang], color: PALETTE[hash(id) % PALETTE.length] ?? '#3a5bd9' },
            // "Anas, Salma et Yasmine"; in Arabic "أنس وسلمى وياسين" (never a Latin comma).
            members: conjunctionList(lang).format(chat.members.filter((m) => m !== 'me').map((m) => person(m).name)),
            roster: chat.members.filter((m) => m !== 'me'),
          },
    ),
    person,
    voice: (id) => {
      const v = s.voices[id];
      return v
        ? { name: v.name[lang], role: v.role[lang], color: PALETTE[hash(id) % PALETTE.length] ?? '#2f7d6d' }
        : { name: id, role: '', color: '#2f7d6d' };
    },
    endingTitle: (id) => s.endings[id]?.title[lang] ?? id,
    technique: (id) => techniqueInfo(id as TechniqueId, lang),
    ordinary: ordinaryInfo(lang),
    picture: (id) => {
      const card = {
        symbol: PICTURES[hash(id) % PICTURES.length] ?? '🖼️',
        from: PALETTE[hash(id) % PALETTE.length] ?? '#3a5bd9',
        to: PALETTE[(hash(id) + 2) % PALETTE.length] ?? '#2f7d6d',
      };
      const src = pictures[`${s.id}/${id}`];
      return src ? { ...card, src } : card;
    },
  };
}

/** The ink runtime and the save policy, loaded when a story opens: Home paints without them. */
const runner = () => import('./story-runner.ts');

/** Discussion questions for teachers (src/content/data/discussion), one lazy chunk per scenario. */
const discussions = import.meta.glob<{ points: Record<string, Record<string, string>> }>(
  '../content/data/discussion/*.json',
  {
    import: 'default',
  },
);

/**
 * The game's view of the scenario registry: cards, casts, and runners (engine/save-policy opens saves). Its shape is
 * the game's `StoryCatalog` port; main.ts hands it to the game, so app/ needs nothing from game/.
 */
export function createStoryCatalog(
  registry: ReadonlyMap<string, ScenarioEntry>,
  progress: { readonly hasSave: (id: string) => boolean; readonly endingsFound: (id: string) => number },
  onWarning: (message: string) => void,
  /** The player's answer (settings), undefined until asked. */
  playerGender: () => PlayerGender | undefined = () => undefined,
) {
  const entryOf = (id: string) => {
    const entry = registry.get(id);
    if (!entry) throw new Error(`unknown scenario ${id}`);
    return entry;
  };
  const langOf = (code: string): Lang => (isLang(code) ? code : 'fr');
  /** Counts what asks for a runner (a story built ahead, opened or replayed): a build ahead asked before is dropped. */
  const opens = { asked: 0 };
  /** The ink runtime, asked for ahead: a failure is only a warning (opening the story says what went wrong). */
  const runtimeAhead = () =>
    runner().then(
      () => undefined,
      (e: unknown) => onWarning(`The ink runtime could not be loaded ahead: ${String(e)}`),
    );
  /** Loads a scenario's script in one language and says how to run it. */
  const runnerOptions = async (id: string, code: string): Promise<Result<RunnerOptions>> => {
    const entry = registry.get(id);
    if (!entry) return err(`unknown scenario ${id}`);
    const lang = langOf(code);
    const script = await entry.load(lang);
    return ok({
      story: script.story,
      scenario: id,
      lang,
      contentHash: script.contentHash,
      firstChat: entry.firstChat,
      vocabulary: entry.vocabulary,
      variables: playerVariables(genderFor(entry.scenario, playerGender())),
      onWarning: (m) => onWarning(`[${id}/${lang}] ${m}`),
    });
  };
  /** A new game's first batch for the player's gender (src/engine/opening.ts); a failure is only a warning. */
  const openingOf = async (id: string, code: string): Promise<OpeningBatch | undefined> => {
    const entry = registry.get(id);
    if (!entry) return undefined;
    try {
      return openingFor(await entry.loadOpening(langOf(code)), genderFor(entry.scenario, playerGender()));
    } catch (e) {
      onWarning(`[${id}] the story's opening could not be loaded: ${String(e)}`);
      return undefined;
    }
  };
  const toCard = (id: string, lang: Lang) => {
    const s = entryOf(id).scenario;
    return {
      id: s.id,
      title: s.title[lang],
      summary: s.summary[lang],
      minutes: s.minutes,
      age: s.age,
      contentNote: s.contentNote[lang],
      hasSave: progress.hasSave(s.id),
      endingsFound: progress.endingsFound(s.id),
      endings: Object.keys(s.endings).length,
      ...(covers[s.id] ? { cover: covers[s.id] } : {}),
      ...(s.mood ? { mood: s.mood } : {}),
    };
  };
  return {
    languages: LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code], dir: DIRECTION[code] })),
    has: (id: string) => registry.has(id),
    cards: (code: string) =>
      [...registry.values()]
        .filter(({ scenario }) => scenario.listed)
        .map(({ scenario }) => toCard(scenario.id, langOf(code))),
    card: (id: string, code: string) => (registry.has(id) ? toCard(id, langOf(code)) : undefined),
    cast: (id: string, code: string): Cast => castOf(entryOf(id), langOf(code)),
    techniques: (code: string) =>
      TECHNIQUE_IDS.map((id) => {
        const info = techniqueInfo(id, langOf(code));
        return { id, name: info.name, short: info.short };
      }),
    asksGender: (id: string) => asksGender(entryOf(id).scenario, playerGender()),
    check: (round: CheckRound, code: string) => loadCheck(round, langOf(code)),
    async discussion(id: string, code: string): Promise<Readonly<Record<string, string>>> {
      const load = discussions[`../content/data/discussion/${id}.json`];
      if (!load) return {};
      const { points } = await load();
      const lang = langOf(code);
      return Object.fromEntries(Object.entries(points).map(([point, q]) => [point, q[lang] ?? '']));
    },
    /** Starts loading the ink runtime (the player is reading Home: the story chosen next will need it); settles when in. */
    preloadRuntime: runtimeAhead,
    /**
     * Starts loading a scenario's script, its opening and the ink runtime before it is opened; settles when all are
     * in.
     */
    preload(id: string, code: string): Promise<void> {
      const entry = registry.get(id);
      const script = entry
        ?.load(langOf(code))
        .catch((e: unknown) => onWarning(`[${id}] the script could not be loaded ahead: ${String(e)}`));
      return Promise.all([script, openingOf(id, code), runtimeAhead()]).then(() => undefined);
    },
    opening: openingOf,
    /**
     * The player chose this story and reads its content note: once its script and the ink runtime are in, an idle
     * moment builds the script into ink's objects (the longest step of opening it), unless a story opened meanwhile.
     */
    prepare(id: string, code: string): void {
      const asked = ++opens.asked;
      Promise.all([registry.get(id)?.load(langOf(code)), runner()])
        .then(([script, engine]) => {
          if (!script) return;
          whenIdle(() => {
            if (opens.asked === asked) engine.buildAhead(script.story);
          });
        })
        .catch(() => undefined);
    },
    async replay(id: string, code: string, save: SaveEnvelope, choices: number) {
      opens.asked++;
      const [options, engine] = await Promise.all([runnerOptions(id, code), runner()]);
      return options.ok ? engine.replayFrom(options.value, save, choices) : options;
    },
    async open(id: string, code: string, slot: SaveSlot) {
      opens.asked++;
      const [options, engine] = await Promise.all([runnerOptions(id, code), runner()]);
      return options.ok ? ok(engine.openScenario(options.value, slot)) : options;
    },
  };
}
