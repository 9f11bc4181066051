import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** The conversation's back arrow, with a badge for the unread messages waiting in the other chats. */
export class BackButton {
  readonly element: HTMLButtonElement;
  readonly #badge: HTMLElement;
  readonly #t: Translate;

  constructor(t: Translate, dir: 'ltr' | 'rtl', onClick: () => void) {
    this.#t = t;
    this.#badge = h('span', { className: 'badge', 'aria-hidden': 'true', hidden: true });
    this.element = h(
      'button',
      { type: 'button', className: 'icon-btn back', 'aria-label': t('chat.back'), onclick: onClick },
      dir === 'rtl' ? '→' : '←',
      this.#badge,
    );
  }

  /** Shows the unread total of the other chats, in the badge and in the button's accessible name. */
  render(unreadElsewhere: number): void {
    this.#badge.hidden = unreadElsewhere === 0;
    this.#badge.textContent = String(unreadElsewhere);
    this.element.setAttribute(
      'aria-label',
      unreadElsewhere === 0 ? this.#t('chat.back') : this.#t('chat.backUnread', { count: unreadElsewhere }),
    );
  }
}
