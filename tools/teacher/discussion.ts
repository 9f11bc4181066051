import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { LANGUAGES, type Lang } from '../../src/content/index.ts';

/** Where the discussion questions live: one `<scenario>.json` per scenario. */
export const DISCUSSION_DIR = resolve(import.meta.dirname, '..', '..', 'src', 'content', 'data', 'discussion');

const Text = v.pipe(v.string(), v.regex(/\S/, 'needs a text'));
const Localized = v.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, Text])) as Record<Lang, typeof Text>,
  `needs a question in each language (${LANGUAGES.join(', ')})`,
);
const Questions = v.pipe(v.array(Text), v.minLength(3, 'at least 3 questions'), v.maxLength(5, 'at most 5 questions'));

const PointId = v.pipe(v.string(), v.regex(/^[A-Za-z_][\w.]*#\d+$/, 'a choice point id like knot#1'));

/** The schema of `src/content/data/discussion/<scenario>.json`. */
export const DiscussionSchema = v.strictObject({
  /** One open question per choice point id (`knot#n`, `knot.stitch#n`), the same in every language. */
  points: v.record(PointId, Localized),
  /**
   * The choice points that are real dilemmas, each with what the choice costs: what pulls toward the risky option and
   * what the safer one loses (a friend's trust, a place in the group, a scene at home). Written by a reviewer who read
   * the point, not derived; the teacher guide shows it under the point's question.
   */
  dilemmas: v.optional(v.record(PointId, Localized), {}),
  /** Questions for the whole class after playing. */
  debrief: v.strictObject(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, Questions])) as Record<Lang, typeof Questions>,
  ),
});

/** A scenario's discussion questions: one per choice point, and a few for the debrief. */
export type Discussion = v.InferOutput<typeof DiscussionSchema>;

/** Reads and checks a scenario's questions; a missing file gives no questions (the guide says so at each point). */
export function loadDiscussion(scenarioId: string, dir = DISCUSSION_DIR): Discussion {
  const file = join(dir, `${scenarioId}.json`);
  if (!existsSync(file)) return { points: {}, dilemmas: {}, debrief: { fr: [], ar: [], en: [] } };
  const result = v.safeParse(DiscussionSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new Error(`${file} is invalid:\n${problems.join('\n')}`);
  }
  const lengths = LANGUAGES.map((lang) => result.output.debrief[lang].length);
  if (new Set(lengths).size > 1) {
    throw new Error(
      `${file}: debrief has ${lengths.join('/')} questions in ${LANGUAGES.join('/')}: keep them the same`,
    );
  }
  return result.output;
}
