/** Which before/after check: before the stories or after them. */
export type CheckPhase = 'before' | 'after';

/** One message of the before/after check, in one language (src/content loads them; the check screen shows them). */
export interface CheckItem {
  readonly id: string;
  readonly from: string;
  readonly text: string;
  readonly manipulative: boolean;
  readonly why: string;
}
