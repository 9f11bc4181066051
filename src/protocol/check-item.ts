/** Which before/after check: before the stories or after them. */
export type CheckPhase = 'before' | 'after';

/**
 * Which round of the check: before or after the stories, or the booster a week or more later (fresh messages: the
 * effect of inoculation fades within weeks and a short booster restores it). Booster answers leave the device only
 * inside a teacher's booster session.
 */
export type CheckRound = CheckPhase | 'booster';

/** One message of the before/after check, in one language (src/content loads them; the check screen shows them). */
export interface CheckItem {
  readonly id: string;
  readonly from: string;
  readonly text: string;
  readonly manipulative: boolean;
  readonly why: string;
}
