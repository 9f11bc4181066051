import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** One help entry in the player's language (from the help directory, possibly a partner's). */
export interface HelpItem {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly for: string;
  readonly contacts: readonly { readonly label: string; readonly href: string }[];
  readonly hours?: string;
  readonly cost?: string;
  readonly lastVerified: string;
  readonly needsCheck: boolean;
  readonly steps: readonly string[];
  readonly starters: readonly string[];
  readonly topics: readonly string[];
}

function entry(item: HelpItem, t: Translate, lang: string): HTMLElement {
  const date = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : lang, { dateStyle: 'long' }).format(
    new Date(item.lastVerified),
  );
  return h(
    'li',
    { className: 'help-entry', 'data-help': item.id },
    h('h3', {}, item.name),
    h('p', {}, item.for),
    item.starters.length
      ? h(
          'div',
          {},
          h('p', { className: 'label' }, t('help.starters')),
          h('ul', { className: 'starters' }, ...item.starters.map((s) => h('li', {}, `« ${s} »`))),
        )
      : false,
    item.steps.length ? h('ol', {}, ...item.steps.map((s) => h('li', {}, s))) : false,
    item.contacts.length
      ? h(
          'p',
          { className: 'contacts' },
          ...item.contacts.map((c) =>
            h(
              'a',
              {
                className: 'btn',
                href: c.href,
                rel: 'noopener noreferrer',
                target: c.href.startsWith('https:') ? '_blank' : undefined,
                dir: 'ltr',
              },
              c.label,
            ),
          ),
        )
      : false,
    item.hours ? h('p', { className: 'meta' }, `${t('help.hours')} : ${item.hours}`) : false,
    item.cost ? h('p', { className: 'meta' }, `${t('help.cost')} : ${item.cost}`) : false,
    h('p', { className: 'meta' }, item.needsCheck ? t('help.needsCheck', { date }) : t('help.verified', { date })),
  );
}

/**
 * The help panel: a modal dialog with where to get help, trusted adults first, real links (tel:, https:), hours,
 * cost and when each entry was last checked. Opened at a topic, entries for that topic come first.
 */
export function openHelp(t: Translate, lang: string, items: readonly HelpItem[], topic?: string): HTMLDialogElement {
  const first = topic ? items.filter((i) => i.topics.includes(topic)) : items;
  const rest = items.filter((i) => !first.includes(i));
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const close = h(
    'button',
    { type: 'button', className: 'btn secondary', onclick: () => dialog.close() },
    t('help.close'),
  );
  const dialog = h(
    'dialog',
    { className: 'help-panel', 'aria-labelledby': 'help-title', lang, dir: lang === 'ar' ? 'rtl' : 'ltr' },
    h('div', { className: 'dialog-head' }, h('h2', { id: 'help-title' }, t('help.heading')), close),
    h('p', {}, t('help.intro')),
    h('ul', { className: 'help-list' }, ...[...first, ...rest].map((item) => entry(item, t, lang))),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  return dialog;
}
