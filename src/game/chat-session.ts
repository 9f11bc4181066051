import { buildDebrief, type OpenedStory, type SaveSlot, showsContentNote } from '../engine/index.ts';
import { ChatView, h, renderChatLoading, renderContentNote } from '../ui/index.ts';
import { ChatPlayback } from './chat-playback.ts';
import { createPausableClock } from './clock.ts';
import { CLOCK_START, formatDate } from './fictional-clock.ts';
import { collectCards, openFieldGuide } from './field-guide.ts';
import type { ChatExits, ChatRun, ChatStart, GameContext, SaveSlotsPort } from './ports.ts';

/** What happened to a save that could not be used as it was, and the string that tells the player. */
type SaveNotice = 'setAside' | 'keptInPlace' | 'storyChanged';
const SAVE_NOTICE: Record<SaveNotice, string> = {
  setAside: 'save.setAside',
  keptInPlace: 'save.keptInPlace',
  storyChanged: 'save.storyChanged',
};

/** Sets an unusable save aside; when it cannot be copied (storage full) it is left in place and the player told. */
function settleSave(saves: SaveSlotsPort, id: string, notice: OpenedStory['saveNotice']): SaveNotice | undefined {
  if (notice !== 'setAside') return notice;
  return saves.setAside(id) ? 'setAside' : 'keptInPlace';
}

/**
 * Plays one scenario as a messaging app, in the HTML layer, on its own pausable clock: no Phaser, so the app can start
 * a story while the game's chunk is still on its way, and the chat scene takes the same run over when it arrives.
 */
export function startChat(ctx: GameContext, start: ChatStart, exits: ChatExits): ChatRun {
  const clock = createPausableClock();
  const state: { exits: ChatExits; stopped: boolean; view?: ChatView; playback?: ChatPlayback } = {
    exits,
    stopped: false,
  };
  const go: ChatExits = {
    home: (notice) => state.exits.home(notice),
    debrief: (id) => state.exits.debrief(id),
    restart: (next) => state.exits.restart(next),
  };
  const slot: SaveSlot = start.mode === 'continue' ? ctx.saves.read(start.id) : { kind: 'empty' };
  // Read here or before the game had loaded (the app showed it): a restart in a new language does not repeat it.
  if (start.mode === 'noted') ctx.notesRead.add(start.id);
  // The content note comes before every story that starts from the beginning (deep links included), once.
  if (showsContentNote(start.mode, slot) && !(start.mode === 'continue' && ctx.notesRead.has(start.id))) {
    showNote(ctx, start.id, go);
  } else {
    ctx.ui.replaceChildren(renderChatLoading(ctx.t()('chat.loading')));
    openChat(ctx, start.id, slot, clock, go, () => state.stopped)
      .then((opened) => {
        if (!opened) return;
        if (state.stopped) opened.playback.stop();
        state.view = opened.view;
        state.playback = opened.playback;
      })
      .catch((e: unknown) => {
        // Most often offline with a story never opened before (its script was never downloaded): Home says so.
        console.error(e);
        if (!state.stopped) go.home('story.needsConnection');
      });
  }
  return {
    start,
    setPaused: (paused) => state.view?.setPaused(paused),
    handTo: (next) => {
      state.exits = next;
    },
    stop: () => {
      state.stopped = true;
      state.playback?.stop();
      clock.dispose();
    },
  };
}

/** The content note comes before every new story. */
function showNote(ctx: GameContext, id: string, go: ChatExits): void {
  const lang = ctx.lang();
  ctx.catalog.prepare(id, lang);
  const card = ctx.catalog.card(id, lang);
  const cast = ctx.catalog.cast(id, lang);
  ctx.ui.replaceChildren(
    renderContentNote({
      t: ctx.t(),
      lang,
      dir: cast.dir,
      title: card?.title ?? id,
      note: card?.contentNote ?? '',
      asksGender: ctx.catalog.asksGender(id),
      onStart: (gender) => {
        // Kept in the settings on this device only; the story reads it when it opens.
        if (gender) ctx.setSettings({ ...ctx.settings(), playerGender: gender });
        go.restart({ id, mode: 'noted' });
      },
      onBack: () => go.home(),
    }),
  );
}

/** Opens the story and starts its playback; undefined when the chat was left meanwhile or the story cannot open. */
async function openChat(
  ctx: GameContext,
  id: string,
  slot: SaveSlot,
  clock: ReturnType<typeof createPausableClock>,
  go: ChatExits,
  isStopped: () => boolean,
): Promise<{ view: ChatView; playback: ChatPlayback } | undefined> {
  const lang = ctx.lang();
  const result = await ctx.catalog.open(id, lang, slot);
  if (isStopped()) return undefined;
  if (!result.ok) {
    console.error(`Scenario ${id} could not be opened: ${result.error}`);
    go.home();
    return undefined;
  }
  const { runner } = result.value;
  ctx.report({ kind: 'scenarioStarted', scenario: id, lang });
  const notice = settleSave(ctx.saves, id, result.value.saveNotice);
  const cast = ctx.catalog.cast(id, lang);
  let cancelBanner: (() => void) | undefined;
  let playback: ChatPlayback | undefined;
  const view = new ChatView({
    onFlag: (messageId) => playback?.flag(messageId),
    cast,
    t: ctx.t(),
    onHome: () => go.home(),
    onHelp: (topic) => ctx.openHelp(topic),
    onPause: (paused) => clock.setPaused(paused),
    inClassSession: ctx.isInClassSession(),
    onSkip: () => playback?.skip(),
    onFieldGuide: (opener) => openFieldGuide(ctx, opener),
  });
  ctx.ui.replaceChildren(view.element);
  // A notice not yet shown (storage unavailable…) is said here when the game opens straight into a story.
  const pending = ctx.takeNotice();
  if (pending) view.element.prepend(h('p', { className: 'notice', role: 'status' }, pending));
  if (notice) view.element.prepend(h('p', { className: 'notice', role: 'status' }, ctx.t()(SAVE_NOTICE[notice])));
  playback = new ChatPlayback({
    runner,
    view,
    cast,
    t: ctx.t(),
    sounds: ctx.sounds,
    pacing: () => ctx.settings().pacing,
    clock: clock.wait,
    // A save that could not be set aside stays untouched: this game is not saved over it.
    onProgress: () => {
      if (notice !== 'keptInPlace') ctx.saves.write(id, runner.snapshot());
    },
    onReport: (report) => ctx.report(report),
    // The field guide is the player's own: kept on this device, never in a report.
    onSpotted: (line, techniques) => collectCards(ctx, id, line, techniques),
    onFinished: () => {
      const model = buildDebrief(runner);
      for (const met of model.techniques)
        if (!met.spotted) ctx.report({ kind: 'flag', technique: met.technique, spotted: false });
      ctx.report({
        kind: 'scenarioEnded',
        scenario: id,
        ending: model.ending?.id ?? '',
        spotted: model.score.spotted,
        missed: model.score.met - model.score.spotted,
      });
      go.debrief(id);
    },
    onHome: () => go.home(),
    onBanner: () => {
      cancelBanner?.();
      cancelBanner = clock.wait(5000, () => view.banner.hide());
    },
  });
  // A new story starts on the phone's lock screen (a resumed one goes straight back to its chat); instant pacing,
  // which shows everything at once (tests, teachers, fast readers), opens the chat app at once too.
  if (runner.transcript.length === 0 && ctx.settings().pacing !== 'instant') view.lock(formatDate(CLOCK_START, lang));
  playback.start();
  return { view, playback };
}
