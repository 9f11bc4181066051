import type { DebriefViewOptions } from './debrief-options.ts';
import { h } from './dom.ts';

/** One technique as a card: its name, the line that showed it, what it does, and the long explanation folded. */
function techniqueCard(o: DebriefViewOptions, index: number): HTMLElement | undefined {
  const missed = o.model.techniques.filter((m) => !m.spotted);
  const m = missed[index];
  if (!m) return undefined;
  const info = o.cast.technique(m.technique);
  const q = m.messages[0] ? o.quote(m.messages[0]) : undefined;
  return h(
    'div',
    { className: 'missed-card' },
    h('h3', {}, info.name),
    q ? h('blockquote', { dir: 'auto' }, o.t('quote', { name: q.name, text: q.text })) : false,
    h('p', {}, info.short),
    h(
      'details',
      {},
      h('summary', {}, o.t('flag.why')),
      h('p', {}, info.explain),
      h('p', { className: 'ask' }, info.ask),
    ),
  );
}

/**
 * The techniques the player met but did not flag, one at a time: a small stepper (Previous / Next) whose position
 * ("2 of 5") is announced politely; nothing when every technique was spotted.
 */
export function renderMissedStepper(o: DebriefViewOptions): HTMLElement | false {
  const t = o.t;
  const total = o.model.techniques.filter((m) => !m.spotted).length;
  if (total === 0) return false;
  let index = 0;
  const position = h('p', { className: 'stepper-position', 'aria-live': 'polite' });
  const slot = h('div', {});
  const previous = h('button', { type: 'button', className: 'btn secondary' }, t('debrief.missed.previous'));
  const next = h('button', { type: 'button', className: 'btn secondary' }, t('debrief.missed.next'));
  const show = () => {
    position.textContent = t('debrief.missed.position', { count: index + 1, total });
    slot.replaceChildren(techniqueCard(o, index) ?? '');
    // aria-disabled, not disabled: the focused button keeps focus at either end of the list.
    previous.setAttribute('aria-disabled', String(index === 0));
    next.setAttribute('aria-disabled', String(index === total - 1));
  };
  previous.addEventListener('click', () => {
    index = Math.max(0, index - 1);
    show();
  });
  next.addEventListener('click', () => {
    index = Math.min(total - 1, index + 1);
    show();
  });
  show();
  return h(
    'section',
    { className: 'debrief-section missed-stepper', 'aria-labelledby': 'missed-title' },
    h('h2', { id: 'missed-title' }, t('debrief.missed.heading')),
    position,
    slot,
    total > 1 ? h('div', { className: 'stepper-buttons' }, previous, next) : false,
  );
}
