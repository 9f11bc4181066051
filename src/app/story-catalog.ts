import {
  DIRECTION,
  isLang,
  LANGUAGES,
  type Lang,
  loadCheck,
  ordinaryInfo,
  type ScenarioEntry,
  techniqueInfo,
} from '../content/index.ts';
import type { TechniqueId } from '../engine/index.ts';
import { err, ok, parseSaveEnvelope, type RunnerOptions, ScenarioRunner } from '../engine/index.ts';
import type { OpenedStory, StoryCatalog } from '../game/index.ts';
import type { Cast } from '../ui/index.ts';

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
    return c ? { name: c.name[lang], color: c.color } : { name: id, color: '#5a6275' };
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
            members: new Intl.ListFormat(lang, { type: 'conjunction' }).format(
              chat.members.filter((m) => m !== 'me').map((m) => person(m).name),
            ),
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
    picture: (id) => ({
      symbol: PICTURES[hash(id) % PICTURES.length] ?? '🖼️',
      from: PALETTE[hash(id) % PALETTE.length] ?? '#3a5bd9',
      to: PALETTE[(hash(id) + 2) % PALETTE.length] ?? '#2f7d6d',
    }),
  };
}

/** Discussion questions for teachers (src/content/data/discussion), one lazy chunk per scenario. */
const discussions = import.meta.glob<{ points: Record<string, Record<string, string>> }>(
  './content/data/discussion/*.json',
  {
    import: 'default',
  },
);

/** The game's view of the scenario registry: cards, casts, and runners (restoring saves where possible). */
export function createStoryCatalog(
  registry: ReadonlyMap<string, ScenarioEntry>,
  hasSave: (id: string) => boolean,
  onWarning: (message: string) => void,
): StoryCatalog {
  const entryOf = (id: string) => {
    const entry = registry.get(id);
    if (!entry) throw new Error(`unknown scenario ${id}`);
    return entry;
  };
  const langOf = (code: string): Lang => (isLang(code) ? code : 'fr');
  const toCard = (id: string, lang: Lang) => {
    const s = entryOf(id).scenario;
    return {
      id: s.id,
      title: s.title[lang],
      summary: s.summary[lang],
      minutes: s.minutes,
      age: s.age,
      contentNote: s.contentNote[lang],
      hasSave: hasSave(s.id),
    };
  };
  return {
    languages: LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code], dir: DIRECTION[code] })),
    has: (id) => registry.has(id),
    cards: (code) =>
      [...registry.values()]
        .filter(({ scenario }) => scenario.listed)
        .map(({ scenario }) => toCard(scenario.id, langOf(code))),
    card: (id, code) => (registry.has(id) ? toCard(id, langOf(code)) : undefined),
    cast: (id, code) => castOf(entryOf(id), langOf(code)),
    check: (phase, code) => loadCheck(phase, langOf(code)),
    async discussion(id, code) {
      const load = discussions[`./content/data/discussion/${id}.json`];
      if (!load) return {};
      const { points } = await load();
      const lang = langOf(code);
      return Object.fromEntries(Object.entries(points).map(([point, q]) => [point, q[lang] ?? '']));
    },
    async replay(id, code, save, choices) {
      const entry = registry.get(id);
      if (!entry) return err(`unknown scenario ${id}`);
      const lang = langOf(code);
      const script = await entry.load(lang);
      const replayed = ScenarioRunner.replay(
        {
          story: script.story,
          scenario: id,
          lang,
          contentHash: script.contentHash,
          firstChat: entry.firstChat,
          vocabulary: entry.vocabulary,
          seed: save.seed,
        },
        save.choices.slice(0, choices),
      );
      return replayed.ok ? ok(replayed.value) : err(replayed.error);
    },
    async open(id, code, save) {
      const entry = registry.get(id);
      if (!entry) return err(`unknown scenario ${id}`);
      const lang = langOf(code);
      const script = await entry.load(lang);
      const options: RunnerOptions = {
        story: script.story,
        scenario: id,
        lang,
        contentHash: script.contentHash,
        firstChat: entry.firstChat,
        vocabulary: entry.vocabulary,
        onWarning: (m) => onWarning(`[${id}/${lang}] ${m}`),
      };
      if (save === undefined) return ok<OpenedStory>({ runner: new ScenarioRunner(options) });
      const parsed = parseSaveEnvelope(save);
      const restored = parsed.ok ? ScenarioRunner.restore(options, parsed.value) : parsed;
      if (restored.ok) return ok<OpenedStory>({ runner: restored.value });
      const kind = restored.error.kind;
      // A save in another language: the choice points are the same in every language, so replay the choices.
      if (kind === 'other-scenario' && parsed.ok && parsed.value.scenario === id) {
        const replayed = ScenarioRunner.replay({ ...options, seed: parsed.value.seed }, parsed.value.choices);
        if (replayed.ok) return ok<OpenedStory>({ runner: replayed.value });
      }
      return ok<OpenedStory>({
        runner: new ScenarioRunner(options),
        saveNotice: kind === 'story-changed' ? 'storyChanged' : 'setAside',
      });
    },
  };
}
