import { avatar } from './avatar.ts';
import type { Person } from './cast.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** A message as the lock screen shows it: who sent it, in which chat, its first words and the story time. */
export interface LockNotification {
  readonly chat: string;
  readonly chatTitle: string;
  readonly from: Person;
  readonly text: string;
  readonly time: string;
}

/** What the lock screen needs: its words, the story clock and date, and where a tapped notification goes. */
export interface LockScreenOptions {
  readonly t: Translate;
  readonly time: string;
  readonly date: string;
  readonly onOpen: (chat: string) => void;
}

/** How many words of a message a notification shows, as a phone's preview does. */
const PREVIEW_WORDS = 12;
/** Notifications kept on screen; older ones make room (their chats still hold every message). */
const MAX_SHOWN = 4;

/** The first words of a message, with "…" when there is more. */
export function previewOf(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')}…` : text.trim();
}

/**
 * The phone's lock screen, where a new story starts: the story's clock and date, and its first messages arriving as
 * notifications. Each notification is a button (in a list, newest first); tapping it, or Enter/Space on it, opens the
 * chat app at that chat. Focus goes to the first notification when it arrives, and a screen reader hears each
 * following one ("Notification from Anas: …").
 */
export class LockScreen {
  readonly element: HTMLElement;
  readonly #o: LockScreenOptions;
  readonly #clock: HTMLElement;
  readonly #title: HTMLElement;
  readonly #list: HTMLElement;
  readonly #hint: HTMLElement;
  readonly #announcer = h('p', { className: 'visually-hidden', role: 'status' });

  constructor(o: LockScreenOptions) {
    this.#o = o;
    this.#clock = h('time', { className: 'lock-clock' }, o.time);
    this.#title = h('h1', { className: 'visually-hidden', tabindex: -1 }, o.t('lock.title'));
    this.#list = h('ul', { className: 'notifications', 'aria-label': o.t('lock.notifications') });
    this.#hint = h('p', { className: 'lock-hint', hidden: true }, o.t('lock.hint'));
    this.element = h(
      'section',
      { className: 'lock-screen', 'aria-labelledby': 'lock-title' },
      this.#title,
      h('div', { className: 'lock-time' }, this.#clock, h('p', { className: 'lock-date' }, o.date)),
      this.#list,
      this.#hint,
      this.#announcer,
    );
    this.#title.id = 'lock-title';
  }

  /** Moves focus to the lock screen (its first notification, else its title). */
  focus(): void {
    (this.#list.querySelector<HTMLElement>('button') ?? this.#title).focus();
  }

  setTime(time: string): void {
    this.#clock.textContent = time;
  }

  /** A message arrives: its notification goes on top; the first one takes focus if the player was on this screen. */
  notify(n: LockNotification): void {
    const t = this.#o.t;
    const label = t('lock.notification', { name: n.from.name, text: n.text });
    // The button's name is its text, read in order: "Notification from Anas: first words · chat 21:10" (the
    // words around the name come from the same string as the announcement, hidden on screen).
    const NAME = '{{name}}';
    // The name and the message isolate their own direction (dir="auto"): the marks t() puts around values go.
    const template = t('lock.notification', { name: NAME, text: '{{text}}' }).replace(/[\u2066-\u2069]/g, '');
    const before = template.slice(0, template.indexOf(NAME));
    const between = template.slice(template.indexOf(NAME) + NAME.length, template.indexOf('{{text}}'));
    const button = h(
      'button',
      { type: 'button', className: 'notification', 'data-chat': n.chat, onclick: () => this.#o.onOpen(n.chat) },
      avatar(n.from),
      h(
        'span',
        { className: 'body' },
        h('span', { className: 'visually-hidden' }, before),
        h('strong', { className: 'from', dir: 'auto' }, n.from.name),
        h('span', { className: 'visually-hidden' }, between),
        h('span', { className: 'preview', dir: 'auto' }, previewOf(n.text)),
        n.chatTitle === n.from.name ? false : h('span', { className: 'where', dir: 'auto' }, ` · ${n.chatTitle}`),
        h('time', {}, ` ${n.time}`),
      ),
    );
    const wasEmpty = this.#list.childElementCount === 0;
    const focusHere = wasEmpty && (document.activeElement === this.#title || !this.element.isConnected);
    this.#list.prepend(h('li', {}, button));
    while (this.#list.childElementCount > MAX_SHOWN) this.#list.lastElementChild?.remove();
    this.#hint.hidden = false;
    if (focusHere && this.element.isConnected) button.focus();
    else this.#announcer.textContent = label;
  }
}
