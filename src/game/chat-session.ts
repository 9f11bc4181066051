import {
  buildDebrief,
  type OpenedStory,
  type OpeningBatch,
  type SaveSlot,
  type ScenarioRunner,
  showsContentNote,
} from '../engine/index.ts';
import { ChatView, h, renderChatLoading, renderContentNote } from '../ui/index.ts';
import { ChatPlayback, type PlaybackParts } from './chat-playback.ts';
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
    openChat(
      ctx,
      start.id,
      slot,
      clock,
      go,
      () => state.stopped,
      (opened) => {
        if (state.stopped) opened.playback.stop();
        state.view = opened.view;
        state.playback = opened.playback;
      },
    ).catch((e: unknown) => {
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

/** A chat on screen: its view and its playback (a new story may show a second one, see `openChat`). */
interface OpenedChat {
  readonly view: ChatView;
  readonly playback: ChatPlayback;
}

/**
 * Opens the story and starts its playback (`onShown`); false when the chat was left meanwhile or the story cannot
 * open. A new story whose opening (src/engine/opening.ts) arrives before its script is built starts with it, and the
 * runner plays on from the first choice; in the rare case the runner does not play that opening (a script changed
 * since the build), the chat starts again from the runner, and `onShown` is called a second time.
 */
async function openChat(
  ctx: GameContext,
  id: string,
  slot: SaveSlot,
  clock: ReturnType<typeof createPausableClock>,
  go: ChatExits,
  isStopped: () => boolean,
  onShown: (opened: OpenedChat) => void,
  useOpening = true,
): Promise<boolean> {
  const lang = ctx.lang();
  const opened = ctx.catalog.open(id, lang, slot);
  const opening = useOpening && slot.kind === 'empty' ? ctx.catalog.opening(id, lang) : Promise.resolve(undefined);
  type First = { readonly result: Awaited<typeof opened> } | { readonly batch: OpeningBatch };
  const runnerFirst = opened.then((result): First => ({ result }));
  const first = await Promise.race<First>([runnerFirst, opening.then((batch) => (batch ? { batch } : runnerFirst))]);
  if (isStopped()) return false;
  const cast = ctx.catalog.cast(id, lang);
  const story: { runner?: ScenarioRunner } = {};
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
  const notices: { kept: boolean; say?: string } = { kept: false };
  const sayNotice = () => {
    if (notices.say) view.element.prepend(h('p', { className: 'notice', role: 'status' }, notices.say));
  };
  const parts: PlaybackParts = {
    view,
    cast,
    t: ctx.t(),
    sounds: ctx.sounds,
    pacing: () => ctx.settings().pacing,
    clock: clock.wait,
    // A save that could not be set aside stays untouched: this game is not saved over it.
    onProgress: () => {
      if (story.runner && !notices.kept) ctx.saves.write(id, story.runner.snapshot());
    },
    onReport: (report) => ctx.report(report),
    // The field guide is the player's own: kept on this device, never in a report.
    onSpotted: (line, techniques) => collectCards(ctx, id, line, techniques),
    onFinished: () => {
      if (!story.runner) return;
      const model = buildDebrief(story.runner);
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
  };
  /** The story opened (or not): its runner is played, or the player is told. */
  const take = (result: Awaited<typeof opened>): ScenarioRunner | undefined => {
    if (!result.ok) {
      console.error(`Scenario ${id} could not be opened: ${result.error}`);
      go.home();
      return undefined;
    }
    story.runner = result.value.runner;
    const notice = settleSave(ctx.saves, id, result.value.saveNotice);
    notices.kept = notice === 'keptInPlace';
    if (notice) notices.say = ctx.t()(SAVE_NOTICE[notice]);
    return story.runner;
  };
  const started = () => ctx.report({ kind: 'scenarioStarted', scenario: id, lang });
  const runner = 'result' in first ? take(first.result) : undefined;
  if ('result' in first && !runner) return false;
  if (runner) started();
  ctx.ui.replaceChildren(view.element);
  // A notice not yet shown (storage unavailable…) is said here when the game opens straight into a story.
  const pending = ctx.takeNotice();
  if (pending) view.element.prepend(h('p', { className: 'notice', role: 'status' }, pending));
  sayNotice();
  playback = new ChatPlayback(
    'batch' in first ? { ...parts, opening: first.batch } : { ...parts, runner: runner as ScenarioRunner },
  );
  // A new story starts on the phone's lock screen (a resumed one goes straight back to its chat); instant pacing,
  // which shows everything at once (tests, teachers, fast readers), opens the chat app at once too.
  if ((!runner || runner.transcript.length === 0) && ctx.settings().pacing !== 'instant')
    view.lock(formatDate(CLOCK_START, lang));
  playback.start();
  onShown({ view, playback });
  if (runner || !('batch' in first)) return true;
  // The opening is on screen: the runner plays on from its first choice once the script is built.
  const result = await opened;
  if (isStopped()) return false;
  const late = take(result);
  if (!late) {
    playback.stop();
    return false;
  }
  if (playback.attach(late)) {
    sayNotice();
    started();
    return true;
  }
  console.warn(`Scenario ${id}/${lang}: the runner did not play the opening the build made; starting the chat again.`);
  playback.stop();
  return openChat(ctx, id, slot, clock, go, isStopped, onShown, false);
}
