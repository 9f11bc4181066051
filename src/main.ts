// Tokens first, then what every screen shares; each view imports its own stylesheet after these.
import './ui/tokens.css';
import './ui/base.css';
import { serviceUrl } from './app/class-session-setup.ts';
import { buildCore, homeFor, type Parts, paintFirstScreen } from './app/core.ts';
import { createHomeSnapshot } from './app/home-snapshot.ts';
import { connectBridge, reporter } from './app/host-setup.ts';
import { whenIdle } from './app/offline-timing.ts';
import { leaveTarget, mountShell } from './app/shell.ts';
import { createLateSoundPlayer } from './audio/late-player.ts';
import { createEarlyChat, type EarlyChat } from './game/early-chat.ts';
import type { ChatHandOver, GameContext } from './game/ports.ts';
import { createClassHistory, createClassSessionClient } from './platform/index.ts';
import { watchContentHeight } from './ui/index.ts';

/** Phaser and the scenes: one lazy chunk, downloaded once the player's first story shows its first messages. */
const loadGame = () => import('./game/index.ts');
type GameModule = Awaited<ReturnType<typeof loadGame>>;
/**
 * The chat alone (the HTML feed on its own clock, no Phaser): a small chunk, so a story plays before the game's has
 * arrived. Imported from its file, not the game's index, which would bring Phaser with it.
 */
const loadChat = () => import('./game/chat-session.ts');

/** Home (or a content note) read this long, with the stories chosen already loaded: the game loads meanwhile. */
const QUIET_HOME_MS = 2500;

/** The context the chat and the scenes share, built from the app's parts before Phaser has loaded. */
function gameContext(p: Parts, takeChat: () => ChatHandOver | undefined): GameContext {
  // howler (its chunk and set-up), the audio context and the sprite (74 kB) wait until the first message is on screen:
  // not on the start path.
  const sounds = createLateSoundPlayer({
    startAfter: p.offline.startDone,
    load: async (gestured) => {
      const audio = await import('./audio/index.ts');
      return audio.createHowlerSoundPlayer({ src: audio.SOUND_SPRITE_URL, sprite: audio.SOUND_SPRITE, gestured });
    },
    onError: (e) => console.warn('The sounds could not load; the game goes on without them.', e),
  });
  const tune = () => {
    sounds.setMuted(p.preferences.settings().muted);
    sounds.setVolume(p.preferences.settings().volume);
  };
  tune();
  p.preferences.watch(tune);
  return {
    ui: p.page.ui,
    catalog: p.catalog,
    saves: p.saves,
    sounds,
    lang: p.preferences.lang,
    t: p.preferences.t,
    setLang: p.preferences.setLang,
    settings: p.preferences.settings,
    setSettings: p.preferences.setSettings,
    takeNotice: p.takeNotice,
    takeStart: p.route.take,
    takeChat,
    notesRead: new Set(),
    // The game's Home, arriving while the player reads the content note the app showed, leaves the note there.
    showHome: (notice) => {
      if (!p.note.isShown()) p.home.show(notice);
    },
    openHelp: p.help,
    report: p.report,
    isInClassSession: (report) => {
      const session = p.launch.classSession;
      return session !== undefined && (report === undefined || session.takes(report));
    },
    checkResults: p.checkResults,
    fieldGuide: p.fieldGuide,
    ...(p.launch.partner.teacherMode
      ? {
          teacherSessions: () => createClassSessionClient({ baseUrl: serviceUrl() }),
          classHistory: createClassHistory(p.launch.store),
        }
      : {}),
  };
}

/** Starts Phaser behind the HTML already on screen; its first scene takes over what the app has started. */
function startGame(game: GameModule, p: Parts, ctx: GameContext) {
  const running = game.startGame(p.page.stage, ctx);
  p.route.attach((choice) => game.openScreen(running, choice));
  return { api: game, game: running, sounds: ctx.sounds };
}

type Running = ReturnType<typeof startGame>;

/** Resolves after the browser has painted what is on screen now. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * The composition root: paints Home (with Leave, Help, Settings); a story chosen then plays in the app's HTML while
 * the game loads behind it (after the story's first messages, at once for a screen only the game has, or once Home has
 * been quiet a moment), and the game takes over.
 */
