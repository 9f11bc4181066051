import Phaser from 'phaser';
import { type ClassVote, ProjectorChatView, ProjectorStage, renderVotePanel } from '../ui/index.ts';
import { addBackdrop } from './backdrop.ts';
import { ChatPlayback } from './chat-playback.ts';
import type { Clock } from './clock.ts';
import { openStory } from './open-story.ts';
import type { GameContext } from './ports.ts';
import { goTo, type SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/** Keys that advance the story in projector mode (presentation clickers send PageDown or ArrowRight). */
const NEXT_KEYS = new Set(['n', 'N', 'ArrowRight', 'PageDown']);

/**
 * Projector mode: the whole class plays one story on one screen. Large text, no sound unless switched on, the
 * teacher advances each message ("Next"), and each choice is a class vote with that point's discussion question.
 * At the end: the debrief, with the class's path on the story map.
 */
export class ProjectorScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Projector);
    this.#ctx = ctx;
  }

  create(data: SceneData['projector']): void {
    addBackdrop(this, this.#ctx.ui, { desk: false });
    this.#start(data.id).catch((e: unknown) => {
      console.error(e);
      this.scene.start(SceneKey.Home);
    });
  }

  async #start(id: string): Promise<void> {
    const ctx = this.#ctx;
    const t = ctx.t();
    const lang = ctx.lang();
    const [opened, questions] = await Promise.all([
      openStory(this, ctx.catalog, { id, lang, slot: { kind: 'empty' } }),
      ctx.catalog.discussion(id, lang),
    ]);
    if (!opened) return;
    const { runner } = opened;
    const cast = ctx.catalog.cast(id, lang);
    // The class's decisions, in order, for the debrief's path (kept in memory: they leave neither scene nor device).
    const votes: ClassVote[] = [];
    ctx.sounds.setMuted(true);
    let advance: (() => void) | undefined;
    const clock: Clock = (_ms, run) => {
      advance = run;
      return () => {
        advance = undefined;
      };
    };
    const next = () => {
      const run = advance;
      advance = undefined;
      run?.();
    };
    const view = new ProjectorChatView(
      {
        cast,
        t,
        onHome: () => this.scene.start(SceneKey.Home),
        onHelp: (topic) => ctx.openHelp(topic),
        onPause: () => {},
        onFlag: (mid) => playback.flag(mid),
      },
      (point, options, choose) =>
        stage.showVote(
          renderVotePanel({
            t,
            ...(point && questions[point] ? { question: questions[point] } : {}),
            options,
            onChoose: (outcome) => {
              votes.push({ point, ...outcome });
              stage.showOutcome(outcome);
              choose(outcome.index);
            },
          }),
        ),
    );
    const stage = new ProjectorStage({
      t,
      dir: cast.dir,
      story: view.element,
      onNext: next,
      onSound: (on) => ctx.sounds.setMuted(!on),
    });
    ctx.ui.replaceChildren(stage.element);
    const onKey = (e: KeyboardEvent) => {
      if (!NEXT_KEYS.has(e.key) || (e.target as HTMLElement).closest('input, select, textarea')) return;
      e.preventDefault();
      next();
    };
    document.addEventListener('keydown', onKey);
    const playback: ChatPlayback = new ChatPlayback({
      runner,
      view,
      cast,
      t,
      sounds: ctx.sounds,
      clock,
      pacing: () => 'normal',
      onProgress: () => {},
      onFinished: () => {
        // The class's game becomes this device's save, so the debrief (and its map) can show the class's path.
        ctx.saves.write(id, runner.snapshot());
        goTo(this.scene, SceneKey.Debrief, { id, classMap: true, votes });
      },
      onHome: () => this.scene.start(SceneKey.Home),
      onBanner: () => {},
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      document.removeEventListener('keydown', onKey);
      playback.stop();
      ctx.sounds.setMuted(ctx.settings().muted);
    });
    playback.start();
    stage.next.focus();
  }
}
