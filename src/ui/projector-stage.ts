import './projector.css';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';
import type { VoteOutcome } from './vote-panel.ts';

/**
 * Projector mode's frame: the story, the vote sheet beside it while the class votes (the story keeps its height),
 * and a toolbar with the last vote's result, Next and Sound.
 */
export class ProjectorStage {
  readonly element = h('div', { className: 'projector-stage' });
  readonly next: HTMLButtonElement;
  readonly #t: Translate;
  readonly #slot = h('div', { className: 'vote-slot' });
  readonly #result = h('p', { className: 'vote-result', role: 'status' });

  constructor(o: {
    t: Translate;
    dir: 'ltr' | 'rtl';
    story: HTMLElement;
    onNext: () => void;
    onSound: (on: boolean) => void;
  }) {
    this.#t = o.t;
    this.next = h(
      'button',
      { type: 'button', className: 'btn', 'aria-keyshortcuts': 'N ArrowRight PageDown', onclick: o.onNext },
      `${o.t('projector.next')} ${o.dir === 'rtl' ? '◀' : '▶'}`,
    );
    const sound = h(
      'button',
      { type: 'button', className: 'btn secondary', 'aria-pressed': 'false' },
      o.t('projector.sound'),
    );
    sound.addEventListener('click', () => {
      const on = sound.getAttribute('aria-pressed') !== 'true';
      sound.setAttribute('aria-pressed', String(on));
      o.onSound(on);
    });
    const toolbar = h(
      'div',
      { className: 'projector-toolbar', role: 'toolbar', 'aria-label': o.t('projector.controls') },
      this.#result,
      this.next,
      sound,
    );
    this.element.append(o.story, this.#slot, toolbar);
  }

  /** Shows the vote sheet beside the story. */
  showVote(panel: HTMLElement): void {
    this.#slot.replaceChildren(panel);
    this.element.classList.add('voting');
  }

  /** Closes the vote sheet and says what the class chose (with its raised hands when they were counted). */
  showOutcome(outcome: VoteOutcome): void {
    this.#slot.replaceChildren();
    this.element.classList.remove('voting');
    const key = outcome.hands === undefined ? 'projector.chose' : 'projector.choseHands';
    this.#result.textContent = this.#t(key, { n: outcome.n, text: outcome.text, count: outcome.hands ?? 0 });
    this.next.focus();
  }
}
