import './sort.css';
import { h } from './dom.ts';
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

/**
 * The accessible side of the sorting exercise: the current message, two answer buttons, feedback per item
 * (announced), and a summary. The Phaser scene draws the bins and moves the cards.
 */
export class SortView {
  readonly element: HTMLElement;
  readonly #t: Translate;
  readonly #cards: readonly SortCard[];
  readonly #card: HTMLElement;
  readonly #feedback: HTMLElement;
  readonly #progress: HTMLElement;
  readonly #answers: HTMLElement;
  readonly #onSorted: (manipulation: boolean, correct: boolean) => void;
  readonly #onDone: () => void;
  #backLabel = '';
  #index = 0;
  #correct = 0;

  constructor(o: {
    t: Translate;
    lang: string;
    dir: 'ltr' | 'rtl';
    cards: readonly SortCard[];
    onSorted: (manipulation: boolean, correct: boolean) => void;
    onDone: () => void;
    /** Texts for another use of the same exercise (the before/after check): heading, intro, last button. */
    labels?: { heading: string; intro: string; back: string };
  }) {
    this.#t = o.t;
    this.#cards = o.cards;
    this.#onSorted = o.onSorted;
    this.#onDone = o.onDone;
    this.#progress = h('p', { className: 'sort-progress' });
    this.#card = h('blockquote', { className: 'sort-card', dir: 'auto' });
    this.#feedback = h('div', { className: 'sort-feedback', role: 'status', 'aria-live': 'polite' });
    this.#answers = h('div', { className: 'sort-answers', role: 'group', 'aria-label': o.t('sort.question') });
    const heading = h('h1', { tabindex: -1 }, o.labels?.heading ?? o.t('sort.heading'));
    this.#backLabel = o.labels?.back ?? o.t('sort.back');
    this.element = h(
      'main',
      { className: 'screen sort-screen', lang: o.lang, dir: o.dir },
      h('div', { className: 'topbar' }, heading),
      h(
        'div',
        { className: 'home-body' },
        h('p', {}, o.labels?.intro ?? o.t('sort.intro')),
        this.#progress,
        this.#card,
        this.#feedback,
        this.#answers,
      ),
    );
    this.#show();
    queueMicrotask(() => heading.focus());
  }

  #show(): void {
    const card = this.#cards[this.#index];
    if (!card) {
      this.#summary();
      return;
    }
    this.#progress.textContent = this.#t('sort.progress', { count: this.#index + 1, total: this.#cards.length });
    this.#card.textContent = card.from ? this.#t('quote', { name: card.from, text: card.text }) : card.text;
    // Both answers look the same: neither is the "primary" one, so the style never hints at the answer.
    const answer = (manipulation: boolean, label: string) =>
      h(
        'button',
        { type: 'button', className: 'btn secondary sort-answer', onclick: () => this.#answer(card, manipulation) },
        label,
      );
    this.#answers.replaceChildren(answer(true, this.#t('sort.manipulation')), answer(false, this.#t('sort.ordinary')));
  }

  #answer(card: SortCard, manipulation: boolean): void {
    const correct = manipulation === card.isManipulation;
    if (correct) this.#correct++;
    const verdict = this.#t(correct ? 'sort.right' : 'sort.notQuite');
    const why = card.isManipulation ? card.reason : this.#t('sort.whyOrdinary');
    // Right and wrong differ in word, symbol and colour (never colour alone).
    this.#feedback.dataset.verdict = correct ? 'right' : 'wrong';
    this.#feedback.replaceChildren(
      h('strong', { className: 'verdict' }, `${correct ? '✓' : '✗'} ${verdict}`),
      ' ',
      card.isManipulation ? `${this.#t('sort.was.manipulation')} ${why}` : why,
    );
    this.#onSorted(manipulation, correct);
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
          this.#answers.querySelector('button')?.focus();
        },
      },
      this.#t(this.#index + 1 < this.#cards.length ? 'sort.next' : 'sort.finish'),
    );
    this.#answers.replaceChildren(next);
    next.focus();
  }

  #summary(): void {
    this.#progress.textContent = '';
    this.#card.replaceChildren();
    this.#card.hidden = true;
    delete this.#feedback.dataset.verdict;
    this.#feedback.replaceChildren(
      h('p', {}, this.#t('sort.summary', { count: this.#correct, total: this.#cards.length })),
      h('p', {}, this.#t('sort.takeaway')),
    );
    const back = h('button', { type: 'button', className: 'btn', onclick: this.#onDone }, this.#backLabel);
    this.#answers.replaceChildren(back);
    back.focus();
  }
}
