/** Browser APIs behind small interfaces: storage, settings, launch config. No game logic. */

export {
  BOOSTER_DELAY_MS,
  BOOSTER_KEY,
  type BoosterDates,
  type BoosterReminder,
  createBoosterReminder,
  isBoosterDue,
} from './booster-reminder.ts';
export { type CheckResult, createCheckResults } from './check-results.ts';
export { CLASS_HISTORY_KEY, type ClassHistory, createClassHistory, type EarlierClass } from './class-history.ts';
export {
  type ClassSessionClient,
  type ClassSessionClientOptions,
  createClassSessionClient,
} from './class-session-client.ts';
export { DEVICE_ID_KEY, deviceId } from './device-id.ts';
export {
  connectEmbedBridge,
  type EmbedBridge,
  type GameMessage,
  type HostCommand,
  HostCommandSchema,
  PROTOCOL,
  PROTOCOL_VERSION,
} from './embed-bridge.ts';
export { createEndingsFound, type EndingsFound } from './endings-found.ts';
export {
  type AddOutcome,
  createFieldGuideStore,
  FIELD_GUIDE_KEY,
  type FieldGuideCard,
  type FieldGuideStore,
} from './field-guide-store.ts';
export { hostOrigin, tellHostLeft } from './host-frame.ts';
export { createBrowserStore, createMemoryStore, type KeyValueStore } from './key-value-store.ts';
export { DEFAULT_LEAVE_URL, type LaunchConfig, readLaunchConfig } from './launch-config.ts';
export {
  configFromParams,
  contrastWithWhite,
  DEFAULT_PARTNER_CONFIG,
  type PartnerConfig,
  parsePartnerConfig,
  partnerLeaveOrigins,
} from './partner-config.ts';
export { createSaveSlots, type SaveSlots, type SlotContent } from './save-slots.ts';
export { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from './settings.ts';
export { registerUpdates, type UpdateState } from './updates.ts';
