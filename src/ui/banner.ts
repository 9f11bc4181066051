import './banner.css';
import { avatar } from './avatar.ts';
import type { Person } from './cast.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** A notification banner for a message that arrived in another conversation; tapping it opens that chat. */
export class Banner {
  readonly element: HTMLElement;
  readonly #t: Translate;

  constructor(t: Translate) {
    this.#t = t;
    this.element = h('div', { className: 'banner-slot', role: 'status', 'aria-live': 'polite' });
  }

  show(from: Person, chatTitle: string, text: string, onOpen: () => void): HTMLElement {
    const banner = h(
      'button',
      {
        type: 'button',
        className: 'banner',
        onclick: () => {
          this.hide();
          onOpen();
        },
      },
      avatar(from, 'small'),
      h(
        'span',
        { className: 'text' },
        h('strong', { dir: 'auto' }, this.#t('chat.notification', { name: chatTitle })),
        h('span', { dir: 'auto' }, text),
      ),
    );
    this.element.replaceChildren(banner);
    return banner;
  }

  hide(): void {
    this.element.replaceChildren();
  }
}
