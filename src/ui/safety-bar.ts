import './safety-bar.css';
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
  // Not 0: event times count from page load, so a first Escape in the page's first 1.5 s would read as a double press.
  let lastEscape = Number.NEGATIVE_INFINITY;
  // Capture phase: the Escape that closes a dialog is seen while the dialog is still open, and does not count.
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      if (document.querySelector('dialog[open]')) {
        lastEscape = Number.NEGATIVE_INFINITY;
        return;
      }
      if (e.timeStamp - lastEscape < DOUBLE_ESCAPE_MS) onLeave();
      lastEscape = e.timeStamp;
    },
    { capture: true },
  );
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
