// Tokens first, then what every screen shares; each view imports its own stylesheet after these.
import './ui/tokens.css';
import './ui/base.css';
import { serviceUrl } from './app/class-session-setup.ts';
import { buildCore, homeFor, type Parts, paintFirstScreen } from './app/core.ts';
import { connectBridge, reporter } from './app/host-setup.ts';
import { mountShell } from './app/shell.ts';
import { createLateSoundPlayer } from './audio/late-player.ts';
import { createClassHistory, createClassSessionClient } from './platform/index.ts';
import { applyDocumentLook, watchContentHeight } from './ui/index.ts';

/** Phaser and the scenes: one lazy chunk, downloaded while the player reads Home. */
const loadGame = () => import('./game/index.ts');
type GameModule = Awaited<ReturnType<typeof loadGame>>;

/** Builds the game's context from the app's parts and starts Phaser behind the HTML already on screen. */
function startGame(game: GameModule, p: Parts) {
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
  const running = game.startGame(p.page.stage, {
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
  });
  p.route.attach((choice) => game.openScreen(running, choice));
  return { api: game, game: running, sounds };
}

type Running = ReturnType<typeof startGame>;

/** Resolves after the browser has painted what is on screen now. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The composition root: paints Home (with Leave, Help, Settings), then loads and starts the game behind it. */
async function start(): Promise<void> {
  const c = await buildCore();
  const running = later<Running>();
  const switchLanguage = async (code: string) => {
    if ((await c.preferences.setLang(code)) && c.route.isRunning())
      running.promise.then((g) => g.api.restartInNewLanguage(g.game));
  };
  const bridge = connectBridge(
    c,
    (paused) => running.promise.then((g) => g.api.pauseStory(g.game, paused)),
    switchLanguage,
  );
  const home = homeFor(c, switchLanguage);
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
  const look = () => {
    const s = c.preferences.settings();
    const p = c.preferences;
    applyDocumentLook({ ...s, lang: p.lang(), dir: p.dir(), title: p.t()('app.title') });
    shell.relabel();
  };
  c.preferences.watch(look);
  look();
  const parts: Parts = { ...c, home, help: shell.help, report: reporter(c, bridge.send) };
  paintFirstScreen(parts);
  if (window.top !== window)
    watchContentHeight(c.page.ui, c.page.safety, (height) => bridge.send({ type: 'resize', height }));
  bridge.send({ type: 'ready', lang: c.preferences.lang() });
  await afterPaint();
  const gameModule = await loadGame().catch((e: unknown) => {
    console.error('The game could not load.', e);
    home.show(c.preferences.t()('app.loadFailed'));
  });
  if (!gameModule) return;
  c.offline.gameLoaded();
  running.resolve(startGame(gameModule, parts));
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
