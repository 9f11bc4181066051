import type Phaser from 'phaser';
import type { OpenedStory, SaveSlot } from '../engine/index.ts';
import type { StoryCatalog } from './ports.ts';
import { SceneKey } from './scene-keys.ts';

/**
 * Opens a scenario for a scene. Undefined when the scene was left meanwhile, or when the scenario could not be
 * opened: then the reason goes to the console and the player is back Home.
 */
export async function openStory(
  scene: Phaser.Scene,
  catalog: StoryCatalog,
  at: { readonly id: string; readonly lang: string; readonly slot: SaveSlot },
): Promise<OpenedStory | undefined> {
  const opened = await catalog.open(at.id, at.lang, at.slot);
  if (!scene.scene.isActive()) return undefined;
  if (opened.ok) return opened.value;
  console.error(`Scenario ${at.id} could not be opened: ${opened.error}`);
  scene.scene.start(SceneKey.Home);
  return undefined;
}