async function start(): Promise<void> {
  const c = await buildCore();
  // The Home boot.js painted from the last visit, if any, gives way to the app's below; this visit's is kept.
  const snapshot = createHomeSnapshot({
    store: c.launch.store,
    page: c.page,
    enabled: window.top === window && !c.launch.deepLink && !c.launch.classSession,
    leaveUrl: leaveTarget(c.launch),
  });
  const running = later<Running>();
  const box: { early?: EarlyChat } = {};
  const switchLanguage = async (code: string) => {
    if (!(await c.preferences.setLang(code)) || box.early?.restartInNewLanguage()) return;
    if (c.route.isRunning()) running.promise.then((g) => g.api.restartInNewLanguage(g.game));
  };
  const bridge = connectBridge(
    c,
    (paused) => {
      if (!box.early?.setPaused(paused)) running.promise.then((g) => g.api.pauseStory(g.game, paused));
    },
    switchLanguage,
  );
  // Home's covers below the first wait until what a story needs is in (the chat's code, the ink runtime, the scripts
  // of the stories chosen): on a slow link they come after it, not beside it.
  const storyCodeIn = later<void>();
  const home = homeFor(c, switchLanguage, {
    onDrawn: () => snapshot.keep(),
    onStoryAhead: () => loadChat().catch(() => undefined),
    coversAfter: storyCodeIn.promise,
  });
  const shell = mountShell({
    page: c.page,
    launch: c.launch,
    preferences: c.preferences,
    saves: c.saves,
    languages: c.catalog.languages,
    send: bridge.send,
    onLeave: () => running.promise.then((g) => g.sounds.setMuted(true)),
    onLanguage: switchLanguage,
  });
  const state = { gameAsked: false };
  const loadGameNow = () => {
    if (state.gameAsked) return;
    state.gameAsked = true;
    loadGame()
      .then((module) => running.resolve(startGame(module, parts, ctx)))
      .catch((e: unknown) => {
        console.error('The game could not load.', e);
        // A story playing goes on without it; elsewhere Home says so.
        if (!c.route.isRunning() && !c.page.ui.querySelector('.chat-screen'))
          home.show(c.preferences.t()('app.loadFailed'));
      })
      .finally(() => c.offline.gameLoaded());
  };
  const played = reporter(c, bridge.send);
  const parts: Parts = {
    ...c,
    home,
    help: shell.help,
    // Once a story's first messages are on screen its bytes have arrived: the game's turn.
    report: (event) => {
      played(event);
      if (event.kind === 'scenarioStarted') afterPaint().then(loadGameNow);
    },
  };
  const ctx = gameContext(parts, () => box.early?.handOver());
  const early = createEarlyChat({
    ctx,
    load: loadChat,
    home: (notice) => home.show(notice ? c.preferences.t()(notice) : undefined),
    needGame: loadGameNow,
  });
  box.early = early;
  paintFirstScreen(parts);
  // Before the game runs, a story plays in the app; any other screen (check, projector, teacher) waits for the game.
  c.route.handleBeforeGame((choice) => {
    if (choice.kind !== 'story') {
      loadGameNow();
      return false;
    }
    early.play({ id: choice.id, mode: choice.mode });
    return true;
  });
  snapshot.takeOver();
  if (window.top !== window)
    watchContentHeight(c.page.ui, c.page.safety, (height) => bridge.send({ type: 'resize', height }));
  bridge.send({ type: 'ready', lang: c.preferences.lang() });
  await afterPaint();
  // Home is kept each time it is drawn; the look (theme, text size) and the last Home also when the page goes.
  c.preferences.watch(() => afterPaint().then(snapshot.keep));
  addEventListener('pagehide', snapshot.keep);
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) snapshot.keep();
  });
  // What every story needs (the chat's code, the ink runtime) loads while the player reads Home; a finger on a story's
  // Start (or focus on it) asks at once, with the story's own script (core.ts).
  whenIdle(() => {
    Promise.allSettled([loadChat(), c.catalog.preloadRuntime()])
      .then(() => c.offline.storiesLoaded())
      .then(() => storyCodeIn.resolve());
  });
  // A quiet moment (Home read, or a content note, once the scripts of the stories chosen have arrived; not while a
  // story is loading, which comes first): the game loads meanwhile.
  const quiet = async () => {
    await c.offline.storiesLoaded();
    if (state.gameAsked) return;
    if (c.page.ui.querySelector('[aria-busy="true"]')) setTimeout(quiet, QUIET_HOME_MS);
    else loadGameNow();
  };
  setTimeout(quiet, QUIET_HOME_MS);
}

/** A value that arrives later (the running game), for code wired before it exists. */
function later<T>(): { readonly promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve: (value) => resolve(value) };
}

start().catch((e: unknown) => {
  console.error(e);
  const ui = document.getElementById('ui');
  if (ui)
    ui.textContent =
      'The game could not start. Please reload the page. · Le jeu n’a pas pu démarrer. · تعذّر تشغيل اللعبة.';
});
