import type { PlayerGender } from '../protocol/index.ts';
import { h } from './dom.ts';
import { genderChoice } from './gender-choice.ts';
import type { Translate } from './strings.ts';

/** The short, neutral note shown before a story starts, with how to pause, leave or get help. */
export function renderContentNote(o: {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly note: string;
  /** Asks the player's gender (their first story, unless the story pins it); `onStart` then gets the answer. */
  readonly asksGender?: boolean;
  readonly onStart: (gender?: PlayerGender) => void;
  readonly onBack: () => void;
}): HTMLElement {
  const heading = h('h1', { tabindex: -1 }, o.title);
  // Skipping the question is answering "rather not say": the default.
  let gender: PlayerGender = 'unsaid';
  const question = o.asksGender
    ? genderChoice({ t: o.t, name: 'note-gender', current: gender, onPick: (g) => (gender = g) })
    : undefined;
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
      question,
      h(
        'div',
        { className: 'actions', style: 'display:flex;gap:.5rem;flex-wrap:wrap' },
        h(
          'button',
          { type: 'button', className: 'btn', onclick: () => o.onStart(question ? gender : undefined) },
          o.t('note.start'),
        ),
        h('button', { type: 'button', className: 'btn secondary', onclick: o.onBack }, o.t('note.back')),
      ),
    ),
  );
  queueMicrotask(() => heading.focus());
  return view;
}

/** The screen while a story opens ("Opening the chat…"): busy, and said politely. */
export function renderChatLoading(text: string): HTMLElement {
  return h('main', { className: 'screen', 'aria-busy': 'true' }, h('p', { className: 'notice', role: 'status' }, text));
}
