import type { DebriefViewOptions } from './debrief-options.ts';
import { conjunctionList, h, prefersReducedMotion } from './dom.ts';

/** The summary's figures, each a list item; they come in one after another unless motion is reduced. */
function figures(o: DebriefViewOptions): HTMLElement[] {
  const { t, model, cast } = o;
  const missed = model.techniques.filter((m) => !m.spotted).length;
  const reached = model.stages.filter((s) => s.reached);
  const list = conjunctionList(cast.lang);
  const fresh = o.guide?.fromThisStory ?? [];
  const items = [
    model.score.met === 0
      ? t('debrief.noTechniques')
      : t('debrief.score', { count: model.score.spotted, met: model.score.met }),
    missed > 0 ? t('debrief.summary.missed', { count: missed }) : '',
    t('debrief.summary.stages', { count: reached.length, total: model.stages.length }) +
      (reached.length ? ` (${list.format(reached.map((s) => t(`stage.${s.stage}`)))})` : ''),
    model.voices.length ? t('debrief.summary.voices', { count: model.voices.length }) : '',
    fresh.length ? t('debrief.summary.newCards', { count: fresh.length, names: list.format(fresh) }) : '',
  ].filter((text) => text !== '');
  return items.map((text, i) => h('li', { style: `--i:${i}` }, text));
}

/** The first thing after an ending: how it ended, flags caught and missed, stages reached, in one card. */
export function renderDebriefSummary(o: DebriefViewOptions): HTMLElement {
  const { t, model, cast } = o;
  return h(
    'section',
    { className: 'card debrief-summary', id: 'debrief-summary', 'aria-labelledby': 'debrief-summary-title' },
    h(
      'h2',
      { id: 'debrief-summary-title' },
      model.ending ? cast.endingTitle(model.ending.id) : t('debrief.summary.noEnding'),
    ),
    model.ending ? h('p', { className: 'ending-text' }, model.ending.text) : false,
    h('ul', { className: `debrief-figures${prefersReducedMotion() ? '' : ' animated'}` }, ...figures(o)),
  );
}

/** What to do next, within the first screen: the sorting exercise, help, play again, back to the stories. */
export function renderDebriefNext(o: DebriefViewOptions): HTMLElement {
  const t = o.t;
  return h(
    'nav',
    { className: 'debrief-next', 'aria-label': t('debrief.next') },
    h('button', { type: 'button', className: 'btn', onclick: o.onSort }, t('sort.start')),
    o.playbook ? h('button', { type: 'button', className: 'btn', onclick: o.playbook.open }, o.playbook.label) : false,
    o.guide
      ? h(
          'button',
          {
            type: 'button',
            className: 'btn secondary',
            onclick: (e) => o.guide?.open(e.currentTarget as HTMLElement),
          },
          t('guide.openCount', { count: o.guide.found, total: o.guide.total }),
        )
      : false,
    h('button', { type: 'button', className: 'btn secondary', onclick: () => o.onHelp() }, t('chat.help')),
    h('button', { type: 'button', className: 'btn secondary', onclick: o.onReplay }, t('debrief.replay')),
    h('button', { type: 'button', className: 'btn secondary', onclick: o.onHome }, t('debrief.home')),
  );
}
