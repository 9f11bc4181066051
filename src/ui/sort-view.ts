import './sort.css';
import { h, prefersReducedMotion } from './dom.ts';
import type { Translate } from './strings.ts';

/** A message to sort, as shown. */
export interface SortCard {
  /** Who wrote it, when the sender is no clue to the answer (the check's mixed senders); story cards omit it. */
  readonly from?: string;
  readonly text: string;
  readonly isManipulation: boolean;
  /** For a manipulative message: the technique's name and one-line explanation. */
  readonly reason: string;
}

/** The two bins, as buttons on screen. */
export interface SortBins {
  readonly manipulation: HTMLElement;
  readonly ordinary: HTMLElement;
}

/** A card going into a bin: which, whether it was right, and the streak of right answers it makes (0 after a miss). */
export interface SortPlacement {
  readonly manipulation: boolean;
  readonly correct: boolean;
  readonly streak: number;
}

/**
 * What draws the game around the HTML (the Phaser scene): the bins behind their buttons, the card's flight into a
 * bin, the streak's burst. Without one (the before/after check), cards are placed at once.
 */
export interface SortStage {
  /** The bins moved (a new card, feedback shown, a scroll, a resize): draw them where their buttons are. */
  layout(bins: SortBins): void;
  /** The card is dragged `dx` px sideways from its place (`undefined`: let go, back in place). */
  drag(card: HTMLElement, dx: number | undefined): void;
  /** Moves the card from where it is (`from`, px from its place) into the bin, then calls `done`. */
  place(card: HTMLElement, bin: HTMLElement, placement: SortPlacement, from: Offset, done: () => void): void;
}

/** A card's offset from its place, in px. */
export interface Offset {
  readonly x: number;
  readonly y: number;
}

/** How far a card must be dragged (px, or a share of its width) or how fast flicked (px/ms) to go into a bin. */
const DROP = { px: 96, share: 0.3, flick: 0.6, flickPx: 32 } as const;

/**
 * The sorting exercise: the current message on a card, two bins (buttons) to sort it into, feedback per card
 * (announced) and a summary. The card can be dragged or swiped into a bin (mouse, touch), the arrow keys choose the
 * bin on that side of the screen (mirrored in Arabic, where the bins are), and the buttons do the same for a screen
 * reader. Right answers in a row make a streak; a miss ends it quietly.
 */
export class SortView {
  readonly element: HTMLElement;
  readonly #t: Translate;
  readonly #cards: readonly SortCard[];
  readonly #card: HTMLElement;
  readonly #feedback: HTMLElement;
  readonly #progress: HTMLElement;
  readonly #combo: HTMLElement;
  readonly #answers: HTMLElement;
  readonly #actions: HTMLElement;
  readonly #bins: SortBins;
  readonly #stage: SortStage | undefined;
  readonly #streaks: boolean;
  readonly #onSorted: (manipulation: boolean, correct: boolean) => void;
  readonly #onDone: () => void;
  readonly #onReplay: (() => void) | undefined;
  readonly #backLabel: string;
  #index = 0;
  #correct = 0;
  #streak = 0;
  /** Whether the current card waits for an answer (not flying, not showing its feedback). */
  #open = false;

