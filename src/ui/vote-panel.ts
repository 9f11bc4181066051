import type { ChoiceOption } from '../engine/index.ts';
import { conjunctionList, h } from './dom.ts';
import type { Translate } from './strings.ts';

/** How the class decided: the option chosen, its number on the sheet, and its raised hands if they were counted. */
export interface VoteOutcome {
  readonly index: number;
  readonly n: number;
  readonly text: string;
  readonly hands?: number;
}

/** One decision of the class in projector mode, kept for its path: where, which option, with how many hands. */
export interface ClassVote extends VoteOutcome {
  /** The choice point's id (`knot#n`), when the story names it. */
  readonly point: string | undefined;
}

/**
 * The class's votes as a table, in the order they were taken (after projector mode, beside the class's path on the
 * story map): each choice's number, the option chosen, and its raised hands when they were counted.
 */
export function renderClassVotes(votes: readonly ClassVote[], t: Translate): HTMLElement {
  return h(
    'table',
    { className: 'class-table class-votes' },
    h('caption', {}, t('debrief.votes')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('debrief.votes.choice')),
        h('th', { scope: 'col' }, t('debrief.votes.option')),
        h('th', { scope: 'col' }, t('debrief.votes.hands')),
      ),
    ),
    h(
      'tbody',
      {},
      ...votes.map((v, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(i + 1)),
          h('td', { dir: 'auto' }, t('debrief.votes.chosen', { n: v.n, text: v.text })),
          h('td', {}, v.hands === undefined ? t('debrief.votes.notCounted') : String(v.hands)),
        ),
      ),
    ),
  );
}

/** The options with the most hands: one winner, a tie to settle, or no hands counted yet. */
export function mostHands(
  hands: readonly number[],
): { kind: 'winner'; n: number } | { kind: 'tie'; ns: number[] } | { kind: 'none' } {
  const best = Math.max(0, ...hands);
  if (best === 0) return { kind: 'none' };
  const top = hands.flatMap((count, n) => (count === best ? [n] : []));
  return top.length === 1 && top[0] !== undefined ? { kind: 'winner', n: top[0] } : { kind: 'tie', ns: top };
}

/**
 * Projector mode's choice screen: the choice point's discussion question, the options, a count of raised hands for
 * each, and the class's pick (any option directly, or the one with the most hands; a tie is left to the teacher).
 */
export function renderVotePanel(o: {
  readonly t: Translate;
  readonly question?: string;
  readonly options: readonly ChoiceOption[];
  readonly onChoose: (outcome: VoteOutcome) => void;
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
  const hands = () => counts.map((input) => Math.max(0, Number(input.value) || 0));
  const problem = h('p', { className: 'vote-problem', role: 'status' });
  const choose = (n: number) => {
    const option = o.options[n];
    const counted = hands();
    if (!option) return;
    const total = counted.reduce((a, b) => a + b, 0);
    o.onChoose({ index: option.index, n: n + 1, text: option.text, ...(total > 0 ? { hands: counted[n] ?? 0 } : {}) });
  };
  const rows = o.options.map((option, n) =>
    h(
      'li',
      {},
      h('span', { className: 'vote-text', dir: 'auto' }, option.text),
      counts[n] ?? false,
      h('button', { type: 'button', className: 'btn secondary', onclick: () => choose(n) }, t('projector.pick')),
    ),
  );
  const most = () => {
    const result = mostHands(hands());
    for (const row of rows) row.classList.remove('tied');
    if (result.kind === 'winner') return choose(result.n);
    if (result.kind === 'none') {
      problem.textContent = t('projector.noHands');
      return;
    }
    for (const n of result.ns) rows[n]?.classList.add('tied');
    const list = conjunctionList(document.documentElement.lang || 'en');
    problem.textContent = t('projector.tie', {
      options: list.format(result.ns.map((n) => String(n + 1))),
      count: hands()[result.ns[0] ?? 0] ?? 0,
    });
  };
  const panel = h(
    'section',
    { className: 'vote-panel', 'aria-labelledby': 'vote-title' },
    h('h2', { id: 'vote-title' }, t('projector.vote')),
    o.question ? h('p', { className: 'vote-question' }, o.question) : false,
    h('ol', { className: 'vote-options' }, ...rows),
    h('button', { type: 'button', className: 'btn', onclick: most }, t('projector.most')),
    problem,
  );
  queueMicrotask(() => counts[0]?.focus());
  return panel;
}
