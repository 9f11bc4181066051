import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** The short, neutral note shown before a story starts, with how to pause, leave or get help. */
export function renderContentNote(o: {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly note: string;
  readonly onStart: () => void;
  readonly onBack: () => void;
}): HTMLElement {
  const heading = h('h1', { tabindex: -1 }, o.title);
  const view = h(
    'main',
    { className: 'screen note-screen', lang: o.lang, dir: o.dir },
    h('div', { className: 'topbar' }, heading),
    h(
      'div',
      { className: 'home-body' },
      h('h2', {}, o.t('note.heading')),
      h('p', {}, o.note),
      h(
        'ul',
        {},
        h('li', {}, o.t('note.pause')),
        h('li', {}, o.t('note.skip')),
        h('li', {}, o.t('note.leave')),
        h('li', {}, o.t('note.help')),
        h('li', {}, o.t('note.flag')),
      ),
      h(
        'div',
        { className: 'actions', style: 'display:flex;gap:.5rem;flex-wrap:wrap' },
        h('button', { type: 'button', className: 'btn', onclick: o.onStart }, o.t('note.start')),
        h('button', { type: 'button', className: 'btn secondary', onclick: o.onBack }, o.t('note.back')),
      ),
    ),
  );
  queueMicrotask(() => heading.focus());
  return view;
}
