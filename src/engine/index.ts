/** The scenario engine: ink in, typed chat events out. Pure TypeScript; no DOM, Phaser, audio or storage. */

export { type ChatEntry, type SaveSlot, showsContentNote } from './chat-entry.ts';
export { flowOfPath, labelChoices } from './choice-points.ts';
export {
  buildDebrief,
  type DebriefInput,
  type DebriefModel,
  pickSortItems,
  type SortItem,
  type SortRound,
  type TechniqueMet,
} from './debrief.ts';
export { type OpeningBatch, openingFor, type StoryOpening, sameEvents } from './opening.ts';
export {
  CHOOSING_MS,
  dwellAfter,
  PACINGS,
  type Pacing,
  paceBatch,
  readingMsFor,
  typingMsFor,
  waitBefore,
} from './pacing.ts';
export { buildPlaybook, type LinePlan, type PlaybookEntry, type PlaybookModel } from './playbook.ts';
export { assertNever, err, ok, type Result } from './result.ts';
export {
  buildAhead,
  type FlagOutcome,
  type InkValue,
  type RawLine,
  type RunnerOptions,
  ScenarioRunner,
} from './runner.ts';
export { parseSaveEnvelope, SAVE_SCHEMA, type SaveEnvelope, type SaveProblem } from './save-envelope.ts';
export {
  continueInLanguage,
  type OpenedStory,
  openScenario,
  replayFrom,
  type SaveNotice,
} from './save-policy.ts';
export {
  AIM_MAX_LENGTH,
  checkTag,
  type LineTags,
  parseTags,
  parseTagsStrict,
  splitTag,
  TAG_KEYS,
  type TagVocabulary,
} from './tag-parser.ts';
export * from './types.ts';
