import './ui/styles.css';
import './ui/chat-screen.css';
import { joinClassSession, serviceUrl } from './app/class-session-setup.ts';
import { helpItems } from './app/help-items.ts';
import { toHostMessage } from './app/host-messages.ts';
import {
  adultHelpFor,
  allowedHostOrigins,
  applyBrand,
  helpDirectoryFor,
  readPartnerConfig,
} from './app/partner-setup.ts';
import { createStoryCatalog } from './app/story-catalog.ts';
import { createHowlerSoundPlayer, SOUND_SPRITE, SOUND_SPRITE_URL } from './audio/index.ts';
import {
  type CompiledScript,
  createTranslator,
  DIRECTION,
  isLang,
  type Lang,
  loadMessages,
  loadRegistry,
} from './content/index.ts';
import { PACINGS } from './engine/index.ts';
import { type GameContext, pauseStory, restartInNewLanguage, startGame, startScenario } from './game/index.ts';
import {
  connectEmbedBridge,
  createBrowserStore,
  createCheckResults,
  createClassSessionClient,
  createFieldGuideStore,
  createSaveSlots,
  DEFAULT_LEAVE_URL,
  hostOrigin,
  loadSettings,
  partnerLeaveOrigins,
  readLaunchConfig,
  registerUpdates,
  type Settings,
  saveSettings,
  tellHostLeft,
} from './platform/index.ts';
import {
  mountAnnouncer,
  mountSafetyBar,
  openHelp,
  openSettings,
  renderNeutralScreen,
  watchContentHeight,
} from './ui/index.ts';

