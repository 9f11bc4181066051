import type Phaser from 'phaser';
import { assertNever } from '../engine/index.ts';
import type { HomeChoice } from '../ui/index.ts';
import { goTo } from './scene-data.ts';
import { SceneKey } from './scene-keys.ts';

/** Opens the screen the player chose on Home (from any scene: the calling one stops, as with `scene.start`). */
export function openChoice(scenes: Phaser.Scenes.ScenePlugin, choice: HomeChoice): void {
  switch (choice.kind) {
    case 'story':
      goTo(scenes, SceneKey.Chat, { id: choice.id, mode: choice.mode });
      break;
    case 'projector':
      goTo(scenes, SceneKey.Projector, { id: choice.id });
      break;
    case 'check':
      goTo(scenes, SceneKey.Check, { phase: choice.phase });
      break;
    case 'teacher':
      goTo(scenes, SceneKey.Teacher);
      break;
    default:
      assertNever(choice);
  }
}
