import './home-teachers.css';
import type { CheckRound } from '../protocol/index.ts';
import { h } from './dom.ts';
import type { HomeViewOptions } from './home-types.ts';

/**
 * The check on Home: take it before playing, again after, and (once the after check is done) the booster round;
 * the results side by side.
 */
export function checkSection(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  const c = o.check;
  const result = (phase: CheckRound) => {
    const r = c?.[phase];
    return r ? t(`check.result.${phase}`, { count: r.correct, total: r.total }) : undefined;
  };
  const results = [result('before'), result('after'), result('booster')].filter((x): x is string => Boolean(x));
  const start = (phase: CheckRound, label: string) =>
    h(
      'button',
      { type: 'button', className: 'btn secondary', onclick: () => o.onChoose({ kind: 'check', phase }) },
      t(label),
    );
  return h(
    'section',
    { className: 'check-entry', 'aria-labelledby': 'check-title' },
    h('h2', { id: 'check-title' }, t('check.heading')),
    results.length ? h('p', {}, results.join(' · ')) : false,
    h(
      'div',
      { className: 'actions' },
      start('before', 'check.startBefore'),
      c?.before ? start('after', 'check.startAfter') : false,
      c?.after || c?.booster ? start('booster', 'check.startBooster') : false,
    ),
  );
}

/** "Join a class session": a code field (letters and digits, as the teacher's screen shows it). */
export function joinSection(t: HomeViewOptions['t'], onJoin: (code: string) => void): HTMLElement {
  const input = h('input', {
    id: 'join-code',
    type: 'text',
    inputmode: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: false,
    maxlength: 10,
    pattern: '[A-Za-z0-9]{4,10}',
    'aria-describedby': 'join-hint',
  });
  const error = h('p', { id: 'join-hint', className: 'hint' }, t('class.joinHint'));
  const submit = () => {
    const code = input.value.trim().toUpperCase();
    if (/^[A-Z0-9]{4,10}$/.test(code)) onJoin(code);
    else {
      error.textContent = t('class.joinInvalid');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') submit();
  });
  return h(
    'details',
    { className: 'join-entry' },
    h('summary', {}, t('class.join')),
    h(
      'p',
      {},
      h('label', { for: 'join-code' }, t('class.joinCode')),
      ' ',
      input,
      ' ',
      h('button', { type: 'button', className: 'btn secondary', onclick: submit }, t('class.joinButton')),
    ),
    error,
  );
}

/** Projector mode from Home: pick a story and play it with the whole class on one screen. */
function projectorPicker(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  const story = h('select', { id: 'projector-story' }, ...o.stories.map((s) => h('option', { value: s.id }, s.title)));
  return h(
    'p',
    { className: 'projector-entry' },
    h('label', { for: 'projector-story' }, t('home.projectorStory')),
    ' ',
    story,
    ' ',
    h(
      'button',
      { type: 'button', className: 'btn secondary', onclick: () => o.onChoose({ kind: 'projector', id: story.value }) },
      t('home.projector'),
    ),
  );
}

/**
 * The teachers' entry, set apart from the players' part of Home: lesson guides and maps, projector mode, and the live
 * class session when it is offered.
 */
export function teachersSection(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  return h(
    'section',
    { className: 'teachers-entry', 'aria-labelledby': 'teachers-title' },
    h('h2', { id: 'teachers-title' }, t('home.teachers')),
    // Teacher guides and story maps are static pages generated at build time (dist/teachers/).
    h(
      'p',
      { className: 'guides-entry' },
      h('a', { href: `./teachers/index.html#${o.lang}`, target: '_blank', rel: 'noopener' }, t('home.guides')),
    ),
    projectorPicker(o),
    o.hasTeacherScreen
      ? h(
          'p',
          { className: 'teacher-entry' },
          h(
            'button',
            { type: 'button', className: 'btn secondary', onclick: () => o.onChoose({ kind: 'teacher' }) },
            t('home.teacher'),
          ),
        )
      : false,
  );
}
