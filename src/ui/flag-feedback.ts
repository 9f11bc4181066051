import './flags.css';
import type { FlagOutcome } from '../engine/index.ts';
import type { Cast } from './cast.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/**
 * The kind answer to a red flag, shown right under the message: the technique's name and what it tries to do, or
 * why an ordinary message is fine. "Why?" opens the longer explanation.
 */
export function renderFlagFeedback(outcome: FlagOutcome, cast: Cast, t: Translate): HTMLElement {
  if (outcome.kind === 'ordinary') {
    return h(
      'div',
      { className: 'item flag-feedback ordinary' },
      h('strong', {}, t('flag.ordinary')),
      h('p', {}, cast.ordinary.short),
      h('details', {}, h('summary', {}, t('flag.why')), h('p', {}, cast.ordinary.explain)),
    );
  }
  return h(
    'div',
    { className: 'item flag-feedback spotted' },
    ...outcome.techniques.map((id) => {
      const info = cast.technique(id);
      return h(
        'div',
        {},
        h('strong', {}, t('flag.spotted', { name: info.name })),
        h('p', {}, info.short),
        h(
          'details',
          {},
          h('summary', {}, t('flag.why')),
          h('p', {}, info.explain),
          h('p', { className: 'ask' }, info.ask),
        ),
      );
    }),
  );
}
