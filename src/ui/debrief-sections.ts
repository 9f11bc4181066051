import { avatar } from './avatar.ts';
import type { DebriefViewOptions } from './debrief-options.ts';
import { h } from './dom.ts';

/** A folded section: its heading is the disclosure's summary, so the long texts take one line until opened. */
function folded(className: string, title: string, ...children: (Node | false)[]): HTMLElement {
  return h(
    'details',
    { className: `debrief-section folded ${className}` },
    h('summary', {}, h('h2', {}, title)),
    ...children,
  );
}

/** Every technique met, spotted or not, with its quote and full explanation (folded). */
export function renderAllTechniques(o: DebriefViewOptions): HTMLElement | false {
  const { t, model, cast } = o;
  if (model.techniques.length === 0) return false;
  return folded(
    'techniques',
    t('debrief.techniques'),
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

/** The four recruitment stages, each marked reached or not. */
export function renderStages(o: DebriefViewOptions): HTMLElement {
  const t = o.t;
  return folded(
    'stages-section',
    t('debrief.stages'),
    h(
      'ol',
      { className: 'stages' },
      ...o.model.stages.map((s) =>
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
  );
}

/** The player's choices, the other options, and "play again from here" for each. */
export function renderChoices(o: DebriefViewOptions): HTMLElement {
  const { t, model } = o;
  return folded(
    'choices',
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

/** What the credible voices of the story said. */
export function renderVoices(o: DebriefViewOptions): HTMLElement | false {
  const { t, model, cast } = o;
  if (!model.voices.length) return false;
  return folded(
    'voices-section',
    t('debrief.voices'),
    h(
      'ul',
      { className: 'voices' },
      ...model.voices.map((v) => {
        const voice = cast.voice(v.voice);
        return h(
          'li',
          { className: 'card counter' },
          h('span', { className: 'who' }, avatar(voice, 'small'), t('chat.counter', voice)),
          h('p', { dir: 'auto' }, v.text),
        );
      }),
    ),
  );
}

/** What the player can do: talk, report, support a friend; and the way to help. */
/** What you can do: the distress card when the path voiced hopelessness, then who to tell and the Help button. */
export function renderTodo(o: DebriefViewOptions): HTMLElement {
  const t = o.t;
  return h(
    'section',
    { className: 'debrief-section todo', 'aria-labelledby': 'debrief-todo-title' },
    h('h2', { id: 'debrief-todo-title' }, t('debrief.todo')),
    o.model.hadDistress
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
