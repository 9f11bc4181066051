import {
  type BoosterReminder,
  createBoosterReminder,
  createCheckResults,
  createEndingsFound,
  createFieldGuideStore,
  createSaveSlots,
  type EndingsFound,
  type FieldGuideStore,
  type SaveSlots,
} from '../platform/index.ts';
import type { PlayReport } from '../protocol/index.ts';
import {
  type FieldGuideSources,
  fieldGuideEntries,
  fieldGuideFound,
  type HomeChoice,
  type HomeGuide,
  h,
  showFieldGuide,
} from '../ui/index.ts';
import { createNoteBeforeGame, type NoteBeforeGame } from './content-note.ts';
import { createGameRoute, type GameRoute } from './game-route.ts';
import { createHomeScreen, type HomeScreen } from './home-screen.ts';
import { type Launch, readLaunch } from './launch.ts';
import { type OfflineTiming, scheduleOffline } from './offline-timing.ts';
import { applyBrand } from './partner-setup.ts';
import { createPreferences, type Preferences } from './preferences.ts';
import { findPage, type Page } from './shell.ts';
import { createStoryCatalog } from './story-catalog.ts';

/** The app's parts, built before the game loads (Home, Help and Leave work without it). */
export interface Core {
  readonly page: Page;
  readonly launch: Launch;
  readonly preferences: Preferences;
  readonly saves: SaveSlots;
  readonly endings: EndingsFound;
  readonly checkResults: ReturnType<typeof createCheckResults>;
  /** The booster offer's dates (last finished story, "Not now", booster taken): on this device only. */
  readonly booster: BoosterReminder;
  /** The player's field guide (techniques caught), on this device only. */
  readonly fieldGuide: FieldGuideStore;
  readonly catalog: ReturnType<typeof createStoryCatalog>;
  readonly route: GameRoute<HomeChoice>;
  /** The content note, shown by the app while the game is still loading. */
  readonly note: NoteBeforeGame;
  readonly offline: OfflineTiming;
  readonly takeNotice: () => string | undefined;
}

/** What the game is handed besides the core: Home, help, and where play reports go. */
export interface Parts extends Core {
  readonly home: HomeScreen;
  readonly help: (topic?: string) => void;
  readonly report: (event: PlayReport) => void;
}

/** Reads the address and settings, loads the strings, and builds what Home needs. */
export async function buildCore(): Promise<Core> {
  const page = findPage();
  const launch = await readLaunch(location);
  applyBrand(launch.partner);
  const saves = createSaveSlots(launch.store);
  const endings = createEndingsFound(launch.store);
  const preferences = await createPreferences({ store: launch.store, lang: launch.lang, settings: launch.settings });
  const catalog = createStoryCatalog(
    launch.registry,
    { hasSave: (id) => saves.read(id).kind !== 'empty', endingsFound: (id) => endings.get(id).length },
    (m) => console.warn(m),
    () => preferences.settings().playerGender,
  );
  const notices = [...launch.notices];
  const takeNotice = () => {
    const key = notices.shift();
    return key ? preferences.t()(key, { lang: preferences.lang().toUpperCase() }) : undefined;
  };
  const route = createGameRoute<HomeChoice>(firstChoice(launch));
  const booster = createBoosterReminder(launch.store);
  const checkResults = createCheckResults(launch.store);
  return {
    page,
    launch,
    preferences,
    saves,
    endings,
    // A finished booster round also puts the offer off until a week after the next finished story.
    checkResults: {
      get: checkResults.get,
      set: (round, result) => {
        checkResults.set(round, result);
        if (round === 'booster') booster.taken();
      },
    },
    booster,
    fieldGuide: createFieldGuideStore(launch.store),
    catalog,
    route,
    note: createNoteBeforeGame({ ui: page.ui, preferences, catalog, saves, route }),
    offline: scheduleOffline(),
    takeNotice,
  };
}

/** The screen the address opens: a booster session's round, the story it names, or none (Home). */
function firstChoice(launch: Launch): HomeChoice | undefined {
  if (launch.classSession?.kind === 'booster') return { kind: 'check', phase: 'booster' };
  return launch.deepLink ? { kind: 'story', id: launch.deepLink, mode: 'continue' } : undefined;
}

/**
 * What happens when the player chooses on Home: the story's script starts loading alongside the game, and its content
 * note shows at once (before the game has loaded, the app shows it).
 */
