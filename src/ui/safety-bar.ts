import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** Two presses of Escape within this time leave the game. */
const DOUBLE_ESCAPE_MS = 1500;

/**
 * The bar on every screen: Leave (first in tab order, same place everywhere; also Escape twice), Help and Settings.
 * Returns a function that re-labels it when the language changes.
 */
export function mountSafetyBar(
  root: HTMLElement,
  onLeave: () => void,
  onHelp: () => void,
  onSettings: () => void,
): (t: Translate, lang: string, dir: 'ltr' | 'rtl') => void {
  const leave = h('button', { type: 'button', className: 'leave-btn', onclick: onLeave });
  const help = h('button', { type: 'button', className: 'help-btn', onclick: onHelp });
  const settings = h('button', { type: 'button', className: 'icon-btn settings-btn', onclick: onSettings }, '⚙');
  root.replaceChildren(leave, h('span', { className: 'safety-tools' }, help, settings));
  // The screens start below the bar, whatever its height (it wraps at 200% text on a phone).
  const measure = () => document.documentElement.style.setProperty('--safety-height', `${root.offsetHeight}px`);
  if (typeof ResizeObserver === 'function') new ResizeObserver(measure).observe(root);
  let lastEscape = 0;
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    if (e.timeStamp - lastEscape < DOUBLE_ESCAPE_MS) onLeave();
    lastEscape = e.timeStamp;
  });
  return (t, lang, dir) => {
    root.setAttribute('lang', lang);
    root.setAttribute('dir', dir);
    root.setAttribute('aria-label', t('safety.label'));
    leave.textContent = `✕ ${t('safety.leave')}`;
    leave.title = t('safety.leaveHint');
    help.textContent = `? ${t('safety.help')}`;
    settings.setAttribute('aria-label', t('home.settings'));
  };
}

/** The neutral screen shown inside a frame after Leave (outside a frame the page is replaced instead). */
export function renderNeutralScreen(root: HTMLElement): void {
  root.replaceChildren(h('main', { className: 'neutral' }, h('p', {}, '—')));
}
