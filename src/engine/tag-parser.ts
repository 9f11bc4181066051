import { err, ok, type Result } from './result.ts';
import {
  type ChatId,
  type EndingId,
  HELP_TOPICS,
  type HelpTopic,
  type ImageId,
  type Membership,
  PLAYER,
  type SpeakerId,
  STAGES,
  type Stage,
  type TechniqueId,
  type VoiceId,
} from './types.ts';

/** What the tags of one ink line say about it. */
export interface LineTags {
  readonly from?: SpeakerId;
  readonly chat?: ChatId;
  readonly techniques: readonly TechniqueId[];
  readonly stages: readonly Stage[];
  readonly isSystem: boolean;
  readonly image?: ImageId;
  readonly typing?: number;
  readonly delay?: number;
  readonly counter?: VoiceId;
  readonly help?: HelpTopic;
  readonly promptFlag: boolean;
  readonly ending?: EndingId;
  /** The line voices hopelessness; the story must answer it (a check-in and the distress card, same knot). */
  readonly isDistress: boolean;
  /** A friend or family member checks in kindly and directly on the player (or the person in distress). */
  readonly isCheckin: boolean;
  /** A system line says someone left (or was removed from) or joined the group chat it is in. */
  readonly membership?: Membership;
  /**
   * What the recruiter wanted from the player with this line (`#aim:`), in the script's language: the playbook shown
   * after an ending and the teacher guide show it beside the stage and the technique. Goes with `#flag`.
   */
  readonly aim?: string;
}

/** The ids a scenario declares; a tag naming anything else is an error. */
export interface TagVocabulary {
  readonly speakers: ReadonlySet<string>;
  readonly chats: ReadonlySet<string>;
  readonly techniques: ReadonlySet<string>;
  readonly voices: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
  readonly images: ReadonlySet<string>;
}

/** The tag keys of the grammar in docs/authoring.md. */
export const TAG_KEYS = [
  'from',
  'chat',
  'flag',
  'stage',
  'system',
  'image',
  'typing',
  'delay',
  'counter',
  'help',
  'prompt',
  'ending',
  'distress',
  'checkin',
  'left',
  'joined',
  'aim',
] as const;
type TagKey = (typeof TAG_KEYS)[number];

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const VALUELESS: ReadonlySet<TagKey> = new Set(['system', 'distress', 'checkin']);
const LIMITS = { typing: 30, delay: 60 } as const;
/** An aim is one short sentence: it sits beside a chat message on a phone. */
export const AIM_MAX_LENGTH = 160;

type Draft = {
  -readonly [K in keyof LineTags]: LineTags[K] extends readonly (infer T)[] ? T[] : LineTags[K];
};

/** Splits `key: value` (space optional); a tag without a colon has an empty value. */
export function splitTag(tag: string): { key: string; value: string } {
  const colon = tag.indexOf(':');
  if (colon < 0) return { key: tag.trim(), value: '' };
  return { key: tag.slice(0, colon).trim(), value: tag.slice(colon + 1).trim() };
}

function isTagKey(key: string): key is TagKey {
  return (TAG_KEYS as readonly string[]).includes(key);
}

function checkId(kind: string, value: string, known: ReadonlySet<string> | undefined): string | undefined {
  if (!ID_PATTERN.test(value)) return `"${value}" is not a valid ${kind} id (lowercase letters, digits, - and _)`;
  if (known && !known.has(value)) {
    const list = [...known].join(', ') || 'none';
    return `unknown ${kind} "${value}" (known: ${list})`;
  }
  return undefined;
}

function checkNumber(key: 'typing' | 'delay', value: string): number | string {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n) || n < 0 || n > LIMITS[key]) {
    return `${key} takes a number of seconds from 0 to ${LIMITS[key]}, not "${value}"`;
  }
  return n;
}

