import * as v from 'valibot';
import type { CheckItem, CheckRound } from '../protocol/index.ts';
import type { Lang } from './languages.ts';
import { TECHNIQUE_IDS } from './techniques.ts';

export type { CheckItem };

const Text = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'must not be empty'),
);
const Localized = v.strictObject({ fr: Text, ar: Text, en: Text });
const Common = { id: v.pipe(v.string(), v.minLength(1)), from: Localized, text: Localized, why: Localized };
/** A manipulative item names the technique it shows; an ordinary one names none. */
const Item = v.variant('manipulative', [
  v.strictObject({ ...Common, manipulative: v.literal(true), technique: v.picklist(TECHNIQUE_IDS) }),
  v.strictObject({ ...Common, manipulative: v.literal(false) }),
]);

/** src/content/data/checks.json: the game validates it at load with this schema, and the content test does too. */
export const ChecksFileSchema = v.strictObject({
  version: v.literal(1),
  intro: Localized,
  before: v.array(Item),
  after: v.array(Item),
  /** The booster round, a week or more later: fresh messages, none of them seen before or after. */
  booster: v.array(Item),
});
/** The check file, validated. */
export type ChecksFile = v.InferOutput<typeof ChecksFileSchema>;

/** Validates the check file; the error names the field, e.g. `before.2.why.ar: must not be empty`. */
export function parseChecks(data: unknown): { ok: true; value: ChecksFile } | { ok: false; error: string } {
  const result = v.safeParse(ChecksFileSchema, data);
  if (result.success) return { ok: true, value: result.output };
  const first = result.issues[0];
  return { ok: false, error: `${first ? (v.getDotPath(first) ?? '') : ''}: ${first?.message ?? 'invalid'}` };
}

/**
 * The recognition check (src/content/data/checks.json): different messages before, after and in the booster round,
 * loaded only when a player takes it. A file that does not fit the schema is a content bug: it fails loudly.
 */
export async function loadCheck(round: CheckRound, lang: Lang): Promise<{ intro: string; items: CheckItem[] }> {
  const parsed = parseChecks((await import('./data/checks.json')).default);
  if (!parsed.ok) throw new Error(`src/content/data/checks.json ${parsed.error}`);
  const data = parsed.value;
  return {
    intro: data.intro[lang],
    items: data[round].map((item) => ({
      id: item.id,
      from: item.from[lang],
      text: item.text[lang],
      manipulative: item.manipulative,
      why: item.why[lang],
    })),
  };
}
