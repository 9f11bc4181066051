import Phaser from 'phaser';
import { openChoice } from './open-choice.ts';
import type { GameContext } from './ports.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * The game's first scene: Home's HTML is already on screen (main.ts painted it before Phaser loaded), so Boot draws
 * nothing; it opens what the player chose while the game was loading (or the deep link), else Home, which keeps the
 * painted page as it is.
 */
export class BootScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Boot);
    this.#ctx = ctx;
  }

  create(): void {
    const choice = this.#ctx.takeStart();
    if (choice) openChoice(this.scene, choice);
    else this.scene.start(SceneKey.Home);
  }
}
