import './help-panel.css';
import { h } from './dom.ts';
import { entryDomId, type HelpItem, renderHelpEntry } from './help-entry.ts';
import type { Translate } from './strings.ts';

/** What the help panel shows. */
export interface HelpPanelOptions {
  readonly t: Translate;
  readonly lang: string;
  /** The student entries (trusted adult first). */
  readonly items: readonly HelpItem[];
  /** Entries for parents and teachers (e.g. e-Blagh), in their own section at the end. */
  readonly adultItems?: readonly HelpItem[];
  /** Opened from a help card: its topic. `distress` opens at "If you feel bad". */
  readonly topic?: string;
}

/** The topic whose entries make the "If you feel bad" section. */
const FEEL_BAD = 'distress';

/** The row at the very top: a trusted adult, then the numbers and the chat that matter, as real links. */
function quickRow(items: readonly HelpItem[], t: Translate): HTMLElement {
  const links = items.flatMap((item) => {
    if (!item.quick) return [];
    const first = item.contacts[0];
    const link = first
      ? h(
          'a',
          {
            className: 'quick-link',
            href: first.href,
            rel: 'noopener noreferrer',
            target: first.href.startsWith('https:') ? '_blank' : undefined,
          },
          h('bdi', {}, item.quick),
        )
      : h(
          'button',
          {
            type: 'button',
            className: 'quick-link',
            onclick: () => document.getElementById(entryDomId(item))?.focus(),
          },
          item.quick,
        );
    return [h('li', {}, link)];
  });
  return h('nav', { className: 'help-quick', 'aria-label': t('help.quick') }, h('ul', {}, ...links));
}

function group(id: string, title: string, intro: string | undefined, entries: HTMLElement[]): HTMLElement | false {
  if (entries.length === 0) return false;
  return h(
    'section',
    { className: 'help-group', id, 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title`, tabindex: -1 }, title),
    intro ? h('p', {}, intro) : false,
    h('ul', { className: 'help-list' }, ...entries),
  );
}

/**
 * The help panel: a modal dialog. At the very top, a row with a trusted adult and the numbers that matter (real
 * tel: and https: links); then "If you feel bad"; then every other way to get help (a card's topic first); then a
 * section for adults. Teens see confirmed facts and a plain "check" marker where a fact is not confirmed; the notes on
 * how each entry was checked are in the teacher guide.
 */
export function openHelp(o: HelpPanelOptions): HTMLDialogElement {
  const { t, lang, items, topic } = o;
  const feelBad = items.filter((i) => i.topics.includes(FEEL_BAD));
  const others = items.filter((i) => !feelBad.includes(i));
  const more = topic
    ? [...others.filter((i) => i.topics.includes(topic)), ...others.filter((i) => !i.topics.includes(topic))]
    : others;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const close = h(
    'button',
    { type: 'button', className: 'btn secondary', onclick: () => dialog.close() },
    t('help.close'),
  );
  const render = (list: readonly HelpItem[]) => list.map((item) => renderHelpEntry(item, t));
  const dialog = h(
    'dialog',
    { className: 'help-panel', 'aria-labelledby': 'help-title', lang, dir: lang === 'ar' ? 'rtl' : 'ltr' },
    h('div', { className: 'dialog-head' }, h('h2', { id: 'help-title' }, t('help.heading')), close),
    quickRow(items, t),
    h('p', {}, t('help.intro')),
    group('help-feel-bad', t('help.feelBad'), t('help.feelBad.intro'), render(feelBad)),
    group('help-more', t('help.more'), undefined, render(more)),
    group('help-adults', t('help.adults'), t('help.adults.intro'), render(o.adultItems ?? [])),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  if (topic === FEEL_BAD) dialog.querySelector<HTMLElement>('#help-feel-bad-title')?.focus();
  else close.focus();
  return dialog;
}
