/** Shapes shared by the game and the class-session service: play events, the dashboard. Valibot only; no DOM. */

export type { CheckItem, CheckPhase, CheckRound } from './check-item.ts';
export { ClassHistorySchema, type EarlierClass, EarlierClassSchema } from './class-history.ts';
export type {
  BoosterCheckSummary,
  CheckItemSummary,
  CheckPhaseSummary,
  ChoicePointSummary,
  Dashboard,
  DashboardUpdate,
  EndingsSummary,
  Gated,
  PairedCheckSummary,
  SessionKind,
  TechniqueSummary,
} from './dashboard.ts';
export { type FieldGuide, type FieldGuideCard, FieldGuideCardSchema, FieldGuideSchema } from './field-guide.ts';
export {
  CheckPhaseSchema,
  CheckRoundSchema,
  type ClassEvent,
  ClassEventSchema,
  EventIdSchema,
  fitsSession,
  IdSchema,
  type PlayReport,
  type PostedEvent,
  PostedEventSchema,
  toClassEvent,
} from './play-events.ts';
export { PLAYER_GENDERS, type PlayerGender, type Settings } from './settings.ts';
export { DESK_PROPS, DESK_WINDOWS, type StoryMood, StoryMoodSchema } from './story-mood.ts';
