import './flags.css';
import './picture.css';
import type { TranscriptEntry } from '../engine/index.ts';
import { avatar } from './avatar.ts';
import type { Cast } from './cast.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** What a bubble needs besides the entry itself. */
export interface BubbleContext {
  readonly cast: Cast;
  readonly t: Translate;
  readonly isGroup: boolean;
  /** The same sender as the previous bubble: no name, tighter spacing. */
  readonly continues: boolean;
  readonly time: string;
  readonly onHelp: (topic: string) => void;
  /** Called when the player marks an incoming message as a red flag. */
  readonly onFlag?: (id: string) => void;
}

/**
 * A story picture: the drawing (an SVG made at build time, loaded when the bubble is shown) over its card, an emoji on
 * a gradient that stays when the drawing cannot load (offline before it was ever shown, blocked). One accessible name,
 * the line's text, which says what the picture shows.
 */
export function storyPicture(picture: ReturnType<Cast['picture']>, text: string): HTMLElement {
  const drawing = picture.src
    ? h('img', {
        src: picture.src,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
        draggable: 'false',
        onload: (e) => (e.currentTarget as HTMLElement).parentElement?.classList.add('drawn'),
        onerror: (e) => {
          const img = e.currentTarget as HTMLElement;
          img.parentElement?.classList.remove('drawn');
          img.remove();
        },
      })
    : false;
  return h(
    'span',
    {
      className: 'picture',
      role: 'img',
      'aria-label': text,
      style: `background:linear-gradient(135deg,${picture.from},${picture.to})`,
    },
    h('span', { className: 'picture-symbol', 'aria-hidden': 'true' }, picture.symbol),
    drawing,
  );
}

function message(entry: Extract<TranscriptEntry, { kind: 'message' }>, c: BubbleContext): HTMLElement {
  const mine = entry.from === 'me';
  const name = mine ? c.t('chat.you') : c.cast.person(entry.from).name;
  const showName = !mine && c.isGroup && !c.continues;
  const picture = entry.image ? c.cast.picture(entry.image) : undefined;
  return h(
    'div',
    {
      className: `item bubble ${mine ? 'out' : 'in'}${c.continues ? ' cont' : ''}`,
      'data-id': entry.id,
      lang: c.cast.lang,
      dir: 'auto',
    },
    // The name carries its own direction, so that the bubble's `dir="auto"` follows the message, not a Latin username.
    // In a group, the first of a run of messages shows the sender's face beside their name.
    showName
      ? h(
          'span',
          // Its own direction (like the name's): the initials under the face must not set the bubble's.
          { className: 'sender-line', dir: 'auto' },
          avatar(c.cast.person(entry.from), 'small'),
          h('span', { className: 'sender', dir: 'auto', style: `--person:${c.cast.person(entry.from).color}` }, name),
        )
      : h('span', { className: 'visually-hidden', dir: 'auto' }, `${name}: `),
    picture ? storyPicture(picture, entry.text) : false,
    // The picture's name is the line's text: the caption shows it and is not read a second time.
    picture ? h('span', { className: 'caption', 'aria-hidden': 'true' }, entry.text) : entry.text,
    mine || !c.onFlag
      ? false
      : h(
          'button',
          {
            type: 'button',
            className: 'flag-btn',
            tabindex: -1,
            'aria-label': c.t('flag.mark', { name }),
            'aria-pressed': 'false',
            onclick: () => c.onFlag?.(entry.id),
          },
          '⚑',
        ),
    h(
      'span',
      { className: 'meta' },
      h('time', {}, c.time),
      mine ? h('span', { className: 'receipt', 'data-state': 'sent', title: c.t('chat.sent') }, '✓') : false,
      mine ? h('span', { className: 'visually-hidden receipt-text' }, c.t('chat.sent')) : false,
    ),
  );
}

function card(entry: Exclude<TranscriptEntry, { kind: 'message' | 'system' }>, c: BubbleContext): HTMLElement {
  switch (entry.kind) {
    case 'counter': {
      const v = c.cast.voice(entry.voice);
      return h(
        'div',
        { className: 'item card counter', 'data-id': entry.id, lang: c.cast.lang, dir: c.cast.dir },
        h('span', { className: 'who' }, avatar(v, 'small'), c.t('chat.counter', { name: v.name, role: v.role })),
        h('p', {}, entry.text),
      );
    }
    case 'help':
      return h(
        'div',
        {
          className: `item card help${entry.topic === 'distress' ? ' distress' : ''}`,
          'data-id': entry.id,
          'data-topic': entry.topic,
          lang: c.cast.lang,
          dir: c.cast.dir,
        },
        h('p', {}, entry.text),
        h(
          'div',
          { className: 'actions' },
          h(
            'button',
            { type: 'button', className: 'btn secondary', onclick: () => c.onHelp(entry.topic) },
            c.t(helpLabelKey(entry.topic)),
          ),
        ),
      );
    case 'ending':
      return h(
        'div',
        { className: 'item card ending', 'data-id': entry.id, lang: c.cast.lang, dir: c.cast.dir },
        h('strong', {}, `${c.t('chat.ending')} · ${c.cast.endingTitle(entry.ending)}`),
        h('p', {}, entry.text),
      );
  }
}

/** The element for one transcript entry: a bubble, a system line or a card. Text is only ever set as text. */
export function renderEntry(entry: TranscriptEntry, c: BubbleContext): HTMLElement {
  if (entry.kind === 'message') return message(entry, c);
  if (entry.kind === 'system') {
    // The story's language sets the direction, not the first letter: "Clipo · 214 ألف مشاهدة" reads right to left
    // with the number beside its words.
    const attrs = { className: 'item system-line', 'data-id': entry.id, lang: c.cast.lang, dir: c.cast.dir };
    return h('p', attrs, entry.text);
  }
  return card(entry, c);
}

/** A distress card names who helps when you feel bad; other help cards open the Help panel. */
function helpLabelKey(topic: string): string {
  return topic === 'distress' ? 'chat.help.distress' : 'chat.help';
}
