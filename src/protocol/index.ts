/** Shapes shared by the game and the class-session service: play events, the dashboard. Valibot only; no DOM. */

export type { CheckItem, CheckPhase, CheckRound } from './check-item.ts';
export type {
  CheckItemSummary,
  CheckPhaseSummary,
  ChoicePointSummary,
  Dashboard,
  DashboardUpdate,
  EndingsSummary,
  Gated,
  PairedCheckSummary,
  TechniqueSummary,
} from './dashboard.ts';
export { type FieldGuide, type FieldGuideCard, FieldGuideCardSchema, FieldGuideSchema } from './field-guide.ts';
export {
  CheckPhaseSchema,
  type ClassEvent,
  ClassEventSchema,
  EventIdSchema,
  IdSchema,
  type PlayReport,
  type PostedEvent,
  PostedEventSchema,
  toClassEvent,
} from './play-events.ts';
export { PLAYER_GENDERS, type PlayerGender, type Settings } from './settings.ts';
export { DESK_PROPS, DESK_WINDOWS, type StoryMood, StoryMoodSchema } from './story-mood.ts';
