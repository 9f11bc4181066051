import { h } from './dom.ts';

/** Says something about the game itself (storage full…) on any screen, and lets the player close it. */
export type Announce = (text: string, closeLabel: string, lang: string, dir: 'ltr' | 'rtl') => void;

/**
 * Mounts a polite live region in the safety bar (scenes replace their own overlay, not the bar) and returns how to
 * fill it. The region exists before anything is said, so screen readers announce what is put in it.
 */
export function mountAnnouncer(parent: HTMLElement): Announce {
  const region = h('div', { className: 'announcer', role: 'status', 'aria-live': 'polite' });
  parent.append(region);
  return (text, closeLabel, lang, dir) => {
    const close = h(
      'button',
      { type: 'button', className: 'icon-btn', 'aria-label': closeLabel, onclick: () => region.replaceChildren() },
      '✕',
    );
    region.replaceChildren(h('div', { className: 'announcement', lang, dir }, h('p', {}, text), close));
  };
}
