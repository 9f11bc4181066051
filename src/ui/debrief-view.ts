import './debrief.css';

import { renderMissedStepper } from './debrief-missed.ts';
import type { DebriefSection, DebriefViewOptions } from './debrief-options.ts';
import { renderAllTechniques, renderChoices, renderStages, renderTodo, renderVoices } from './debrief-sections.ts';
import { renderDebriefNext, renderDebriefSummary } from './debrief-summary.ts';
import { h } from './dom.ts';

export type { DebriefSection, DebriefViewOptions } from './debrief-options.ts';

/**
 * The debrief's parts, top to bottom: a summary card and the next steps on the first screen, then the missed
 * techniques one at a time, what to do, and the long parts folded. Add a part by adding a small view here.
 */
export const DEBRIEF_SECTIONS: readonly DebriefSection[] = [
  renderDebriefSummary,
  renderDebriefNext,
  renderMissedStepper,
  renderTodo,
  renderAllTechniques,
  renderStages,
  renderChoices,
  renderVoices,
];

/** The debrief screen: its sections under one heading, focused when it opens. */
export function renderDebrief(
  o: DebriefViewOptions,
  sections: readonly DebriefSection[] = DEBRIEF_SECTIONS,
): HTMLElement {
  const heading = h('h1', { tabindex: -1 }, o.t('debrief.heading'));
  const view = h(
    'main',
    { className: 'screen debrief', lang: o.cast.lang, dir: o.cast.dir },
    h('div', { className: 'topbar' }, heading),
    h('div', { className: 'home-body' }, ...sections.map((section) => section(o))),
  );
  // Focus goes to the heading when the screen opens: a screen reader then says the ending summary once, as the
  // heading's description, without a live region that would say it again.
  if (view.querySelector('#debrief-summary')) heading.setAttribute('aria-describedby', 'debrief-summary');
  queueMicrotask(() => heading.focus());
  return view;
}
