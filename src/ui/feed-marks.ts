import { h } from './dom.ts';

/** The id of the hidden sentence that tells screen-reader users how to skip a wait (ChatView renders it once). */
export const SKIP_HINT_ID = 'skip-hint';

/**
 * A divider inside a feed: "3 unread messages" (a labelled separator; the chat screen also says it aloud on opening),
 * or "Later that night" (plain text, so the log reads it out as it arrives).
 */
export function divider(kind: 'unread-sep' | 'time-sep', label: string): HTMLElement {
  if (kind === 'time-sep') return h('p', { className: `item ${kind}` }, label);
  return h('p', { className: `item ${kind}`, role: 'separator', 'aria-label': label }, label);
}

/**
 * A tap on the conversation (not on a button or link in it), or Space/Enter while the conversation itself has focus,
 * skips the current wait.
 */
export function listenForSkip(log: HTMLElement, onSkip: () => void): void {
  log.addEventListener('click', (e) => {
    if (!(e.target as Element).closest('button, a, summary, details')) onSkip();
  });
  log.addEventListener('keydown', (e) => {
    if (e.target !== log || (e.key !== ' ' && e.key !== 'Enter')) return;
    e.preventDefault();
    onSkip();
  });
}
