import type { TranscriptEntry } from '../engine/index.ts';
import { type BubbleContext, renderEntry } from './bubble.ts';
import { h, prefersReducedMotion } from './dom.ts';
import type { Translate } from './strings.ts';

/** How close to the bottom (px) still counts as "at the bottom": new messages then keep the view there. */
const STICK_PX = 48;

/**
 * One conversation's messages: a `role="log"` region that announces new messages politely, keeps the view at the
 * bottom unless the player scrolled up (then a "new messages" chip appears), and stays fast with thousands of
 * messages (off-screen bubbles are skipped by `content-visibility`).
 */
export class FeedView {
  readonly element: HTMLElement;
  readonly #log: HTMLElement;
  readonly #chip: HTMLButtonElement;
  readonly #typing: HTMLElement;
  readonly #t: Translate;
  #lastSender: string | undefined;
  #count = 0;

  constructor(label: string, t: Translate) {
    this.#t = t;
    this.#log = h('div', {
      className: 'feed',
      role: 'log',
      'aria-live': 'polite',
      'aria-label': label,
      tabindex: 0,
    });
    this.#log.append(h('p', { className: 'date-sep item' }, t('chat.today')));
    this.#typing = h('div', { className: 'typing', 'aria-hidden': 'true', hidden: true });
    this.#chip = h('button', { type: 'button', className: 'btn new-chip', hidden: true }, `${t('chat.newMessages')} ↓`);
    this.#chip.addEventListener('click', () => this.scrollToEnd());
    this.#log.addEventListener('scroll', () => {
      if (this.isAtBottom()) this.#chip.hidden = true;
    });
    this.element = h('div', { className: 'feed-wrap', style: 'display:contents' }, this.#log, this.#chip);
  }

  /** Number of entries shown. */
  get size(): number {
    return this.#count;
  }

  isAtBottom(): boolean {
    const l = this.#log;
    return l.scrollHeight - l.scrollTop - l.clientHeight <= STICK_PX;
  }

  scrollToEnd(): void {
    this.#log.scrollTop = this.#log.scrollHeight;
    this.#chip.hidden = true;
  }

  /** Adds an entry at the end; `animate` plays the arrival (or send) animation unless motion is reduced. */
  append(entry: TranscriptEntry, context: Omit<BubbleContext, 'continues'>, animate: boolean): HTMLElement {
    const stick = this.isAtBottom();
    const sender = entry.kind === 'message' ? entry.from : undefined;
    const el = renderEntry(entry, { ...context, continues: sender !== undefined && sender === this.#lastSender });
    this.#lastSender = sender;
    if (entry.kind === 'message' && entry.from !== 'me') this.#markRead();
    if (animate && !prefersReducedMotion()) el.classList.add(sender === 'me' ? 'send' : 'arrive');
    this.#log.insertBefore(el, this.#typing.isConnected ? this.#typing : null);
    this.#count++;
    if (stick || sender === 'me') this.scrollToEnd();
    else this.#chip.hidden = false;
    return el;
  }

  /** Shows "… is typing" dots at the end of the feed (hidden from screen readers; the header status says it). */
  showTyping(name: string): void {
    this.#typing.replaceChildren(
      h('span', { className: 'dots' }, h('span'), h('span'), h('span')),
      h('span', {}, this.#t('chat.typingNamed', { name })),
    );
    this.#typing.hidden = false;
    const stick = this.isAtBottom();
    this.#log.append(this.#typing);
    if (stick) this.scrollToEnd();
  }

  hideTyping(): void {
    this.#typing.hidden = true;
    this.#typing.remove();
  }

  /** The player's earlier messages are read once the other side answers. */
  #markRead(): void {
    for (const receipt of this.#log.querySelectorAll<HTMLElement>('.receipt[data-state="sent"]')) {
      receipt.dataset.state = 'read';
      receipt.textContent = '✓✓';
      receipt.title = this.#t('chat.read');
      const text = receipt.nextElementSibling;
      if (text) text.textContent = this.#t('chat.read');
    }
  }
}
