import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** A fact of a help entry: a confirmed text, or a plain "check" marker where the sources do not confirm it. */
export type HelpFact = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'check' };

/** One help entry in the player's language (from the help directory, possibly a partner's). */
export interface HelpItem {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly for: string;
  readonly contacts: readonly { readonly label: string; readonly href: string }[];
  readonly hours: HelpFact;
  readonly cost: HelpFact;
  /** When the facts shown were last confirmed, formatted in the panel's language ("décembre 2026", "2020"). */
  readonly verifiedOn: string;
  readonly needsCheck: boolean;
  /** Short label for the row of numbers at the top of the panel. */
  readonly quick?: string;
  readonly steps: readonly string[];
  readonly starters: readonly string[];
  readonly topics: readonly string[];
}

/** The DOM id of an entry, so the row at the top can jump to it. */
export function entryDomId(item: HelpItem): string {
  return `help-entry-${item.id}`;
}

function fact(label: string, value: HelpFact, t: Translate): HTMLElement {
  const text = value.kind === 'text' ? value.text : t('help.check');
  return h('p', { className: `meta${value.kind === 'check' ? ' check' : ''}` }, `${label} : ${text}`);
}

function contactLinks(item: HelpItem): HTMLElement | false {
  if (item.contacts.length === 0) return false;
  return h(
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
  );
}

/** One entry of the panel: what it is for, how to reach it, hours and cost, and when it was checked. */
export function renderHelpEntry(item: HelpItem, t: Translate): HTMLElement {
  const date = item.verifiedOn;
  return h(
    'li',
    { className: 'help-entry', 'data-help': item.id, id: entryDomId(item), tabindex: -1 },
    h('h4', {}, item.name),
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
    contactLinks(item),
    fact(t('help.hours'), item.hours, t),
    fact(t('help.cost'), item.cost, t),
    item.needsCheck
      ? h('p', { className: 'meta check' }, t('help.needsCheck', { date }))
      : h('p', { className: 'meta' }, t('help.verified', { date })),
  );
}
