import Phaser from 'phaser';
import { addBackdrop } from './backdrop.ts';
import type { GameContext } from './ports.ts';
import { SceneKey } from './scene-keys.ts';

/** Home: the app's HTML title screen (stories, language, teachers' entry) over the scene's backdrop. */
export class HomeScene extends Phaser.Scene {
  readonly #ctx: GameContext;

  constructor(ctx: GameContext) {
    super(SceneKey.Home);
    this.#ctx = ctx;
  }

  /** `notice`: a string key said on Home (a story that could not be opened). */
  create(data: { notice?: string } = {}): void {
    const ctx = this.#ctx;
    const notice = data.notice ? ctx.t()(data.notice) : ctx.takeNotice();
    // Phaser hands a scene its last data again when started without any: the notice is said once.
    this.sys.settings.data = {};
    ctx.showHome(notice);
    addBackdrop(this, ctx.ui);
  }
}
