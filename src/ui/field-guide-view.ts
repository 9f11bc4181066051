import './field-guide.css';

import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** One card of the field guide as the dialog shows it; `caught` is absent until the technique is found. */
export interface FieldGuideEntry {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly caught?: {
    /** The story's title, in the player's language now. */
    readonly story: string;
    /** The line it was caught on, in the language it was read. */
    readonly text: string;
    readonly lang: string;
    readonly dir: 'ltr' | 'rtl';
  };
}

export interface FieldGuideViewOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly entries: readonly FieldGuideEntry[];
  /** Said at the top (a stored guide that could not be read and was set aside). */
  readonly notice?: string;
}

function renderCard(entry: FieldGuideEntry, t: Translate): HTMLElement {
  const caught = entry.caught;
  const titleId = `guide-card-${entry.id}`;
  return h(
    'li',
    {
      className: `guide-card ${caught ? 'collected' : 'face-down'}`,
      'aria-labelledby': titleId,
      'data-technique': entry.id,
    },
    h('h3', { id: titleId }, entry.name),
    h('p', { className: 'guide-status' }, caught ? t('guide.collectedIn', { story: caught.story }) : t('guide.notYet')),
    caught ? h('p', {}, entry.short) : false,
    caught
      ? h(
          'figure',
          { className: 'guide-line' },
          h('figcaption', {}, t('guide.caughtOn')),
          h('blockquote', { lang: caught.lang, dir: caught.dir }, caught.text),
        )
      : false,
  );
}

/**
 * The field guide: every technique as a card, the ones caught face up with the line they were caught on, the others
 * face down with their name shown (so the guide teaches what to look for), and progress across all stories.
 */
export function renderFieldGuide(o: FieldGuideViewOptions): HTMLDialogElement {
  const { t } = o;
  const found = o.entries.filter((e) => e.caught).length;
  const close = h('button', { type: 'button', className: 'icon-btn', 'aria-label': t('guide.close') }, '✕');
  const progress = t('guide.progress', { count: found, total: o.entries.length });
  const dialog = h(
    'dialog',
    { className: 'field-guide', 'aria-labelledby': 'guide-title', lang: o.lang, dir: o.dir },
    h('div', { className: 'dialog-head' }, h('h2', { id: 'guide-title', tabindex: -1 }, t('guide.heading')), close),
    o.notice ? h('p', { className: 'notice', role: 'status' }, o.notice) : false,
    h('p', { className: 'guide-progress', id: 'guide-progress' }, progress),
    h('progress', { max: o.entries.length, value: found, 'aria-labelledby': 'guide-progress' }),
    h('p', { className: 'guide-intro' }, t('guide.intro')),
    h('ul', { className: 'guide-grid', role: 'list' }, ...o.entries.map((e) => renderCard(e, t))),
  );
  close.addEventListener('click', () => dialog.close());
  return dialog;
}

/** Shows the field guide as a modal dialog; focus goes back to the opener when it closes. */
export function showFieldGuide(o: FieldGuideViewOptions, opener?: HTMLElement | null): HTMLDialogElement {
  const dialog = renderFieldGuide(o);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLElement>('h2')?.focus();
  return dialog;
}