  constructor(o: {
    t: Translate;
    lang: string;
    dir: 'ltr' | 'rtl';
    cards: readonly SortCard[];
    onSorted: (manipulation: boolean, correct: boolean) => void;
    onDone: () => void;
    /** Offers another round after the summary. */
    onReplay?: () => void;
    /** Draws the game around the HTML; streaks are shown when there is one. */
    stage?: SortStage;
    /** Texts for another use of the same exercise (the before/after check): heading, intro, last button. */
    labels?: { heading: string; intro: string; back: string };
  }) {
    this.#t = o.t;
    this.#cards = o.cards;
    this.#onSorted = o.onSorted;
    this.#onDone = o.onDone;
    this.#onReplay = o.onReplay;
    this.#stage = o.stage;
    this.#streaks = o.stage !== undefined;
    this.#progress = h('span', {});
    this.#combo = h('span', { className: 'sort-combo', hidden: true });
    this.#card = h('blockquote', { className: 'sort-card', dir: 'auto' });
    this.#feedback = h('div', { className: 'sort-feedback', role: 'status', 'aria-live': 'polite' });
    const bin = (manipulation: boolean) =>
      h(
        'button',
        {
          type: 'button',
          className: `sort-bin ${manipulation ? 'manipulation' : 'ordinary'}`,
          onclick: () => this.#answer(manipulation, { x: 0, y: 0 }),
        },
        h('span', { className: 'sort-bin-icon', 'aria-hidden': 'true' }, manipulation ? '⚑' : '✓'),
        h('span', { className: 'sort-bin-label' }, this.#t(manipulation ? 'sort.manipulation' : 'sort.ordinary')),
      );
    // Both bins look alike but for colour and icon: neither is the "primary" one, so the style never hints.
    this.#bins = { manipulation: bin(true), ordinary: bin(false) };
    this.#answers = h(
      'div',
      { className: 'sort-answers', role: 'group', 'aria-label': o.t('sort.question') },
      this.#bins.manipulation,
      this.#bins.ordinary,
    );
    this.#actions = h('div', { className: 'sort-actions' });
    const heading = h('h1', { tabindex: -1 }, o.labels?.heading ?? o.t('sort.heading'));
    this.#backLabel = o.labels?.back ?? o.t('sort.back');
    const body = h(
      'div',
      { className: 'home-body' },
      h('p', {}, o.labels?.intro ?? o.t('sort.intro')),
      h('p', { className: 'sort-progress' }, this.#progress, this.#combo),
      this.#card,
      // For pointer players only: a screen reader's way is the two buttons, which need no hint.
      o.stage ? h('p', { className: 'sort-hint', 'aria-hidden': 'true' }, o.t('sort.dragHint')) : undefined,
      this.#feedback,
      this.#actions,
      this.#answers,
    );
    this.element = h(
      'main',
      { className: `screen sort-screen${o.stage ? ' on-stage' : ''}`, lang: o.lang, dir: o.dir },
      h('div', { className: 'topbar' }, heading),
      body,
    );
    this.element.addEventListener('keydown', (e) => this.#onKey(e));
    body.addEventListener('scroll', () => this.#layout(), { passive: true });
    this.#card.addEventListener('pointerdown', (e) => this.#drag(e));
    this.#show();
    queueMicrotask(() => heading.focus());
  }

  /** Tells the stage where the bins are now (after the layout settles). */
  #layout(): void {
    const stage = this.#stage;
    if (stage) requestAnimationFrame(() => stage.layout(this.#bins));
  }

  #show(): void {
    const card = this.#cards[this.#index];
    if (!card) {
      this.#summary();
      return;
    }
    this.#progress.textContent = this.#t('sort.progress', { count: this.#index + 1, total: this.#cards.length });
    this.#card.textContent = card.from ? this.#t('quote', { name: card.from, text: card.text }) : card.text;
    this.#card.hidden = false;
    this.#setOpen(true);
    this.#actions.replaceChildren();
    this.#layout();
  }

  #setOpen(open: boolean): void {
    this.#open = open;
    this.#card.classList.toggle('draggable', open);
    for (const bin of [this.#bins.manipulation, this.#bins.ordinary]) (bin as HTMLButtonElement).disabled = !open;
  }

  /** Left and right arrows: the bin on that side of the screen (so mirrored when Arabic puts them the other way). */
  #onKey(e: KeyboardEvent): void {
    if (!this.#open || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const left = this.#bins.manipulation.getBoundingClientRect().x < this.#bins.ordinary.getBoundingClientRect().x;
    const manipulationIsLeft = left === (e.key === 'ArrowLeft');
    this.#answer(manipulationIsLeft, { x: 0, y: 0 });
  }

  /** The card follows the pointer (mouse or finger); let go far enough or flicked toward a bin, it goes in. */
  #drag(down: PointerEvent): void {
    if (!this.#open || down.button !== 0) return;
    const card = this.#card;
    const width = card.getBoundingClientRect().width;
    const start = { x: down.clientX, y: down.clientY, at: down.timeStamp };
    let last = start;
    let offset: Offset = { x: 0, y: 0 };
    const still = prefersReducedMotion();
    card.setPointerCapture(down.pointerId);
    card.classList.add('dragging');
    const move = (e: PointerEvent) => {
      offset = { x: e.clientX - start.x, y: e.clientY - start.y };
      last = { x: e.clientX, y: e.clientY, at: e.timeStamp };
      // With reduced motion the card stays put: the bin it would go into lights up instead.
      if (!still) card.style.transform = `translate(${offset.x}px, ${offset.y}px) rotate(${offset.x / 24}deg)`;
      this.#stage?.drag(card, offset.x);
    };
    const end = (e: PointerEvent) => {
      card.removeEventListener('pointermove', move);
      card.removeEventListener('pointerup', end);
      card.removeEventListener('pointercancel', end);
      card.classList.remove('dragging');
      this.#stage?.drag(card, undefined);
      const speed = (last.x - start.x) / Math.max(1, last.at - start.at);
      const far = Math.abs(offset.x) >= Math.min(DROP.px, width * DROP.share);
      const flicked = Math.abs(speed) >= DROP.flick && Math.abs(offset.x) >= DROP.flickPx;
      const over = this.#binAt(e.clientX, e.clientY);
      const side = over ?? (e.type === 'pointerup' && (far || flicked) ? this.#binOnSide(offset.x) : undefined);
      if (side === undefined) {
        card.style.transform = '';
        return;
      }
      this.#answer(side, still ? { x: 0, y: 0 } : offset);
    };
    card.addEventListener('pointermove', move);
    card.addEventListener('pointerup', end);
    card.addEventListener('pointercancel', end);
  }

  /** The bin under a point, if any: true for manipulation. */
  #binAt(x: number, y: number): boolean | undefined {
    const inside = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    };
    if (inside(this.#bins.manipulation)) return true;
    if (inside(this.#bins.ordinary)) return false;
    return undefined;
  }

  /** The bin on the side a card moved to (negative: left): true for manipulation. */
  #binOnSide(dx: number): boolean {
    const m = this.#bins.manipulation.getBoundingClientRect();
    const o = this.#bins.ordinary.getBoundingClientRect();
    return dx < 0 === m.x < o.x;
  }

  #answer(manipulation: boolean, from: Offset): void {
    const card = this.#cards[this.#index];
    if (!card || !this.#open) return;
    this.#setOpen(false);
    const correct = manipulation === card.isManipulation;
    if (correct) this.#correct++;
    this.#streak = correct ? this.#streak + 1 : 0;
    this.#onSorted(manipulation, correct);
    const placement = { manipulation, correct, streak: this.#streak };
    const bin = manipulation ? this.#bins.manipulation : this.#bins.ordinary;
    // The stage moves the card and puts it back; without motion it is placed at once and stays where it is.
    if (this.#stage && !prefersReducedMotion())
      this.#stage.place(this.#card, bin, placement, from, () => this.#feedbackFor(card, correct));
    else {
      this.#card.style.transform = '';
      this.#stage?.place(this.#card, bin, placement, from, () => undefined);
      this.#feedbackFor(card, correct);
    }
  }

  #feedbackFor(card: SortCard, correct: boolean): void {
    const verdict = this.#t(correct ? 'sort.right' : 'sort.notQuite');
    const why = card.isManipulation ? card.reason : this.#t('sort.whyOrdinary');
    // A streak is celebrated; a miss says nothing about it (the counter just goes away).
    const streak = this.#streaks && this.#streak >= 2 ? this.#t('sort.combo', { count: this.#streak }) : '';
    this.#combo.hidden = streak === '';
    this.#combo.textContent = streak;
    // Right and wrong differ in word, symbol and colour (never colour alone).
    this.#feedback.dataset.verdict = correct ? 'right' : 'wrong';
    this.#feedback.replaceChildren(
      h('strong', { className: 'verdict' }, `${correct ? '✓' : '✗'} ${verdict}`),
      streak ? ` ${streak}` : '',
      ' ',
      card.isManipulation ? `${this.#t('sort.was.manipulation')} ${why}` : why,
    );
    const next = h(
      'button',
      {
        type: 'button',
        className: 'btn',
        onclick: () => {
          this.#index++;
          this.#feedback.replaceChildren();
          delete this.#feedback.dataset.verdict;
          this.#show();
          this.#bins.manipulation.focus();
        },
      },
      this.#t(this.#index + 1 < this.#cards.length ? 'sort.next' : 'sort.finish'),
    );
    this.#actions.replaceChildren(next);
    this.#layout();
    next.focus();
  }

  #summary(): void {
    this.#setOpen(false);
    this.#progress.textContent = '';
    this.#combo.hidden = true;
    this.#card.replaceChildren();
    this.#card.hidden = true;
    this.#answers.hidden = true;
    delete this.#feedback.dataset.verdict;
    this.#feedback.replaceChildren(
      h('p', {}, this.#t('sort.summary', { count: this.#correct, total: this.#cards.length })),
      h('p', {}, this.#t('sort.takeaway')),
    );
    const back = h(
      'button',
      { type: 'button', className: this.#onReplay ? 'btn secondary' : 'btn', onclick: this.#onDone },
      this.#backLabel,
    );
    const replay = this.#onReplay;
    this.#actions.replaceChildren(
      ...(replay ? [h('button', { type: 'button', className: 'btn', onclick: replay }, this.#t('sort.again'))] : []),
      back,
    );
    this.#layout();
    (this.#actions.firstElementChild as HTMLElement | null)?.focus();
  }
}
