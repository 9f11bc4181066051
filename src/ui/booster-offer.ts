import './booster-offer.css';
import { h } from './dom.ts';
import type { HomeViewOptions } from './home-types.ts';

/**
 * The booster offer on Home, a week after the player's last finished story: a 5-minute round of new messages, or
 * "Not now" (the offer then waits for the next finished story). Shown only when the app says it is due.
 */
export function boosterOffer(o: HomeViewOptions, onDismiss: () => void): HTMLElement {
  const t = o.t;
  return h(
    'section',
    { className: 'booster-offer', 'aria-labelledby': 'booster-title' },
    h('h2', { id: 'booster-title' }, t('booster.heading')),
    h('p', {}, t('booster.text')),
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', className: 'btn', onclick: () => o.onChoose({ kind: 'check', phase: 'booster' }) },
        t('booster.start'),
      ),
      h('button', { type: 'button', className: 'btn secondary', onclick: onDismiss }, t('booster.dismiss')),
    ),
  );
}
