import Phaser from 'phaser';
import type { GameContext } from './ports.ts';
import { goTo } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/** Loads what the first screen needs, with a progress bar, then opens Home (or the story a deep link asks for). */
export class BootScene extends Phaser.Scene {
  readonly #ctx: GameContext;
  readonly #tasks: readonly (() => Promise<unknown>)[];

  constructor(ctx: GameContext, tasks: readonly (() => Promise<unknown>)[]) {
    super(SceneKey.Boot);
    this.#ctx = ctx;
    this.#tasks = tasks;
  }

  create(): void {
    const { width, height } = this.scale.gameSize;
    const barWidth = Math.min(280, width * 0.7);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    const bar = this.add.graphics();
    const progress = document.createElement('div');
    progress.setAttribute('role', 'progressbar');
    progress.setAttribute('aria-label', this.#ctx.t()('app.loading'));
    progress.setAttribute('aria-valuemin', '0');
    progress.setAttribute('aria-valuemax', '100');
    progress.className = 'visually-hidden';
    this.#ctx.ui.replaceChildren(progress);
    const draw = (share: number) => {
      bar.clear().fillStyle(0x2f55d4, 0.15).fillRoundedRect(x, y, barWidth, 8, 4);
      bar.fillStyle(0x2f55d4, 1).fillRoundedRect(x, y, Math.max(8, barWidth * share), 8, 4);
      progress.setAttribute('aria-valuenow', String(Math.round(share * 100)));
    };
    draw(0);
    let done = 0;
    const all = this.#tasks.map((task) =>
      task()
        .catch((e: unknown) => console.error('A start-up task failed; the game goes on without it.', e))
        .finally(() => draw(++done / this.#tasks.length)),
    );
    Promise.all(all).then(() => {
      const story = this.#ctx.takeDeepLink();
      if (story) goTo(this.scene, SceneKey.Chat, { id: story, mode: 'continue' });
      else this.scene.start(SceneKey.Home);
    });
  }
}
