import type { LineTags } from './tag-parser.ts';
import { type ChatId, type MessageId, type Pace, PLAYER, type Stage, type TranscriptEntry } from './types.ts';

/**
 * Turns one line of ink output and its parsed tags into the event it stands for. `stage` is the recruitment stage the
 * story is in; a manipulative message keeps it for the playbook.
 */
export function lineToEvent(text: string, tags: LineTags, id: MessageId, chat: ChatId, stage?: Stage): TranscriptEntry {
  const pace: Pace = {
    ...(tags.typing === undefined ? {} : { typing: tags.typing }),
    ...(tags.delay === undefined ? {} : { delay: tags.delay }),
  };
  if (tags.ending) return { kind: 'ending', id, ending: tags.ending, text };
  if (tags.counter) return { kind: 'counter', id, voice: tags.counter, text };
  if (tags.help) return { kind: 'help', id, topic: tags.help, text };
  const distress = tags.isDistress ? { distress: true as const } : {};
  const membership = tags.membership ? { membership: tags.membership } : {};
  if (tags.isSystem) return { kind: 'system', id, chat, text, pace, ...distress, ...membership };
  return {
    kind: 'message',
    id,
    chat,
    from: tags.from ?? PLAYER,
    text,
    techniques: tags.techniques,
    ...(tags.image ? { image: tags.image } : {}),
    pace,
    promptFlag: tags.promptFlag,
    ...distress,
    ...(tags.isCheckin ? { checkin: true as const } : {}),
    ...(tags.aim === undefined ? {} : { aim: tags.aim }),
    ...(stage && tags.techniques.length > 0 ? { stage } : {}),
  };
}
