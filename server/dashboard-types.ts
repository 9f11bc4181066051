/** Figures are shown only once this many distinct students answered the item (anonymity threshold). */
export const ANONYMITY_THRESHOLD = 5;

export type {
  CheckItemSummary,
  CheckPhaseSummary,
  ChoicePointSummary,
  Dashboard,
  EndingsSummary,
  Gated,
  TechniqueSummary,
} from '../src/protocol/index.ts';
