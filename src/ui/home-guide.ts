import './home-guide.css';

import { h } from './dom.ts';
import type { HomeGuide } from './home-types.ts';
import type { Translate } from './strings.ts';

/** Home's way into the field guide: one button with the cards found so far (n of 15) and a bar that fills. */
export function renderHomeGuide(t: Translate, guide: HomeGuide): HTMLElement {
  const share = guide.total ? Math.round((guide.found / guide.total) * 100) : 0;
  return h(
    'button',
    {
      type: 'button',
      className: 'home-guide',
      onclick: (e) => guide.onOpen(e.currentTarget as HTMLElement),
    },
    h('span', { className: 'home-guide-icon', 'aria-hidden': 'true' }, '🃏'),
    h('span', { className: 'home-guide-label' }, t('guide.openCount', { count: guide.found, total: guide.total })),
    // The label says the count; the bar only shows it.
    h('span', { className: 'home-guide-bar', 'aria-hidden': 'true', style: `--share:${share}%` }),
  );
}
