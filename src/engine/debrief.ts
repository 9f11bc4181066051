import {
  type ChoiceRecord,
  type EndingId,
  type MessageId,
  STAGES,
  type Stage,
  type TechniqueId,
  type TranscriptEntry,
  type VoiceId,
} from './types.ts';

/** One technique the player met: spotted if they flagged at least one message showing it. */
export interface TechniqueMet {
  readonly technique: TechniqueId;
  readonly spotted: boolean;
  /** The messages that showed it, in order; the first is the one the debrief quotes. */
  readonly messages: readonly MessageId[];
}

/** What the debrief shows: built from a transcript, the flags and the choices, never retyped. */
export interface DebriefModel {
  readonly ending?: { readonly id: EndingId; readonly text: string };
  /** The recruitment stages, each marked reached or not. */
  readonly stages: readonly { readonly stage: Stage; readonly reached: boolean }[];
  readonly techniques: readonly TechniqueMet[];
  /** Ordinary messages the player flagged: not a mistake, a chance to talk about discernment. */
  readonly ordinaryFlags: readonly MessageId[];
  readonly choices: readonly ChoiceRecord[];
  readonly voices: readonly { readonly voice: VoiceId; readonly text: string }[];
  readonly score: { readonly spotted: number; readonly met: number };
  /** Someone on the path voiced hopelessness (#distress): the debrief shows the distress card. */
  readonly hadDistress: boolean;
}

/** What the debrief reads from a finished (or stopped) game. */
export interface DebriefInput {
  readonly transcript: readonly TranscriptEntry[];
  readonly flags: readonly MessageId[];
  readonly choices: readonly ChoiceRecord[];
  readonly stages: readonly Stage[];
}

/** Builds the debrief: techniques met (spotted vs missed), stages reached, choices, and the credible voices heard. */
export function buildDebrief(input: DebriefInput): DebriefModel {
  const flagged = new Set(input.flags);
  const met = new Map<TechniqueId, { spotted: boolean; messages: MessageId[] }>();
  const ordinaryFlags: MessageId[] = [];
  for (const entry of input.transcript) {
    if (entry.kind !== 'message' || entry.from === 'me') continue;
    if (entry.techniques.length === 0 && flagged.has(entry.id)) ordinaryFlags.push(entry.id);
    for (const technique of entry.techniques) {
      const record = met.get(technique) ?? { spotted: false, messages: [] };
      record.messages.push(entry.id);
      record.spotted ||= flagged.has(entry.id);
      met.set(technique, record);
    }
  }
  const techniques = [...met].map(([technique, r]) => ({ technique, spotted: r.spotted, messages: r.messages }));
  const ending = input.transcript.find((e) => e.kind === 'ending');
  const reached = new Set(input.stages);
  return {
    ...(ending?.kind === 'ending' ? { ending: { id: ending.ending, text: ending.text } } : {}),
    stages: STAGES.map((stage) => ({ stage, reached: reached.has(stage) })),
    techniques,
    ordinaryFlags,
    choices: input.choices,
    voices: input.transcript.flatMap((e) => (e.kind === 'counter' ? [{ voice: e.voice, text: e.text }] : [])),
    score: { spotted: techniques.filter((t) => t.spotted).length, met: techniques.length },
    hadDistress: input.transcript.some((e) => (e.kind === 'message' || e.kind === 'system') && e.distress === true),
  };
}

/** One message of the sorting exercise. */
export interface SortItem {
  readonly id: MessageId;
  readonly isManipulation: boolean;
  readonly techniques: readonly TechniqueId[];
}

/** What a new round of the sorting exercise avoids: messages already sorted, and which round it is. */
export interface SortRound {
  /** Messages sorted in earlier rounds: drawn only once every other message has been. */
  readonly seen?: ReadonlySet<MessageId>;
  /** The round's number (0 first): reshuffles the messages already seen. */
  readonly round?: number;
}

/**
 * Picks messages for the sorting exercise from what the player read: half showing a technique (different techniques
 * first), half ordinary (from people who never manipulate in the story), interleaved so both kinds alternate
 * irregularly. A later round takes messages not seen yet first, then the seen ones reshuffled. Deterministic for a
 * transcript and round.
 */
export function pickSortItems(
  transcript: readonly TranscriptEntry[],
  count = 8,
  { seen = new Set(), round = 0 }: SortRound = {},
): SortItem[] {
  const incoming = transcript.filter(
    (e): e is Extract<TranscriptEntry, { kind: 'message' }> => e.kind === 'message' && e.from !== 'me' && !e.image,
  );
  const techniques = new Set<TechniqueId>();
  const manipulative = incoming.filter((e) => e.techniques.length > 0);
  const fresh = manipulative.filter((e) => !seen.has(e.id));
  const varied = [
    ...fresh.filter((e) => e.techniques.some((t) => !techniques.has(t) && techniques.add(t))),
    ...fresh,
    ...shuffle(
      manipulative.filter((e) => seen.has(e.id)),
      round,
    ),
  ].filter((e, i, all) => all.indexOf(e) === i);
  // An untagged line from someone who manipulates elsewhere ("how old are you?") is not a safe "ordinary" answer:
  // it may be a probe. Ordinary cards come only from people who never showed a technique.
  const manipulators = new Set(manipulative.map((e) => e.from));
  const ordinary = incoming.filter(
    (e) => e.techniques.length === 0 && !manipulators.has(e.from) && [...e.text].length >= 12,
  );
  const half = Math.floor(count / 2);
  const bad = varied.slice(0, Math.max(half, count - Math.min(half, ordinary.length)));
  const wantGood = count - Math.min(bad.length, count);
  const freshGood = spread(
    ordinary.filter((e) => !seen.has(e.id)),
    wantGood,
  );
  const good = [
    ...freshGood,
    ...shuffle(
      ordinary.filter((e) => seen.has(e.id)),
      round,
    ).slice(0, wantGood - freshGood.length),
  ];
  const items: SortItem[] = [];
  const pattern = [true, false, false, true, false, true, true, false];
  while (bad.length + good.length > 0 && items.length < count) {
    const wantBad = pattern[items.length % pattern.length] ?? true;
    const next = (wantBad && bad.length) || !good.length ? bad.shift() : good.shift();
    if (!next) break;
    items.push({ id: next.id, isManipulation: next.techniques.length > 0, techniques: next.techniques });
  }
  return items;
}

/** A copy of a list in an order fixed by a seed (Fisher–Yates on a small linear congruential generator). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = (seed * 2654435761 + 1) >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Takes `n` items spread evenly over a list (so not all from the first minutes of the story). */
function spread<T>(list: readonly T[], n: number): T[] {
  if (n <= 0) return [];
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]).filter(
    (x): x is T => x !== undefined,
  );
}
