import * as v from 'valibot';
import type { TagVocabulary } from '../engine/index.ts';
import { STAGES } from '../engine/index.ts';
import { PLAYER_GENDERS, StoryMoodSchema } from '../protocol/index.ts';
import { TECHNIQUE_IDS } from './techniques.ts';

const Localized = v.object({
  fr: v.pipe(v.string(), v.minLength(1)),
  ar: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});
const LocalizedList = v.object({
  fr: v.array(v.string()),
  ar: v.array(v.string()),
  en: v.array(v.string()),
});
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _'));
const Color = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a hex colour like #7b5cd6'));

const VOICE_KINDS = ['peer', 'sibling', 'parent', 'teacher', 'scholar', 'former-member', 'counsellor'] as const;

/** What a character is to the player, where a rule depends on it: a recruiter can never send a #checkin. */
export const CHARACTER_ROLES = ['recruiter'] as const;

/** The kinds of face the avatar generator draws (tools/faces.ts): hair, beard and glasses are picked within one. */
export const AVATAR_LOOKS = ['girl', 'boy', 'woman', 'man'] as const;

/** How a character's avatar is drawn: a look, and a seed to try another face of that look (default: the id). */
const Avatar = v.object({
  look: v.picklist(AVATAR_LOOKS),
  seed: v.optional(v.pipe(v.string(), v.minLength(1))),
});

const Chat = v.variant('kind', [
  v.object({ kind: v.literal('dm'), with: Id }),
  v.object({ kind: v.literal('group'), title: Localized, members: v.array(Id) }),
]);

/** The schema of `stories/<id>/scenario.json` (see docs/authoring.md). */
export const ScenarioSchema = v.object({
  id: Id,
  title: Localized,
  summary: Localized,
  contentNote: Localized,
  minutes: v.pipe(v.number(), v.minValue(1), v.maxValue(60)),
  age: v.pipe(v.number(), v.minValue(10), v.maxValue(18)),
  stages: v.array(v.picklist(STAGES)),
  techniques: v.array(v.picklist(TECHNIQUE_IDS)),
  learningGoals: LocalizedList,
  characters: v.record(
    Id,
    v.object({
      name: Localized,
      color: Color,
      role: v.optional(v.picklist(CHARACTER_ROLES)),
      avatar: v.optional(Avatar),
    }),
  ),
  chats: v.record(Id, Chat),
  voices: v.record(Id, v.object({ kind: v.picklist(VOICE_KINDS), name: Localized, role: Localized })),
  images: v.array(Id),
  /** False hides the scenario from Home (the sample); a deep link still opens it. */
  listed: v.optional(v.boolean(), true),
  /** The player's gender when the story fixes it (the-sisters is about a girl): the content note then does not ask. */
  playerGender: v.optional(v.picklist(PLAYER_GENDERS)),
  endings: v.record(Id, v.object({ title: Localized })),
  /** The desk scene around the phone on a desktop: the screen's glow, the object on the desk, the window's view. */
  mood: v.optional(StoryMoodSchema),
});

/** A scenario's metadata: titles, characters, chats, voices and endings in every language. */
export type Scenario = v.InferOutput<typeof ScenarioSchema>;

/** Validates parsed `scenario.json` content; problems carry the field path, e.g. `characters.karim.color`. */
export function parseScenario(value: unknown): { ok: true; value: Scenario } | { ok: false; error: string[] } {
  const result = v.safeParse(ScenarioSchema, value);
  if (!result.success) {
    return {
      ok: false,
      error: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
    };
  }
  const scenario = result.output;
  const problems = crossCheck(scenario);
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: scenario };
}

/** References between sections: chat members and DM partners must be characters. */
function crossCheck(s: Scenario): string[] {
  const people = new Set([...Object.keys(s.characters), 'me']);
  const problems: string[] = [];
  for (const [id, chat] of Object.entries(s.chats)) {
    const named = chat.kind === 'dm' ? [chat.with] : chat.members;
    for (const who of named) if (!people.has(who)) problems.push(`chats.${id}: unknown character "${who}"`);
  }
  if (Object.keys(s.chats).length === 0) problems.push('chats: a scenario needs at least one chat');
  if (Object.keys(s.endings).length === 0) problems.push('endings: a scenario needs at least one ending');
  return problems;
}

/** The ids a scenario's tags may use. */
export function vocabularyOf(s: Scenario): TagVocabulary {
  return {
    speakers: new Set(Object.keys(s.characters)),
    chats: new Set(Object.keys(s.chats)),
    techniques: new Set(s.techniques),
    voices: new Set(Object.keys(s.voices)),
    endings: new Set(Object.keys(s.endings)),
    images: new Set(s.images),
  };
}

/** The characters marked `"role": "recruiter"`: the check rejects a #checkin from them. */
export function recruitersOf(s: Scenario): ReadonlySet<string> {
  return new Set(
    Object.entries(s.characters)
      .filter(([, c]) => c.role === 'recruiter')
      .map(([id]) => id),
  );
}

/** The chat a scenario's story starts in: the first one listed. */
export function firstChatOf(s: Scenario): string {
  const first = Object.keys(s.chats)[0];
  if (!first) throw new Error(`scenario ${s.id} has no chat`);
  return first;
}
