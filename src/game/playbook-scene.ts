import Phaser from 'phaser';
import { buildPlaybook } from '../engine/index.ts';
import { renderPlaybook } from '../ui/index.ts';
import { addStoryBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import { readSavedGame } from './saved-game.ts';
import { goTo, type SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * "See what he was doing", reached from the debrief: the conversation of the saved path with the plan behind each
 * manipulative line. All of it is readable HTML; the scene only keeps the backdrop.
 */
export class PlaybookScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Playbook);
    this.#ctx = ctx;
  }

  create(data: SceneData['playbook']): void {
    const ctx = this.#ctx;
    const save = readSavedGame(ctx.saves, data.id);
    if (!save) {
      this.scene.start(SceneKey.Home);
      return;
    }
    const view = renderPlaybook({
      t: ctx.t(),
      cast: ctx.catalog.cast(data.id, ctx.lang()),
      model: buildPlaybook(save),
      onBack: () => goTo(this.scene, SceneKey.Debrief, { id: data.id }),
    });
    ctx.ui.replaceChildren(view);
    addStoryBackdrop(this, ctx, data.id);
  }
}
