/** Ids that content authors write, branded so that a chat id cannot be passed where a speaker id is expected. */
export type SpeakerId = string & { readonly brand: 'SpeakerId' };
export type ChatId = string & { readonly brand: 'ChatId' };
export type TechniqueId = string & { readonly brand: 'TechniqueId' };
export type VoiceId = string & { readonly brand: 'VoiceId' };
export type EndingId = string & { readonly brand: 'EndingId' };
export type ImageId = string & { readonly brand: 'ImageId' };
/** A message's place in the transcript (`m1`, `m2`…): stable across save and restore. */
export type MessageId = string & { readonly brand: 'MessageId' };
/** A choice point's id, the same in every language of a scenario (`knot.stitch#n`). */
export type ChoicePointId = string & { readonly brand: 'ChoicePointId' };

/** The player, as a sender. */
export const PLAYER = 'me' as SpeakerId;

/** The four recruitment stages, in order. */
export const STAGES = ['target', 'trust', 'isolate', 'activate'] as const;
export type Stage = (typeof STAGES)[number];

/** Topics a help card can open the help panel at. */
export const HELP_TOPICS = ['trusted-adult', 'helpline', 'report', 'emergency', 'support-friend', 'distress'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** Pacing hints from the script; the presentation decides the actual timing. */
export interface Pace {
  /** Seconds the sender types before the message arrives; absent means "from the text length". */
  readonly typing?: number;
  /** Seconds of silence before the message. */
  readonly delay?: number;
}

/** One option of a choice point. */
export interface ChoiceOption {
  readonly index: number;
  readonly text: string;
}

/** What the engine tells the presentation, one batch per `next()`. */
export type ChatEvent =
  | {
      readonly kind: 'message';
      readonly id: MessageId;
      readonly chat: ChatId;
      readonly from: SpeakerId;
      readonly text: string;
      readonly techniques: readonly TechniqueId[];
      readonly image?: ImageId;
      readonly pace: Pace;
      /** The game invites the player to check this message for red flags. */
      readonly promptFlag: boolean;
      /** The message voices hopelessness (#distress): the debrief shows the distress card. */
      readonly distress?: true;
      /** A friend or family member checks in on someone who voiced distress (#checkin). */
      readonly checkin?: true;
      /** What the recruiter wanted from the player with this line (#aim), for the playbook after the ending. */
      readonly aim?: string;
      /** The recruitment stage the story was in when a manipulative line (one with techniques) arrived. */
      readonly stage?: Stage;
    }
  | {
      readonly kind: 'system';
      readonly id: MessageId;
      readonly chat: ChatId;
      readonly text: string;
      readonly pace: Pace;
      /** The notice voices hopelessness (#distress), e.g. the player's own post: the debrief shows the distress card. */
      readonly distress?: true;
      /** Someone left or joined this group chat (tags `left:` / `joined:`), so its member list changes. */
      readonly membership?: Membership;
    }
  | { readonly kind: 'counter'; readonly id: MessageId; readonly voice: VoiceId; readonly text: string }
  | { readonly kind: 'help'; readonly id: MessageId; readonly topic: HelpTopic; readonly text: string }
  | { readonly kind: 'stage'; readonly stage: Stage }
  | { readonly kind: 'choices'; readonly point: ChoicePointId; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'ending'; readonly id: MessageId; readonly ending: EndingId; readonly text: string }
  | { readonly kind: 'end' }
  | { readonly kind: 'error'; readonly message: string };

/** Events that are kept in the transcript and can be shown again after a restore. */
export type TranscriptEntry = Extract<ChatEvent, { readonly id: MessageId }>;

/** A choice the player made, kept for the debrief and for replaying from that point. */
export interface ChoiceRecord {
  readonly point: ChoicePointId;
  readonly index: number;
  readonly options: readonly ChoiceOption[];
  /** Transcript length when the choice was offered: where a replay from this choice starts. */
  readonly atMessage: number;
}

/** A change in a group chat's members, told by a system line ("Walid left the group"). */
export interface Membership {
  readonly kind: 'left' | 'joined';
  readonly who: SpeakerId;
}
