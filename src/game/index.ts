/** The Phaser game: scenes that orchestrate the engine, the HTML layer and audio. */
import Phaser from 'phaser';
import { BootScene } from './boot-scene.ts';
import { ChatScene } from './chat-scene.ts';
import { CheckScene } from './check-scene.ts';
import { DebriefScene } from './debrief-scene.ts';
import { HomeScene } from './home-scene.ts';
import { sleepWhenIdle } from './idle.ts';
import { PlaybookScene } from './playbook-scene.ts';
import type { GameContext } from './ports.ts';
import { ProjectorScene } from './projector-scene.ts';
import { SortScene } from './sort-scene.ts';
import { TeacherScene } from './teacher-scene.ts';

export { ChatPlayback, type PlaybackOptions } from './chat-playback.ts';
export type { Clock } from './clock.ts';
export type {
  DashboardUpdate,
  GameContext,
  PlayReport,
  SaveSlotsPort,
  SessionResult,
  StoryCatalog,
  TeacherSessionPort,
} from './ports.ts';

import type { HomeChoice } from '../ui/index.ts';
import { openChoice } from './open-choice.ts';
import { type ChatStart, isChatStart } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

export { SceneKey };

/**
 * Starts the game: a canvas behind the HTML layer, scenes sharing one context. Phaser's audio and input are off. The
 * canvas is transparent until a scene draws: the page's own background shows, so nothing flashes when it arrives.
 * The loop sleeps when nothing moves (see idle.ts).
 */
export function startGame(parent: HTMLElement, ctx: GameContext): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    transparent: true,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    autoFocus: false,
    banner: false,
    scene: [
      new BootScene(ctx),
      new HomeScene(ctx),
      new ChatScene(ctx),
      new DebriefScene(ctx),
      new SortScene(ctx),
      new PlaybookScene(ctx),
      new ProjectorScene(ctx),
      new CheckScene(ctx),
      new TeacherScene(ctx),
    ],
  });
  // The canvas is decoration; everything readable is in the HTML layer. Phaser makes it in the constructor (the page
  // is loaded by then); READY covers a canvas made later.
  const hide = () => {
    game.canvas?.setAttribute('aria-hidden', 'true');
    game.canvas?.setAttribute('role', 'presentation');
  };
  hide();
  game.events.once(Phaser.Core.Events.READY, hide);
  sleepWhenIdle(game, parent);
  return game;
}

/** After a language change: the active screen again, in the new language (a story resumes at the same choice). */
export function restartInNewLanguage(game: Phaser.Game): void {
  for (const scene of game.scene.getScenes(true)) {
    // Phaser keeps the data a scene was started with; the chat screen resumes the saved game instead of its note.
    const data: object | undefined = scene.sys.settings.data;
    if (scene.sys.settings.key === SceneKey.Chat && isChatStart(data))
      scene.scene.restart({ id: data.id, mode: 'continue' } satisfies ChatStart);
    else scene.scene.restart(data);
  }
}

/** Opens a screen chosen outside the scenes (on Home's HTML, or a host page's command for a story). */
export function openScreen(game: Phaser.Game, choice: HomeChoice): void {
  for (const scene of game.scene.getScenes(true)) openChoice(scene.scene, choice);
}

/** Pauses or resumes the story being played, if any. */
export function pauseStory(game: Phaser.Game, paused: boolean): void {
  const chat = game.scene.getScene(SceneKey.Chat);
  if (chat instanceof ChatScene && chat.scene.isActive()) chat.setPaused(paused);
}
