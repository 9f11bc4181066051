import Phaser from 'phaser';
import { addStoryBackdrop } from './backdrop.ts';
import { startChat } from './chat-session.ts';
import type { ChatExits, ChatRun, ChatStart, GameContext } from './ports.ts';
import { goTo, type SceneData } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * The chat screen: the story's backdrop behind the chat (chat-session.ts), which it starts, or takes over from the app
 * when the app started it before the game had loaded.
 */
export class ChatScene extends Phaser.Scene {
  readonly #ctx: GameContext;
  #run: ChatRun | undefined;

  constructor(ctx: GameContext) {
    super(SceneKey.Chat);
    this.#ctx = ctx;
  }

  create(data: SceneData['chat']): void {
    addStoryBackdrop(this, this.#ctx, data.id);
    const exits: ChatExits = {
      home: (notice) => this.scene.start(SceneKey.Home, notice ? { notice } : undefined),
      debrief: (id) => goTo(this.scene, SceneKey.Debrief, { id }),
      restart: (start) => this.scene.restart(start),
    };
    const run = data.run ?? startChat(this.#ctx, { id: data.id, mode: data.mode }, exits);
    run.handTo(exits);
    this.#run = run;
    // Phaser keeps a scene's data for a restart: a run taken over is not taken again.
    if (data.run) this.sys.settings.data = { id: data.id, mode: data.mode } satisfies ChatStart;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      run.stop();
      this.#run = undefined;
    });
  }

  /** Pauses or resumes the story (the host page can ask, as the ⏸ button does). */
  setPaused(paused: boolean): void {
    this.#run?.setPaused(paused);
  }
}
