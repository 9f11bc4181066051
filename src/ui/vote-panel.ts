import type { ChoiceOption } from '../engine/index.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/**
 * Projector mode's choice screen: the choice point's discussion question, the options, a count of raised hands for
 * each, and the class's pick (any option directly, or the one with the most hands).
 */
export function renderVotePanel(o: {
  readonly t: Translate;
  readonly question?: string;
  readonly options: readonly ChoiceOption[];
  readonly onChoose: (index: number) => void;
}): HTMLElement {
  const t = o.t;
  const counts = o.options.map((option, n) =>
    h('input', {
      type: 'number',
      min: 0,
      max: 99,
      value: 0,
      inputmode: 'numeric',
      'aria-label': t('projector.hands', { n: n + 1 }),
      'data-index': option.index,
    }),
  );
  const most = () => {
    let best = 0;
    counts.forEach((input, n) => {
      if (Number(input.value) > Number(counts[best]?.value ?? 0)) best = n;
    });
    const option = o.options[best];
    if (option) o.onChoose(option.index);
  };
  const panel = h(
    'section',
    { className: 'vote-panel', 'aria-labelledby': 'vote-title' },
    h('h2', { id: 'vote-title' }, t('projector.vote')),
    o.question ? h('p', { className: 'vote-question' }, o.question) : false,
    h(
      'ol',
      { className: 'vote-options' },
      ...o.options.map((option, n) =>
        h(
          'li',
          {},
          h('span', { className: 'vote-text', dir: 'auto' }, option.text),
          counts[n] ?? false,
          h(
            'button',
            { type: 'button', className: 'btn secondary', onclick: () => o.onChoose(option.index) },
            t('projector.pick'),
          ),
        ),
      ),
    ),
    h('button', { type: 'button', className: 'btn', onclick: most }, t('projector.most')),
  );
  queueMicrotask(() => counts[0]?.focus());
  return panel;
}
