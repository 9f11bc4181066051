import './chat.css';
import type { FlagOutcome, TranscriptEntry } from '../engine/index.ts';
import { type BubbleContext, renderEntry } from './bubble.ts';
import type { Cast } from './cast.ts';
import { h, prefersReducedMotion } from './dom.ts';
import { divider, listenForSkip, SKIP_HINT_ID } from './feed-marks.ts';
import { renderFlagFeedback } from './flag-feedback.ts';
import type { Translate } from './strings.ts';

/** How long a press on a message marks it as a red flag (touch and mouse). */
const LONG_PRESS_MS = 550;

/** Messages per chunk: older chunks are skipped by layout and paint while off screen. */
const CHUNK_SIZE = 40;

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
  #chunk: HTMLElement | undefined;
  #chunkSize = 0;
  #unreadReceipts: HTMLElement[] = [];
  /**
   * A scroll to the end is due before the next paint: entries added in one go (a batch shown at once, a resumed game)
   * scroll once, so layout runs once for them, not once per message (on a slow phone each layout of a long chat costs).
   */
  #scrollDue = false;

  /** `onSkip`: the player tapped the conversation or pressed Space/Enter on it, to skip the current wait. */
  constructor(label: string, t: Translate, onSkip: () => void = () => {}) {
    this.#t = t;
    this.#log = h('div', {
      className: 'feed',
      role: 'log',
      'aria-live': 'polite',
      'aria-label': label,
      'aria-describedby': SKIP_HINT_ID,
      tabindex: 0,
    });
    listenForSkip(this.#log, onSkip);
    this.#log.append(h('p', { className: 'date-sep item' }, t('chat.today')));
    this.#typing = h('div', { className: 'typing', 'aria-hidden': 'true', hidden: true });
    this.#chip = h('button', { type: 'button', className: 'btn new-chip', hidden: true }, `${t('chat.newMessages')} ↓`);
    this.#chip.addEventListener('click', () => this.scrollToEnd());
    this.#log.addEventListener('scroll', () => {
      if (this.isAtBottom()) this.#chip.hidden = true;
    });
    this.element = h('div', { className: 'feed-wrap' }, this.#log, this.#chip);
    this.#log.addEventListener('keydown', (e) => this.#onKey(e));
  }

  /** Arrow keys move between the messages' red-flag buttons; the feed stays one tab stop. */
  #onKey(e: KeyboardEvent): void {
    const keys = ['ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const buttons = [...this.#log.querySelectorAll<HTMLButtonElement>('.flag-btn')];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next: number;
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else if (at < 0) next = e.key === 'ArrowUp' ? buttons.length - 1 : 0;
    else next = Math.min(buttons.length - 1, Math.max(0, at + (e.key === 'ArrowUp' ? -1 : 1)));
    e.preventDefault();
    buttons[next]?.focus();
  }

  /** A long press on an incoming message flags it, as the ⚑ button does. */
  #longPress(el: HTMLElement, onFlag: () => void): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      clearTimeout(timer);
      timer = undefined;
    };
    el.addEventListener('pointerdown', (e) => {
      if ((e.target as HTMLElement).closest('button, a, summary')) return;
      cancel();
      timer = setTimeout(onFlag, LONG_PRESS_MS);
    });
    for (const type of ['pointerup', 'pointerleave', 'pointercancel', 'pointermove']) el.addEventListener(type, cancel);
  }

  /** Shows the answer to a red flag under its message and marks the message flagged. */
  showFlag(id: string, outcome: FlagOutcome, cast: Cast): void {
    const bubble = this.#log.querySelector<HTMLElement>(`[data-id="${id}"]`);
    if (!bubble || bubble.classList.contains('flagged')) return;
    bubble.classList.add('flagged');
    const button = bubble.querySelector('.flag-btn');
    button?.setAttribute('aria-pressed', 'true');
    // Not a live region of its own: added inside the log, it is announced once, as a new entry of the log.
    const feedback = renderFlagFeedback(outcome, cast, this.#t);
    bubble.after(feedback);
    feedback.scrollIntoView?.({ block: 'nearest' });
  }

  /**
   * The reward for a red flag caught right: the message glows once (CSS, off under reduced motion) and the new
   * field-guide cards are named under the answer, with a way to open the guide. Added to the log with the answer (in
   * the same task), it is said once with it; nothing else repeats it.
   */
  reward(id: string, lines: readonly string[], open?: { readonly label: string; readonly onOpen: () => void }): void {
    const bubble = this.#log.querySelector<HTMLElement>(`[data-id="${id}"]`);
    if (!bubble || !lines.length) return;
    bubble.classList.add('caught');
    const feedback = bubble.nextElementSibling?.classList.contains('flag-feedback')
      ? bubble.nextElementSibling
      : bubble;
    feedback.append(
      h(
        'div',
        { className: 'guide-new' },
        h('span', { className: 'card-icon', 'aria-hidden': 'true' }, '🃏'),
        ...lines.map((line) => h('p', {}, line)),
        open ? h('button', { type: 'button', className: 'btn secondary', onclick: open.onOpen }, open.label) : false,
      ),
    );
    feedback.scrollIntoView?.({ block: 'nearest' });
  }

  /** Number of entries shown. */
  get size(): number {
    return this.#count;
  }

  isAtBottom(): boolean {
    if (this.#scrollDue) return true;
    const l = this.#log;
    return l.scrollHeight - l.scrollTop - l.clientHeight <= STICK_PX;
  }

  scrollToEnd(): void {
    this.#scrollDue = false;
    this.#log.scrollTop = this.#log.scrollHeight;
    this.#chip.hidden = true;
  }

  /** Scrolls to the end before the next paint (once, however many entries are added until then). */
  #scrollToEndSoon(): void {
    this.#chip.hidden = true;
    if (this.#scrollDue) return;
    this.#scrollDue = true;
    requestAnimationFrame(() => {
      if (this.#scrollDue) this.scrollToEnd();
    });
  }

  /**
   * Shows the chat as the player opens it: with unread messages, an "N unread" divider above the first of them,
   * scrolled to the top of the view; otherwise at the end.
   */
  openAt(unread: number): void {
    this.#log.querySelector('.unread-sep')?.remove();
    const incoming = [...this.#log.querySelectorAll<HTMLElement>('.bubble.in')];
    const first = unread > 0 ? incoming[incoming.length - unread] : undefined;
    const sep = first ? divider('unread-sep', this.#t('chat.unread', { count: unread })) : undefined;
    if (sep) first?.before(sep);
    // At the end: before the next paint (a batch shown with it then costs one layout, not two).
    if (!sep) {
      this.#scrollToEndSoon();
      return;
    }
    // A feed just put back into the page loses its scroll position at the next layout: place it now and again then.
    const place = () => {
      this.#scrollDue = false;
      this.#log.scrollTop += sep.getBoundingClientRect().top - this.#log.getBoundingClientRect().top - 8;
      this.#chip.hidden = this.isAtBottom();
    };
    place();
    requestAnimationFrame(place);
  }

  /**
   * Keeps the latest entry in view after the reply area below the feed changed height (now and after layout). If the
   * entry is taller than the feed, `makeRoom(px)` is asked for the missing height first (the reply area shrinks).
   */
  revealLatest(makeRoom?: (px: number) => void): void {
    const reveal = () => {
      const last = this.#latest();
      const missing = last ? Math.ceil(last.getBoundingClientRect().height - this.#log.clientHeight) : 0;
      if (missing > 0) makeRoom?.(missing);
      this.scrollToEnd();
      // Still too tall (no room could be made): it shows from its start, not its end.
      const top = last ? last.getBoundingClientRect().top - this.#log.getBoundingClientRect().top : 0;
      // Whole pixels: a scroll by a fraction may round to none and leave the entry's first line a hair too high.
      if (top < 0) this.#log.scrollTop += Math.floor(top);
    };
    // Before the next paint, once layout knows the reply area's new height: messages added meanwhile stick to the end.
    this.#scrollDue = true;
    requestAnimationFrame(reveal);
  }

  #latest(): HTMLElement | undefined {
    const items = this.#log.querySelectorAll<HTMLElement>('.chunk > .item');
    return items[items.length - 1];
  }

  /** A divider where the story skips hours or days ("later that night"). */
  timeDivider(label: string): void {
    const stick = this.isAtBottom();
    this.#chunkFor().append(divider('time-sep', label));
    this.#lastSender = undefined;
    if (stick) this.#scrollToEndSoon();
  }

  /** Adds an entry at the end; `animate` plays the arrival (or send) animation unless motion is reduced. */
  append(entry: TranscriptEntry, context: Omit<BubbleContext, 'continues'>, animate: boolean): HTMLElement {
    // An empty feed is at its end: no layout is needed to know it.
    const stick = this.#count === 0 || this.isAtBottom();
    const sender = entry.kind === 'message' ? entry.from : undefined;
    const el = renderEntry(entry, { ...context, continues: sender !== undefined && sender === this.#lastSender });
    this.#lastSender = sender;
    if (entry.kind === 'message' && entry.from !== 'me') this.#markRead();
    if (animate && !prefersReducedMotion()) el.classList.add(sender === 'me' ? 'send' : 'arrive');
    if (entry.kind === 'message' && entry.from !== 'me' && context.onFlag) {
      const flag = context.onFlag;
      this.#longPress(el, () => flag(entry.id));
      if (entry.promptFlag) el.append(h('span', { className: 'flag-prompt' }, this.#t('flag.prompt')));
    }
    this.#chunkFor().append(el);
    if (sender === 'me') this.#unreadReceipts.push(...el.querySelectorAll<HTMLElement>('.receipt'));
    this.#count++;
    if (stick || sender === 'me') this.#scrollToEndSoon();
    else this.#chip.hidden = false;
    return el;
  }

  /**
   * The chunk new entries go into. Long chats stay fast: each full chunk is one box that layout and paint skip while
   * it is off screen (`content-visibility`), so adding a message costs the same at 10 or 1,000 messages.
   */
  #chunkFor(): HTMLElement {
    if (!this.#chunk || this.#chunkSize >= CHUNK_SIZE) {
      this.#chunk = h('div', { className: 'chunk' });
      this.#chunkSize = 0;
      this.#log.insertBefore(this.#chunk, this.#typing.isConnected ? this.#typing : null);
    }
    this.#chunkSize++;
    return this.#chunk;
  }

  /** Shows "… is typing" dots at the end of the feed (hidden from screen readers; the header status says it). */
  showTyping(name: string): void {
    this.#typing.replaceChildren(
      h('span', { className: 'dots' }, h('span'), h('span'), h('span')),
      h('span', {}, this.#t('chat.typingNamed', { name })),
      h('span', { className: 'skip-hint' }, this.#t('chat.skip')),
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
    const receipts = this.#unreadReceipts;
    this.#unreadReceipts = [];
    for (const receipt of receipts) {
      receipt.dataset.state = 'read';
      receipt.textContent = '✓✓';
      receipt.title = this.#t('chat.read');
      const text = receipt.nextElementSibling;
      if (text) text.textContent = this.#t('chat.read');
    }
  }
}
