/** Browser APIs behind small interfaces: storage, settings, launch config. No game logic. */

export { hostOrigin, tellHostLeft } from './host-frame.ts';
export { createBrowserStore, createMemoryStore, type KeyValueStore } from './key-value-store.ts';
export { DEFAULT_LEAVE_URL, type LaunchConfig, readLaunchConfig } from './launch-config.ts';
export { createSaveSlots, type SaveSlots, type SlotContent } from './save-slots.ts';
export { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from './settings.ts';
