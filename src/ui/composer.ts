import type { ChoiceOption } from '../engine/index.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** The reply area: the story's options as reply suggestions (native buttons in a labelled group). */
export class Composer {
  readonly element: HTMLElement;
  readonly #group: HTMLElement;
  readonly #t: Translate;

  constructor(t: Translate) {
    this.#t = t;
    this.#group = h('div', { className: 'choices', role: 'group', 'aria-label': t('chat.reply'), tabindex: -1 });
    this.element = h('div', { className: 'composer', hidden: true }, this.#group);
  }

  /** Offers options; the chosen one is passed to `onChoose` once, then the options go away. */
  offer(options: readonly ChoiceOption[], onChoose: (index: number) => void): void {
    const hadFocus = this.element.contains(document.activeElement) || document.activeElement === document.body;
    const buttons = options.map((option) =>
      h(
        'button',
        {
          type: 'button',
          dir: 'auto',
          onclick: () => {
            this.clear();
            this.#group.focus();
            onChoose(option.index);
          },
        },
        option.text,
      ),
    );
    this.#group.replaceChildren(
      h('span', { className: 'legend', 'aria-hidden': 'true' }, this.#t('chat.reply')),
      ...buttons,
    );
    this.element.style.maxHeight = '';
    this.element.hidden = false;
    if (hadFocus) buttons[0]?.focus();
  }

  /**
   * Gives up to `px` of its height to the conversation above (the question being answered is taller than the space
   * left), keeping at least the legend and the first line of the first option in view; the options then scroll.
   */
  shrinkBy(px: number): void {
    const first = this.#group.querySelector('button');
    if (!first) return;
    const box = this.element.getBoundingClientRect();
    const style = getComputedStyle(this.element);
    const line = Number.parseFloat(getComputedStyle(first).minHeight) || 0;
    const minimum =
      first.getBoundingClientRect().top -
      box.top +
      this.element.scrollTop +
      line +
      (Number.parseFloat(style.paddingBlockEnd) || 0);
    this.element.style.maxHeight = `${Math.floor(Math.min(box.height, Math.max(minimum, box.height - px)))}px`;
  }

  /** Points the player to the chat where a reply is awaited. */
  elsewhere(name: string, onOpen: () => void): void {
    this.#group.replaceChildren(
      h('span', { className: 'legend' }, this.#t('chat.replyElsewhere', { name })),
      h('button', { type: 'button', onclick: onOpen }, this.#t('chat.openChat')),
    );
    this.element.style.maxHeight = '';
    this.element.hidden = false;
  }

  /** Shows one action (home, debrief) instead of options, with an optional line above it. */
  action(label: string, onClick: () => void, note?: string): void {
    const button = h('button', { type: 'button', className: 'btn', onclick: onClick }, label);
    this.#group.replaceChildren(...(note ? [h('p', { role: 'status' }, note)] : []), button);
    this.element.style.maxHeight = '';
    this.element.hidden = false;
    button.focus();
  }

  clear(): void {
    this.element.style.maxHeight = '';
    this.#group.replaceChildren();
    this.element.hidden = true;
  }
}
