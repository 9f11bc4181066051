import type { DebriefModel } from '../engine/index.ts';
import { avatar } from './bubble.ts';
import type { Cast } from './cast.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** What the debrief screen shows and reports. */
export interface DebriefViewOptions {
  readonly t: Translate;
  readonly cast: Cast;
  readonly model: DebriefModel;
  /** Who said a message and what, for quoting it. */
  readonly quote: (id: string) => { readonly name: string; readonly text: string } | undefined;
  readonly onReplayFrom: (choice: number) => void;
  readonly onReplay: () => void;
  readonly onHome: () => void;
  readonly onHelp: (topic?: string) => void;
  readonly onSort: () => void;
}

function section(title: string, ...children: (Node | false)[]): HTMLElement {
  return h('section', { className: 'debrief-section' }, h('h2', {}, title), ...children);
}

function techniques(o: DebriefViewOptions): HTMLElement {
  const { t, model, cast } = o;
  return section(
    t('debrief.techniques'),
    h(
      'p',
      {},
      model.score.met === 0
        ? t('debrief.noTechniques')
        : t('debrief.score', { count: model.score.spotted, met: model.score.met }),
    ),
    h(
      'ul',
      { className: 'technique-list' },
      ...model.techniques.map((m) => {
        const info = cast.technique(m.technique);
        const q = m.messages[0] ? o.quote(m.messages[0]) : undefined;
        return h(
          'li',
          { className: m.spotted ? 'spotted' : 'missed' },
          h('strong', {}, `${m.spotted ? '⚑' : '○'} ${info.name}`),
          h('span', { className: 'tag' }, m.spotted ? t('debrief.spotted') : t('debrief.missed')),
          q ? h('blockquote', { dir: 'auto' }, t('quote', { name: q.name, text: q.text })) : false,
          h('p', {}, info.explain),
        );
      }),
    ),
    model.ordinaryFlags.length > 0
      ? h(
          'p',
          { className: 'note' },
          t('debrief.ordinaryFlags', { count: model.ordinaryFlags.length }),
          ' ',
          cast.ordinary.short,
        )
      : false,
  );
}

function choices(o: DebriefViewOptions): HTMLElement {
  const { t, model } = o;
  return section(
    t('debrief.choices'),
    model.choices.length === 0
      ? h('p', {}, t('debrief.noChoices'))
      : h(
          'ol',
          { className: 'choice-list' },
          ...model.choices.map((c, i) => {
            const chosen = c.options.find((x) => x.index === c.index);
            const others = c.options.filter((x) => x.index !== c.index);
            return h(
              'li',
              {},
              h('p', {}, t('debrief.youChose'), ' ', h('strong', { dir: 'auto' }, chosen?.text ?? '')),
              others.length
                ? h('p', { className: 'alt' }, t('debrief.otherOptions'), ' ', others.map((x) => x.text).join(' · '))
                : false,
              h(
                'button',
                { type: 'button', className: 'btn secondary', onclick: () => o.onReplayFrom(i) },
                t('debrief.replayFrom'),
              ),
            );
          }),
        ),
  );
}

/** What you can do: the distress card when the path voiced hopelessness, then who to tell and the Help button. */
function todo(o: DebriefViewOptions): HTMLElement {
  const { t, model } = o;
  return section(
    t('debrief.todo'),
    model.hadDistress
      ? h(
          'div',
          { className: 'card help distress' },
          h('p', {}, t('debrief.distress')),
          h(
            'button',
            { type: 'button', className: 'btn secondary', onclick: () => o.onHelp('distress') },
            t('chat.help.distress'),
          ),
        )
      : false,
    h(
      'ul',
      {},
      h('li', {}, t('debrief.todo.talk')),
      h('li', {}, t('debrief.todo.adult')),
      h('li', {}, t('debrief.todo.report')),
      h('li', {}, t('debrief.todo.friend')),
    ),
    h('button', { type: 'button', className: 'btn secondary', onclick: () => o.onHelp() }, t('chat.help')),
  );
}

/** The debrief: the ending, the stages, the techniques spotted and missed, the choices, the voices, what to do. */
export function renderDebrief(o: DebriefViewOptions): HTMLElement {
  const { t, model, cast } = o;
  const heading = h('h1', { tabindex: -1 }, t('debrief.heading'));
  const view = h(
    'main',
    { className: 'screen debrief', lang: cast.lang, dir: cast.dir },
    h('div', { className: 'topbar' }, heading),
    h(
      'div',
      { className: 'home-body' },
      model.ending
        ? h(
            'div',
            { className: 'card ending' },
            h('strong', {}, cast.endingTitle(model.ending.id)),
            h('p', {}, model.ending.text),
          )
        : false,
      section(
        t('debrief.stages'),
        h(
          'ol',
          { className: 'stages' },
          ...model.stages.map((s) =>
            h(
              'li',
              { className: s.reached ? 'reached' : '' },
              h('strong', {}, t(`stage.${s.stage}`)),
              ' — ',
              t(`stage.${s.stage}.explain`),
              s.reached ? false : h('span', { className: 'tag' }, t('debrief.notReached')),
            ),
          ),
        ),
      ),
      techniques(o),
      choices(o),
      model.voices.length
        ? section(
            t('debrief.voices'),
            h(
              'ul',
              { className: 'voices' },
              ...model.voices.map((v) => {
                const voice = cast.voice(v.voice);
                return h(
                  'li',
                  { className: 'card counter' },
                  h(
                    'span',
                    { className: 'who' },
                    avatar(voice.name, voice.color, 'small'),
                    t('chat.counter', { name: voice.name, role: voice.role }),
                  ),
                  h('p', { dir: 'auto' }, v.text),
                );
              }),
            ),
          )
        : false,
      todo(o),
      section(
        t('sort.heading'),
        h('p', {}, t('sort.intro')),
        h('button', { type: 'button', className: 'btn', onclick: o.onSort }, t('sort.start')),
      ),
      h(
        'div',
        { className: 'actions', style: 'display:flex;gap:.5rem;flex-wrap:wrap;margin-block:1rem' },
        h('button', { type: 'button', className: 'btn secondary', onclick: o.onReplay }, t('debrief.replay')),
        h('button', { type: 'button', className: 'btn secondary', onclick: o.onHome }, t('debrief.home')),
      ),
    ),
  );
  queueMicrotask(() => heading.focus());
  return view;
}
