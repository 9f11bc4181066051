import type { MessageId, SpeakerId, Stage, TechniqueId, TranscriptEntry } from './types.ts';

/** The hidden plan behind one manipulative line: the stage, the techniques, the aim, and whether the player flagged it. */
export interface LinePlan {
  readonly stage?: Stage;
  readonly techniques: readonly TechniqueId[];
  /** What the sender wanted from the player at that moment (#aim); absent in a game saved before aims were written. */
  readonly aim?: string;
  /** The player flagged this line. Flagging a manipulative line names its techniques, so a flag is always right. */
  readonly flagged: boolean;
}

/** One line of the conversation the player had, with the plan behind it when it was manipulative. */
export type PlaybookEntry =
  | {
      readonly kind: 'message';
      readonly id: MessageId;
      readonly chat: string;
      readonly from: SpeakerId;
      readonly text: string;
      readonly isImage: boolean;
      /** The picture's image id, when the line is a picture (`#image:`). */
      readonly image?: string;
      readonly plan?: LinePlan;
      /** An ordinary message the player flagged: worth saying it was fine. */
      readonly flaggedOrdinary: boolean;
    }
  | { readonly kind: 'system'; readonly id: MessageId; readonly chat: string; readonly text: string };

/** "See what he was doing": the conversation replayed with the plan beside each manipulative line. */
export interface PlaybookModel {
  readonly entries: readonly PlaybookEntry[];
  /** How many lines had a plan, and how many of those the player flagged. */
  readonly planned: number;
  readonly flagged: number;
  /** Who sent the most manipulative lines on this path (the button names them); absent when nobody did. */
  readonly mainSender?: SpeakerId;
}

/**
 * Builds the playbook from a finished game's transcript and flags: every message and app notice in the order the
 * player saw them (counter-narrative and help cards are the game's voice, not the conversation), each manipulative
 * line with its plan.
 */
export function buildPlaybook(input: {
  readonly transcript: readonly TranscriptEntry[];
  readonly flags: readonly MessageId[];
}): PlaybookModel {
  const flagged = new Set(input.flags);
  const senders = new Map<SpeakerId, number>();
  const entries = input.transcript.flatMap((e): PlaybookEntry[] => {
    if (e.kind === 'system') return [{ kind: 'system', id: e.id, chat: e.chat, text: e.text }];
    if (e.kind !== 'message') return [];
    const manipulative = e.from !== 'me' && e.techniques.length > 0;
    if (manipulative) senders.set(e.from, (senders.get(e.from) ?? 0) + 1);
    const plan: LinePlan | undefined = manipulative
      ? {
          ...(e.stage ? { stage: e.stage } : {}),
          techniques: e.techniques,
          ...(e.aim ? { aim: e.aim } : {}),
          flagged: flagged.has(e.id),
        }
      : undefined;
    return [
      {
        kind: 'message',
        id: e.id,
        chat: e.chat,
        from: e.from,
        text: e.text,
        isImage: e.image !== undefined,
        ...(e.image !== undefined ? { image: e.image } : {}),
        ...(plan ? { plan } : {}),
        flaggedOrdinary: !manipulative && flagged.has(e.id),
      },
    ];
  });
  const plans = entries.flatMap((e) => (e.kind === 'message' && e.plan ? [e.plan] : []));
  const mainSender = [...senders].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    entries,
    planned: plans.length,
    flagged: plans.filter((p) => p.flagged).length,
    ...(mainSender ? { mainSender } : {}),
  };
}
