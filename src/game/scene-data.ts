import type Phaser from 'phaser';
import type { MessageId } from '../engine/index.ts';
import type { CheckRound } from '../protocol/index.ts';
import type { ClassVote } from '../ui/index.ts';
import type { ChatRun, ChatStart } from './ports.ts';
import type { SceneKeyName } from './scene-keys.ts';

export type { ChatStart };

/** The data each scene (by key, see SceneKey) is started with; `goTo` checks it, so a scene never reads an untyped object. */
export interface SceneData {
  readonly boot: undefined;
  readonly home: undefined;
  readonly teacher: undefined;
  /** `run`: a chat the app started before the game had loaded, which the chat scene takes over. */
  readonly chat: ChatStart & { readonly run?: ChatRun };
  /** `classMap`: after projector mode, the story map with the class's path, and `votes`: the class's decisions. */
  readonly debrief: { readonly id: string; readonly classMap?: boolean; readonly votes?: readonly ClassVote[] };
  /** `round` and `seen`: a replay of the sorting game, with the messages sorted in earlier rounds. */
  readonly sort: { readonly id: string; readonly round?: number; readonly seen?: readonly MessageId[] };
  readonly playbook: { readonly id: string };
  readonly projector: { readonly id: string };
  readonly check: { readonly phase: CheckRound };
}

/** Starts a scene with its typed data (stopping the calling one, as Phaser's `scene.start` does). */
export function goTo<K extends SceneKeyName>(
  scenes: Phaser.Scenes.ScenePlugin,
  key: K,
  ...data: SceneData[K] extends undefined ? [] : [SceneData[K]]
): void {
  scenes.start(key, data[0]);
}

/** Whether data a scene kept is a chat start (Phaser stores scene data untyped). */
export function isChatStart(data: unknown): data is ChatStart {
  return typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string';
}
