import Phaser from 'phaser';
import { ChatView, h } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import { ChatPlayback } from './chat-playback.ts';
import type { GameContext } from './ports.ts';
import { SceneKey } from './scene-keys.ts';

/** Plays one scenario as a messaging app. */
export class ChatScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Chat);
    this.#ctx = ctx;
  }

  create(data: { id: string; mode: 'new' | 'continue' }): void {
    const ctx = this.#ctx;
    const t = ctx.t();
    ctx.ui.replaceChildren(
      h(
        'main',
        { className: 'screen', 'aria-busy': 'true' },
        h('p', { className: 'notice', role: 'status' }, t('chat.loading')),
      ),
    );
    addBackdrop(this, ctx.ui);
    this.#open(data.id, data.mode).catch((e: unknown) => {
      console.error(e);
      this.scene.start(SceneKey.Home);
    });
  }

  async #open(id: string, mode: 'new' | 'continue'): Promise<void> {
    const ctx = this.#ctx;
    const lang = ctx.lang();
    const slot = mode === 'continue' ? ctx.saves.read(id) : { kind: 'empty' as const };
    if (slot.kind === 'unreadable') ctx.saves.setAside(id);
    const opened = await ctx.catalog.open(id, lang, slot.kind === 'json' ? slot.value : undefined);
    if (!opened.ok) throw new Error(opened.error);
    if (!this.scene.isActive()) return;
    const { runner } = opened.value;
    const notice = slot.kind === 'unreadable' ? 'setAside' : opened.value.saveNotice;
    if (notice === 'setAside') ctx.saves.setAside(id);
    const cast = ctx.catalog.cast(id, lang);
    let bannerTimer: Phaser.Time.TimerEvent | undefined;
    const view = new ChatView({
      cast,
      t: ctx.t(),
      onHome: () => this.scene.start(SceneKey.Home),
      onHelp: () => {},
      onPause: (paused) => {
        this.time.paused = paused;
      },
    });
    ctx.ui.replaceChildren(view.element);
    if (notice)
      view.element.prepend(
        h(
          'p',
          { className: 'notice', role: 'status' },
          ctx.t()(notice === 'setAside' ? 'save.setAside' : 'save.storyChanged'),
        ),
      );
    const playback = new ChatPlayback({
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
      onProgress: () => ctx.saves.write(id, runner.snapshot()),
      onFinished: () => this.scene.start(SceneKey.Debrief, { id, transcript: runner.transcript }),
      onHome: () => this.scene.start(SceneKey.Home),
      onBanner: () => {
        bannerTimer?.remove(false);
        bannerTimer = this.time.delayedCall(5000, () => view.banner.hide());
      },
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      playback.stop();
      this.time.paused = false;
    });
    playback.start();
  }
}