export function choose(c: Core, choice: HomeChoice): void {
  if (choice.kind === 'story') {
    if (choice.mode === 'new') c.saves.clear(choice.id);
    c.offline.storyChosen(c.catalog.preload(choice.id, c.preferences.lang()));
    if (c.note.offer(choice)) {
      c.catalog.prepare(choice.id, c.preferences.lang());
      return;
    }
  }
  c.route.choose(choice);
}

/** The first screen before the game has loaded: Home, or, for a story the address opens directly, a loading line. */
export function paintFirstScreen(p: Parts): void {
  const first = p.launch.deepLink;
  const isBooster = p.launch.classSession?.kind === 'booster';
  if (!first && !isBooster) {
    p.home.show(p.takeNotice());
    return;
  }
  if (first) p.offline.storyChosen(p.catalog.preload(first, p.preferences.lang()));
  const loading = h('p', { className: 'loading', role: 'status' }, p.preferences.t()('app.loading'));
  p.page.ui.replaceChildren(loading);
}

/** Home as HTML, with the player's choices routed to the game (loaded or not). */
export function homeFor(
  c: Core,
  switchLanguage: (code: string) => void,
  hooks: {
    /** Home has just been drawn. */
    readonly onDrawn?: () => void;
    /** A finger (or focus) is on a story's Start: what the game adds to load ahead (the chat's code). */
    readonly onStoryAhead?: () => void;
    /** The covers below the first card wait for this (see HomeViewOptions.coversAfter). */
    readonly coversAfter?: Promise<void>;
  } = {},
): HomeScreen {
  const partner = c.launch.partner;
  const home = createHomeScreen({
    ui: c.page.ui,
    preferences: c.preferences,
    languages: c.catalog.languages,
    cards: c.catalog.cards,
    checkResults: c.checkResults,
    booster: c.booster,
    ...(partner.brand ? { brand: partner.brand } : {}),
    hasTeacherScreen: partner.teacherMode,
    projectorOnCards: partner.teacherMode,
    update: c.offline.update,
    isGameRunning: c.route.isRunning,
    onChoose: (choice) => choose(c, choice),
    onLanguage: switchLanguage,
    onJoin: (code) => joinSession(code, c.preferences.lang()),
    guide: () => homeGuide(c),
    ...(hooks.onDrawn ? { onDrawn: hooks.onDrawn } : {}),
    ...(hooks.coversAfter ? { coversAfter: hooks.coversAfter } : {}),
  });
  c.offline.onUpdateReady(home.refresh);
  c.note.attachHome(() => home.show());
  loadAhead(c, hooks.onStoryAhead);
  return home;
}

/**
 * A finger on a story's button (or keyboard focus on it) comes before its click: the story's script (and the ink
 * runtime, and what `also` loads) start loading then, so the tap finds them on their way. Once per story and language.
 */
function loadAhead(c: Core, also: () => void = () => undefined): void {
  const asked = new Set<string>();
  const ahead = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    const id = button?.closest<HTMLElement>('.story-card')?.dataset.story;
    const key = `${id}/${c.preferences.lang()}`;
    if (!id || asked.has(key) || !c.catalog.has(id)) return;
    asked.add(key);
    c.offline.storyChosen(c.catalog.preload(id, c.preferences.lang()));
    also();
  };
  c.page.ui.addEventListener('pointerdown', ahead);
  c.page.ui.addEventListener('focusin', ahead);
}

/** Home's entry to the field guide: the cards on this device, and the guide opened over Home (no game needed). */
function homeGuide(c: Core): HomeGuide {
  const lang = c.preferences.lang();
  const sources: FieldGuideSources = {
    techniques: c.catalog.techniques(lang),
    cards: c.fieldGuide.cards(),
    storyTitle: (id) => c.catalog.card(id, lang)?.title ?? id,
    dirOf: (code) => c.catalog.languages.find((l) => l.code === code)?.dir ?? 'ltr',
  };
  return {
    found: fieldGuideFound(sources),
    total: sources.techniques.length,
    onOpen: (opener) => {
      const t = c.preferences.t();
      const notice = c.fieldGuide.takeSetAside() ? t('guide.setAside') : undefined;
      const entries = fieldGuideEntries(sources);
      showFieldGuide({ t, lang, dir: c.preferences.dir(), entries, ...(notice ? { notice } : {}) }, opener);
    },
  };
}

/** Joins a live class session with a code typed on Home: the game reloads into it, keeping the address's settings. */
function joinSession(code: string, lang: string): void {
  const url = new URL(location.href);
  url.searchParams.set('join', code);
  url.searchParams.set('lang', lang);
  url.searchParams.delete('scenario');
  location.assign(url.href);
}
