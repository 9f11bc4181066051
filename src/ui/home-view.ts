import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** A story as the home screen lists it, in the current language. */
export interface StoryCard {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  readonly age: number;
  readonly contentNote: string;
  readonly hasSave: boolean;
}

/** What the home screen needs and reports. */
export interface HomeViewOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly stories: readonly StoryCard[];
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly notice?: string;
  readonly onStart: (id: string, mode: 'new' | 'continue') => void;
  readonly onLanguage: (code: string) => void;
  /** A new version is ready: Home offers to switch to it. */
  readonly onUpdate?: () => void;
  /** The partner offering the game, shown on Home. */
  readonly brand?: { readonly name?: string; readonly logo?: string };
  /** Teacher mode: opens the class-session screen. */
  readonly onTeacher?: () => void;
  /** The before/after check: results so far on this device, and how to start each part. */
  readonly check?: {
    readonly before?: { readonly correct: number; readonly total: number };
    readonly after?: { readonly correct: number; readonly total: number };
    readonly onStart: (phase: 'before' | 'after') => void;
  };
  /** A student joins a live class session with the code the teacher shows. */
  readonly onJoin?: (code: string) => void;
  /** Projector mode: play a story with the whole class on one screen (offered in the teachers' entry). */
  readonly onProjector?: (id: string) => void;
  /** Teacher mode: each story card also has its own "Play on the projector" button. */
  readonly projectorOnCards?: boolean;
}

function card(story: StoryCard, o: HomeViewOptions): HTMLElement {
  const t = o.t;
  const titleId = `story-${story.id}`;
  const start = h(
    'button',
    {
      type: 'button',
      className: story.hasSave ? 'btn secondary' : 'btn',
      onclick: () => o.onStart(story.id, 'new'),
      'aria-describedby': titleId,
    },
    story.hasSave ? t('home.startOver') : t('home.start'),
  );
  const resume = story.hasSave
    ? h(
        'button',
        {
          type: 'button',
          className: 'btn',
          onclick: () => o.onStart(story.id, 'continue'),
          'aria-describedby': titleId,
        },
        t('home.continue'),
      )
    : false;
  return h(
    'li',
    { className: 'story-card', 'data-story': story.id },
    h('h3', { id: titleId }, story.title),
    h('p', {}, story.summary),
    h(
      'p',
      { className: 'meta' },
      `${t('home.minutes', { count: story.minutes })} · ${t('home.age', { count: story.age })}`,
    ),
    h('details', {}, h('summary', {}, t('home.contentNote')), h('p', {}, story.contentNote)),
    h(
      'div',
      { className: 'actions' },
      resume,
      start,
      o.onProjector && o.projectorOnCards
        ? h(
            'button',
            {
              type: 'button',
              className: 'btn secondary',
              onclick: () => o.onProjector?.(story.id),
              'aria-describedby': titleId,
            },
            t('home.projector'),
          )
        : false,
    ),
  );
}

/** The before/after check on Home: take it before playing, again after, and see both results side by side. */
function checkSection(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  const c = o.check;
  const result = (phase: 'before' | 'after') => {
    const r = c?.[phase];
    return r ? t(`check.result.${phase}`, { count: r.correct, total: r.total }) : undefined;
  };
  const results = [result('before'), result('after')].filter((x): x is string => Boolean(x));
  return h(
    'section',
    { className: 'check-entry', 'aria-labelledby': 'check-title' },
    h('h2', { id: 'check-title' }, t('check.heading')),
    results.length ? h('p', {}, results.join(' · ')) : false,
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', className: 'btn secondary', onclick: () => c?.onStart('before') },
        t('check.startBefore'),
      ),
      c?.before
        ? h(
            'button',
            { type: 'button', className: 'btn secondary', onclick: () => c.onStart('after') },
            t('check.startAfter'),
          )
        : false,
    ),
  );
}

/** "Join a class session": a code field (letters and digits, as the teacher's screen shows it). */
function joinSection(t: HomeViewOptions['t'], onJoin: (code: string) => void): HTMLElement {
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
function projectorPicker(o: HomeViewOptions, onProjector: (id: string) => void): HTMLElement {
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
      { type: 'button', className: 'btn secondary', onclick: () => onProjector(story.value) },
      t('home.projector'),
    ),
  );
}

/** The teachers' entry: lesson guides and maps, projector mode, and the live class session when it is offered. */
function teachersSection(o: HomeViewOptions): HTMLElement {
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
    o.onProjector ? projectorPicker(o, o.onProjector) : false,
    o.onTeacher
      ? h(
          'p',
          { className: 'teacher-entry' },
          h('button', { type: 'button', className: 'btn secondary', onclick: o.onTeacher }, t('home.teacher')),
        )
      : false,
  );
}

/** The home screen: the stories, continue where you left off, language and settings. */
export function renderHome(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  const select = h(
    'select',
    { id: 'language', onchange: (e: Event) => o.onLanguage((e.target as HTMLSelectElement).value) },
    ...o.languages.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === o.lang }, l.name)),
  );
  return h(
    'main',
    { className: 'screen home', lang: o.lang, dir: o.dir },
    h(
      'div',
      { className: 'topbar' },
      o.brand?.logo ? h('img', { src: o.brand.logo, alt: o.brand.name ?? '', className: 'brand-logo' }) : false,
      h('h1', {}, t('app.title')),
      h('label', { className: 'visually-hidden', for: 'language' }, t('home.language')),
      select,
    ),
    o.notice ? h('p', { className: 'notice', role: 'status' }, o.notice) : false,
    o.onUpdate
      ? h(
          'p',
          { className: 'notice update', role: 'status' },
          t('home.updateReady'),
          ' ',
          h('button', { type: 'button', className: 'btn secondary', onclick: o.onUpdate }, t('home.updateNow')),
        )
      : false,
    h(
      'div',
      { className: 'home-body' },
      h('p', {}, t('app.tagline')),
      o.brand?.name ? h('p', { className: 'brand' }, t('home.offeredBy', { name: o.brand.name })) : false,
      h('h2', {}, t('home.heading')),
      h('ul', { className: 'story-list' }, ...o.stories.map((s) => card(s, o))),
      o.check ? checkSection(o) : false,
      o.onJoin ? joinSection(o.t, o.onJoin) : false,
      teachersSection(o),
    ),
  );
}