/** The composition root: reads the URL, the partner config and settings, builds every part, and starts the game. */
async function start(): Promise<void> {
  const stage = document.getElementById('stage');
  const ui = document.getElementById('ui');
  const safety = document.getElementById('safety');
  if (!stage || !ui || !safety) throw new Error('index.html needs #safety, #stage and #ui');
  const notices: string[] = [];
  // Set once the strings are loaded: from then on, storage that starts failing (quota) is said at once, on any screen.
  let announceStorageLost: (() => void) | undefined;
  const store = createBrowserStore(undefined, (e) => {
    console.warn('Storage is unavailable; progress will not be kept.', e);
    if (announceStorageLost) announceStorageLost();
    else notices.push('storage.unavailable');
  });
  const saves = createSaveSlots(store);
  let settings: Settings = loadSettings(store);
  const partner = readPartnerConfig(location.search);
  const launch = readLaunchConfig(location.search, partnerLeaveOrigins(partner));
  const classSession = launch.join
    ? await joinClassSession(launch.join, () => notices.push('class.unreachable'))
    : undefined;
  const helpDirectory = helpDirectoryFor(partner);
  const adultHelp = adultHelpFor(partner);
  applyBrand(partner);
  const browserLang = navigator.languages.map((l) => l.slice(0, 2)).find(isLang);
  // A class session's story and language apply when the URL does not name its own.
  const sessionLang = isLang(classSession?.lang) ? classSession.lang : undefined;
  let lang: Lang = isLang(launch.lang)
    ? launch.lang
    : (sessionLang ?? settings.lang ?? partner.lang ?? browserLang ?? 'fr');
  if (launch.lang && !isLang(launch.lang)) notices.push('home.notice.lang');
  if (launch.pacing) {
    const pacing = PACINGS.find((p) => p === launch.pacing);
    if (pacing) settings = { ...settings, pacing };
    else notices.push('home.notice.pacing');
  }
  const allStories = loadRegistry({
    metadata: import.meta.glob('../stories/*/scenario.json', { eager: true, import: 'default' }),
    scripts: import.meta.glob<CompiledScript>('../stories/*/{fr,ar,en}.ink'),
  });
  // A partner may offer only some scenarios.
  const registry = new Map([...allStories].filter(([id]) => !partner.scenarios || partner.scenarios.includes(id)));
  const sessionScenario = classSession && registry.has(classSession.scenario) ? classSession.scenario : undefined;
  let deepLink = launch.scenario && registry.has(launch.scenario) ? launch.scenario : sessionScenario;
  if (launch.scenario && !deepLink) notices.push('home.notice.scenario');
  const sounds = createHowlerSoundPlayer({ src: SOUND_SPRITE_URL, sprite: SOUND_SPRITE });
  const catalog = createStoryCatalog(
    registry,
    (id) => saves.read(id).kind !== 'empty',
    (m) => console.warn(m),
    () => settings.playerGender,
  );
  let t = createTranslator(lang, await loadMessages(lang));

  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    sounds.setMuted(true);
    if (window.top !== window) {
      // Inside a partner's frame: a neutral screen here; the embed bridge tells the host page.
      renderNeutralScreen(ui);
      safety.replaceChildren();
      stage.replaceChildren();
      tellHostLeft();
      return;
    }
    location.replace(launch.leaveUrl ?? partner.leaveUrl ?? DEFAULT_LEAVE_URL);
  };
  const parentOrigin = hostOrigin();
  const bridge = connectEmbedBridge({
    parentOrigin,
    allowedOrigins: allowedHostOrigins(partner, parentOrigin, new URLSearchParams(location.search).get('origins')),
    onCommand: (command) => {
      if (!game) return;
      if (command.type === 'set-language') {
        const running = game;
        ctx.setLang(command.lang).then((ok) => ok && restartInNewLanguage(running));
      } else if (command.type === 'start-scenario' && registry.has(command.scenario))
        startScenario(game, command.scenario);
      else if (command.type === 'pause') pauseStory(game, command.paused);
    },
  });
  const help = (topic?: string) => {
    bridge.send({ type: 'help-opened', ...(topic ? { topic } : {}) });
    const adultItems = adultHelp ? helpItems(adultHelp, lang) : [];
    openHelp({ t, lang, items: helpItems(helpDirectory, lang), adultItems, ...(topic ? { topic } : {}) });
  };
  let game: ReturnType<typeof startGame> | undefined;
  const settingsDialog = () =>
    openSettings({
      t,
      lang,
      dir: DIRECTION[lang],
      languages: catalog.languages,
      values: settings,
      onChange: (values) => ctx.setSettings(values),
      onLanguage: (code) => {
        document.querySelector('dialog.settings')?.remove();
        ctx.setLang(code).then((ok) => ok && game && restartInNewLanguage(game));
      },
      onClearProgress: () => saves.clearAll(),
    });
  const labelSafetyBar = mountSafetyBar(safety, leave, () => help(), settingsDialog);
  const announce = mountAnnouncer(safety);
  announceStorageLost = () => announce(t('storage.lost'), t('storage.dismiss'), lang, DIRECTION[lang]);
  const applySettings = () => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = DIRECTION[lang];
    if (settings.theme === 'system')
      root.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    else root.dataset.theme = settings.theme;
    if (settings.motion === 'system') {
      root.dataset.motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduced' : 'full';
    } else root.dataset.motion = settings.motion;
    root.dataset.contrast = settings.contrast;
    root.style.fontSize = `${settings.textSize * 100}%`;
    root.toggleAttribute('data-large-text', settings.textSize >= 1.5);
    document.title = t('app.title');
    labelSafetyBar(t, lang, DIRECTION[lang]);
    sounds.setMuted(settings.muted);
    sounds.setVolume(settings.volume);
  };
  const ctx: GameContext = {
    ui,
    catalog,
    saves,
    sounds,
    lang: () => lang,
    t: () => t,
    async setLang(code) {
      if (!isLang(code)) return false;
      try {
        t = createTranslator(code, await loadMessages(code));
      } catch (e) {
        console.warn(`The ${code} strings could not be loaded; the game stays in ${lang}.`, e);
        return false;
      }
      lang = code;
      settings = { ...settings, lang };
      saveSettings(store, settings);
      applySettings();
      return true;
    },
    settings: () => settings,
    setSettings(values) {
      settings = { ...settings, ...values };
      saveSettings(store, settings);
      applySettings();
    },
    takeNotice: () => {
      const key = notices.shift();
      return key ? t(key, { lang: lang.toUpperCase() }) : undefined;
    },
    openHelp: help,
    report: (event) => {
      const message = toHostMessage(event);
      if (message) bridge.send(message);
      classSession?.report(event);
    },
    isInClassSession: () => classSession !== undefined,
    teacherMode: partner.teacherMode,
    joinSession: (code) => {
      // Keep the other settings of the address (pacing…); the session decides the story.
      const url = new URL(location.href);
      url.searchParams.set('join', code);
      url.searchParams.set('lang', lang);
      url.searchParams.delete('scenario');
      location.assign(url.href);
    },
    checkResults: createCheckResults(store),
    fieldGuide: createFieldGuideStore(store),
    ...(partner.teacherMode ? { teacherSessions: () => createClassSessionClient({ baseUrl: serviceUrl() }) } : {}),
    update: registerUpdates(() => {
      // Shown the next time Home opens; a story in progress is never interrupted.
      const home = game?.scene.getScene('home');
      if (home?.scene.isActive()) home.scene.restart();
    }),
    ...(partner.brand ? { brand: partner.brand } : {}),
    takeDeepLink: () => {
      const id = deepLink;
      deepLink = undefined;
      return id;
    },
  };
  applySettings();
  if (window.top !== window) watchContentHeight(ui, safety, (height) => bridge.send({ type: 'resize', height }));
  bridge.send({ type: 'ready', lang });
  game = startGame(stage, ctx, [
    () => document.fonts.ready,
    () => (deepLink ? (registry.get(deepLink)?.load(lang) ?? Promise.resolve()) : Promise.resolve()),
  ]);
}

start().catch((e: unknown) => {
  console.error(e);
  const ui = document.getElementById('ui');
  if (ui)
    ui.textContent =
      'The game could not start. Please reload the page. · Le jeu n’a pas pu démarrer. · تعذّر تشغيل اللعبة.';
});
