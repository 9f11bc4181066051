import Phaser from 'phaser';
import { buildDebrief, type OpenedStory, type SaveSlot, showsContentNote } from '../engine/index.ts';
import { ChatView, h, renderContentNote } from '../ui/index.ts';
import { addStoryBackdrop } from './backdrop.ts';
import { ChatPlayback } from './chat-playback.ts';
import { CLOCK_START, formatDate } from './fictional-clock.ts';
import { collectCards, openFieldGuide } from './field-guide.ts';
import { openStory } from './open-story.ts';
import type { GameContext, SaveSlotsPort } from './ports.ts';
import type { ChatStart } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

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

/** Plays one scenario as a messaging app. */
export class ChatScene extends Phaser.Scene {
  readonly #ctx: GameContext;
  #view: ChatView | undefined;
  /** Stories whose content note the player has passed in this visit: a restart (new language) does not repeat it. */
  readonly #noted = new Set<string>();

  constructor(ctx: GameContext) {
    super(SceneKey.Chat);
    this.#ctx = ctx;
  }

  create(data: ChatStart): void {
    const ctx = this.#ctx;
    const t = ctx.t();
    addStoryBackdrop(this, ctx, data.id);
    const slot: SaveSlot = data.mode === 'continue' ? ctx.saves.read(data.id) : { kind: 'empty' };
    // Read here or before the game had loaded (the app showed it): a restart in a new language does not repeat it.
    if (data.mode === 'noted') this.#noted.add(data.id);
    // The content note comes before every story that starts from the beginning (deep links included), once.
    if (showsContentNote(data.mode, slot) && !(data.mode === 'continue' && this.#noted.has(data.id))) {
      this.#showNote(data.id);
      return;
    }
    ctx.ui.replaceChildren(
      h(
        'main',
        { className: 'screen', 'aria-busy': 'true' },
        h('p', { className: 'notice', role: 'status' }, t('chat.loading')),
      ),
    );
    this.#open(data.id, slot).catch((e: unknown) => {
      // Most often offline with a story never opened before (its script was never downloaded): Home says so.
      console.error(e);
      this.scene.start(SceneKey.Home, { notice: 'story.needsConnection' });
    });
  }

  /** Pauses or resumes the story (the host page can ask, as the ⏸ button does). */
  setPaused(paused: boolean): void {
    this.#view?.setPaused(paused);
  }

  /** The content note comes before every new story. */
  #showNote(id: string): void {
    const ctx = this.#ctx;
    const lang = ctx.lang();
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
          this.scene.restart({ id, mode: 'noted' } satisfies ChatStart);
        },
        onBack: () => this.scene.start(SceneKey.Home),
      }),
    );
  }

  async #open(id: string, slot: SaveSlot): Promise<void> {
    const ctx = this.#ctx;
    const lang = ctx.lang();
    const opened = await openStory(this, ctx.catalog, { id, lang, slot });
    if (!opened) return;
    const { runner } = opened;
    ctx.report({ kind: 'scenarioStarted', scenario: id, lang });
    const notice = settleSave(ctx.saves, id, opened.saveNotice);
    const cast = ctx.catalog.cast(id, lang);
    let bannerTimer: Phaser.Time.TimerEvent | undefined;
    let playback: ChatPlayback | undefined;
    const view = new ChatView({
      onFlag: (messageId) => playback?.flag(messageId),
      cast,
      t: ctx.t(),
      onHome: () => this.scene.start(SceneKey.Home),
      onHelp: (topic) => ctx.openHelp(topic),
      onPause: (paused) => {
        this.time.paused = paused;
      },
      inClassSession: ctx.isInClassSession(),
      onSkip: () => playback?.skip(),
      onFieldGuide: (opener) => openFieldGuide(ctx, opener),
    });
    ctx.ui.replaceChildren(view.element);
    this.#view = view;
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
      clock: (ms, run) => {
        const timer = this.time.delayedCall(ms, run);
        return () => timer.remove(false);
      },
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
        this.scene.start(SceneKey.Debrief, { id });
      },
      onHome: () => this.scene.start(SceneKey.Home),
      onBanner: () => {
        bannerTimer?.remove(false);
        bannerTimer = this.time.delayedCall(5000, () => view.banner.hide());
      },
    });
    // A new story starts on the phone's lock screen (a resumed one goes straight back to its chat); instant pacing,
    // which shows everything at once (tests, teachers, fast readers), opens the chat app at once too.
    if (runner.transcript.length === 0 && ctx.settings().pacing !== 'instant') view.lock(formatDate(CLOCK_START, lang));
    const started = playback;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      started.stop();
      this.time.paused = false;
    });
    started.start();
  }
}
