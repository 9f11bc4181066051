import { avatar } from './avatar.ts';
import type { ChatInfo } from './cast.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

interface Row {
  readonly button: HTMLButtonElement;
  readonly last: HTMLElement;
  readonly badge: HTMLElement;
  unread: number;
}

/** The list of conversations: avatar, name, last line and an unread badge for each. */
export class ChatListView {
  readonly element: HTMLElement;
  readonly #rows = new Map<string, Row>();
  readonly #t: Translate;

  constructor(chats: readonly ChatInfo[], t: Translate, onOpen: (id: string) => void) {
    this.#t = t;
    this.element = h('ul', { className: 'chat-list', 'aria-label': t('chat.list') });
    for (const chat of chats) {
      const last = h('span', { className: 'last' }, t('chat.noMessages'));
      const badge = h('span', { className: 'badge', hidden: true });
      const button = h(
        'button',
        { type: 'button', 'data-chat': chat.id, onclick: () => onOpen(chat.id) },
        avatar(chat.avatar),
        h('span', { className: 'who' }, h('span', { className: 'name', dir: 'auto' }, chat.title), last),
        badge,
      );
      this.#rows.set(chat.id, { button, last, badge, unread: 0 });
      this.element.append(h('li', { hidden: true, 'data-chat': chat.id }, button));
    }
  }

  /** Shows a chat in the list (chats appear once something happens in them) with its latest line. */
  update(id: string, lastLine: string, unread: boolean): void {
    const row = this.#rows.get(id);
    if (!row) return;
    row.button.parentElement?.removeAttribute('hidden');
    row.last.textContent = lastLine;
    // Only opening the chat (or replying in it) reads it: a system line arriving meanwhile keeps the count.
    if (unread) row.unread += 1;
    this.#renderBadge(row);
    // The most recent conversation moves to the top, as in a phone's chat list.
    const item = row.button.parentElement;
    if (item && this.element.firstElementChild !== item) this.element.prepend(item);
  }

  markRead(id: string): void {
    const row = this.#rows.get(id);
    if (!row) return;
    row.unread = 0;
    this.#renderBadge(row);
  }

  setCurrent(id: string | undefined): void {
    for (const [chat, row] of this.#rows) row.button.setAttribute('aria-current', String(chat === id));
  }

  unread(id: string): number {
    return this.#rows.get(id)?.unread ?? 0;
  }

  /** Unread messages in every chat but one (the open one). */
  totalUnread(except?: string): number {
    let total = 0;
    for (const [chat, row] of this.#rows) if (chat !== except) total += row.unread;
    return total;
  }

  #renderBadge(row: Row): void {
    row.badge.hidden = row.unread === 0;
    row.badge.textContent = String(row.unread);
    row.badge.setAttribute('aria-label', this.#t('chat.unread', { count: row.unread }));
  }
}
