import Phaser from 'phaser';
import { openChoice } from './open-choice.ts';
import type { GameContext } from './ports.ts';
import { goTo } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * The game's first scene: Home's HTML is already on screen (main.ts painted it before Phaser loaded), so Boot draws
 * nothing. It takes over the story the app started meanwhile (or opens the debrief it finished on), else opens what
 * the player chose while the game was loading (or the deep link), else Home, which keeps the painted page as it is.
 */
export class BootScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Boot);
    this.#ctx = ctx;
  }

  create(): void {
    const chat = this.#ctx.takeChat();
    const choice = this.#ctx.takeStart();
    if (chat?.kind === 'chat') goTo(this.scene, SceneKey.Chat, { ...chat.run.start, run: chat.run });
    else if (chat?.kind === 'story') goTo(this.scene, SceneKey.Chat, chat.start);
    else if (chat?.kind === 'debrief') goTo(this.scene, SceneKey.Debrief, { id: chat.id });
    else if (choice) openChoice(this.scene, choice);
    else this.scene.start(SceneKey.Home);
  }
}
