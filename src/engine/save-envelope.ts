import { err, ok, type Result } from './result.ts';
import type { ChatId, ChoiceRecord, MessageId, Stage, TranscriptEntry } from './types.ts';

/** Version of the save format; bump it and add a migration when the envelope's shape changes. */
export const SAVE_SCHEMA = 1;

/** Everything needed to bring a scenario back exactly where the player left it. */
export interface SaveEnvelope {
  readonly schema: typeof SAVE_SCHEMA;
  readonly scenario: string;
  readonly lang: string;
  /** Hash of the compiled story: a different hash means the script changed since the save. */
  readonly contentHash: string;
  readonly seed: number;
  /** inkjs state JSON: only valid for the same compiled story. */
  readonly inkState: string;
  readonly chat: ChatId;
  readonly transcript: readonly TranscriptEntry[];
  readonly choices: readonly ChoiceRecord[];
  readonly flags: readonly MessageId[];
  readonly stages: readonly Stage[];
}

/** Why a save could not be used as it is. */
export type SaveProblem =
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'newer-schema'; readonly schema: number }
  | { readonly kind: 'other-scenario'; readonly scenario: string; readonly lang: string }
  | { readonly kind: 'story-changed' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STRING_FIELDS = ['scenario', 'lang', 'contentHash', 'inkState', 'chat'] as const;
const ARRAY_FIELDS = ['transcript', 'choices', 'flags', 'stages'] as const;

/** Saves written before schema 1 had no seed: they always used seed 1. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.schema === 0) return { ...raw, schema: 1, seed: 1 };
  return raw;
}

/** Validates a stored value (parsed JSON) as a save envelope, migrating older schemas. */
export function parseSaveEnvelope(value: unknown): Result<SaveEnvelope, SaveProblem> {
  if (!isRecord(value)) return err({ kind: 'corrupt', detail: 'not an object' });
  if (typeof value.schema !== 'number') return err({ kind: 'corrupt', detail: 'no schema version' });
  if (value.schema > SAVE_SCHEMA) return err({ kind: 'newer-schema', schema: value.schema });
  const raw = migrate(value);
  for (const field of STRING_FIELDS) {
    if (typeof raw[field] !== 'string') return err({ kind: 'corrupt', detail: `${field} is missing` });
  }
  for (const field of ARRAY_FIELDS) {
    if (!Array.isArray(raw[field])) return err({ kind: 'corrupt', detail: `${field} is missing` });
  }
  if (typeof raw.seed !== 'number') return err({ kind: 'corrupt', detail: 'seed is missing' });
  const transcript = raw.transcript as unknown[];
  if (!transcript.every((e) => isRecord(e) && typeof e.kind === 'string' && typeof e.id === 'string')) {
    return err({ kind: 'corrupt', detail: 'transcript entry without kind or id' });
  }
  const choices = raw.choices as unknown[];
  if (!choices.every((c) => isRecord(c) && typeof c.point === 'string' && typeof c.index === 'number')) {
    return err({ kind: 'corrupt', detail: 'choice record without point or index' });
  }
  return ok(raw as unknown as SaveEnvelope);
}