/** Applies one tag to the draft; returns a problem or undefined. */
function applyTag(d: Draft, key: TagKey, value: string, vocab?: TagVocabulary): string | undefined {
  if (VALUELESS.has(key)) {
    if (value !== '') return `#${key} takes no value`;
  } else if (value === '') return `#${key} needs a value: #${key}: …`;
  switch (key) {
    case 'from': {
      if (d.from) return 'a line has one sender: two #from tags';
      const problem = value === PLAYER ? undefined : checkId('character', value, vocab?.speakers);
      d.from = value as SpeakerId;
      return problem;
    }
    case 'chat':
      d.chat = value as ChatId;
      return checkId('chat', value, vocab?.chats);
    case 'flag':
      d.techniques.push(value as TechniqueId);
      return checkId('technique', value, vocab?.techniques);
    case 'stage':
      if (!(STAGES as readonly string[]).includes(value)) return `unknown stage "${value}" (${STAGES.join(', ')})`;
      d.stages.push(value as Stage);
      return undefined;
    case 'system':
      d.isSystem = true;
      return undefined;
    case 'image':
      d.image = value as ImageId;
      return checkId('image', value, vocab?.images);
    case 'typing':
    case 'delay': {
      const n = checkNumber(key, value);
      if (typeof n === 'string') return n;
      d[key] = n;
      return undefined;
    }
    case 'counter':
      d.counter = value as VoiceId;
      return checkId('voice', value, vocab?.voices);
    case 'help':
      if (!(HELP_TOPICS as readonly string[]).includes(value)) {
        return `unknown help topic "${value}" (${HELP_TOPICS.join(', ')})`;
      }
      d.help = value as HelpTopic;
      return undefined;
    case 'prompt':
      if (value !== 'flag') return `#prompt takes "flag", not "${value}"`;
      d.promptFlag = true;
      return undefined;
    case 'ending':
      d.ending = value as EndingId;
      return checkId('ending', value, vocab?.endings);
    case 'distress':
      d.isDistress = true;
      return undefined;
    case 'checkin':
      d.isCheckin = true;
      return undefined;
    case 'left':
    case 'joined':
      if (d.membership) return 'a line says one change of members: two #left/#joined tags';
      d.membership = { kind: key, who: value as SpeakerId };
      return checkId('character', value, vocab?.speakers);
    case 'aim':
      if (d.aim !== undefined) return 'a line has one aim: two #aim tags';
      if ([...value].length > AIM_MAX_LENGTH)
        return `an aim is one short sentence (at most ${AIM_MAX_LENGTH} characters)`;
      d.aim = value;
      return undefined;
  }
}

/** Checks that the tags describe one kind of line. */
function checkCombination(d: Draft): string[] {
  const kinds = [d.isSystem && 'system', d.counter && 'counter', d.help && 'help', d.ending && 'ending'].filter(
    (k): k is string => typeof k === 'string',
  );
  const problems: string[] = [];
  if (kinds.length > 1) problems.push(`a line is one kind of thing, not ${kinds.map((k) => `#${k}`).join(' and ')}`);
  if (kinds.length > 0 && d.from) problems.push(`#${kinds[0]} lines have no sender: remove #from`);
  if (d.image && !d.from) problems.push('an #image message needs a sender: add #from');
  if (d.isCheckin && !d.from) problems.push('#checkin goes on a message from a friend or family member: add #from');
  if (d.membership && !d.isSystem) problems.push(`#${d.membership.kind} goes on a #system line ("Adam left")`);
  if (d.aim !== undefined && d.techniques.length === 0) {
    problems.push('#aim says what the recruiter wanted with a manipulative line: it goes with #flag');
  }
  if (kinds.length > 0 && (d.techniques.length > 0 || d.promptFlag)) {
    problems.push(`#flag and #prompt go on messages, not on #${kinds[0]} lines`);
  }
  return problems;
}

/** A line with no tags yet: every flag off, no lists. */
function emptyDraft(): Draft {
  return { techniques: [], stages: [], isSystem: false, promptFlag: false, isDistress: false, isCheckin: false };
}

/**
 * Parses the tags of one ink line into typed values. Problems name the tag and the fix; the caller adds file and
 * line (build time) or logs them as warnings (run time), using what could be parsed.
 */
export function parseTags(
  tags: readonly string[],
  vocab?: TagVocabulary,
): { readonly tags: LineTags; readonly problems: readonly string[] } {
  const d = emptyDraft();
  const problems: string[] = [];
  for (const raw of tags) {
    const { key, value } = splitTag(raw);
    if (!isTagKey(key)) {
      problems.push(`unknown tag "#${raw.trim()}" (known: ${TAG_KEYS.join(', ')})`);
      continue;
    }
    const problem = applyTag(d, key, value, vocab);
    if (problem) problems.push(`#${raw.trim()}: ${problem}`);
  }
  problems.push(...checkCombination(d));
  return { tags: d, problems };
}

/** Strict form for build-time checks: every problem is an error. */
export function parseTagsStrict(tags: readonly string[], vocab?: TagVocabulary): Result<LineTags, readonly string[]> {
  const { tags: parsed, problems } = parseTags(tags, vocab);
  return problems.length > 0 ? err(problems) : ok(parsed);
}

/** Checks one tag on its own (key, value, known id), for build-time checks that point at a source line. */
export function checkTag(raw: string, vocab?: TagVocabulary): string | undefined {
  const { key, value } = splitTag(raw);
  if (!isTagKey(key)) return `unknown tag "#${raw.trim()}" (known: ${TAG_KEYS.join(', ')})`;
  const d = emptyDraft();
  const problem = applyTag(d, key, value, vocab);
  return problem ? `#${raw.trim()}: ${problem}` : undefined;
}
