/** Shapes shared by the game and the class-session service: play events, the dashboard. Valibot only; no DOM. */

export type {
  CheckItemSummary,
  CheckPhaseSummary,
  ChoicePointSummary,
  Dashboard,
  EndingsSummary,
  Gated,
  TechniqueSummary,
} from './dashboard.ts';
export {
  CheckPhaseSchema,
  type ClassEvent,
  ClassEventSchema,
  EventIdSchema,
  IdSchema,
  type PlayReport,
  toClassEvent,
} from './play-events.ts';
