import type { EarlierClass } from '../protocol/index.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** What the teacher asks for: a story session, or a booster session weeks after a class played `scenario`. */
export type SessionRequest =
  | { readonly kind: 'story'; readonly scenario: string; readonly lang: string }
  | { readonly kind: 'booster'; readonly scenario: string; readonly lang: string; readonly earlier?: EarlierClass };

/** What the set-up forms need: strings, stories, languages, earlier classes kept here, and where a request goes. */
export interface TeacherSetupOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly stories: readonly { readonly id: string; readonly title: string }[];
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  /** Earlier classes' before/after results kept on this device, newest first. */
  readonly earlier: () => readonly EarlierClass[];
  readonly onCreate: (request: SessionRequest) => void;
  /** A date as the teacher's language writes it. */
  readonly date: (ms: number) => string;
}

type CreateButton = (label: string, onclick: () => void) => HTMLButtonElement;

/**
 * The teacher's two ways to start: a story session, or a booster session a week or more after a class played; the
 * create buttons come back too, so that they can be disabled while the service answers.
 */
export function renderTeacherSetup(o: TeacherSetupOptions): {
  readonly element: HTMLElement;
  readonly buttons: readonly HTMLButtonElement[];
} {
  const buttons: HTMLButtonElement[] = [];
  const button: CreateButton = (label, onclick) => {
    const b = h('button', { type: 'button', className: 'btn', onclick }, label);
    buttons.push(b);
    return b;
  };
  const element = h('div', { className: 'class-setups' }, storySetup(o, button), boosterSetup(o, button));
  return { element, buttons };
}

function languageSelect(o: TeacherSetupOptions, id: string): HTMLSelectElement {
  const options = o.languages.map((l) =>
    h('option', { value: l.code, lang: l.code, selected: l.code === o.lang }, l.name),
  );
  return h('select', { id }, ...options);
}

function storySelect(o: TeacherSetupOptions, id: string): HTMLSelectElement {
  return h('select', { id }, ...o.stories.map((s) => h('option', { value: s.id }, s.title)));
}

/** A story session: which story, in which language. */
function storySetup(o: TeacherSetupOptions, button: CreateButton): HTMLElement {
  const t = o.t;
  const story = storySelect(o, 'class-story');
  const language = languageSelect(o, 'class-lang');
  const create = () => o.onCreate({ kind: 'story', scenario: story.value, lang: language.value });
  return h(
    'section',
    { className: 'class-setup', 'aria-labelledby': 'class-setup-title' },
    h('h2', { id: 'class-setup-title' }, t('teacher.setup')),
    h('p', {}, h('label', { for: 'class-story' }, t('teacher.scenario')), ' ', story),
    h('p', {}, h('label', { for: 'class-lang' }, t('teacher.language')), ' ', language),
    h('p', {}, button(t('teacher.create'), create)),
  );
}

/**
 * A booster session: which earlier class (its result kept on this device; choosing one sets the story and
 * language), or another class, for which the teacher names the story and language.
 */
function boosterSetup(o: TeacherSetupOptions, button: CreateButton): HTMLElement {
  const t = o.t;
  const earlier = o.earlier();
  const story = storySelect(o, 'booster-story');
  const language = languageSelect(o, 'booster-lang');
  const title = (id: string) => o.stories.find((s) => s.id === id)?.title ?? id;
  const classes = h(
    'select',
    { id: 'booster-class' },
    ...earlier.map((c, i) =>
      h(
        'option',
        { value: String(i) },
        t('teacher.booster.option', { story: title(c.scenario), date: o.date(c.createdAt), code: c.code }),
      ),
    ),
    h('option', { value: '' }, t('teacher.booster.none')),
  );
  const other = h(
    'div',
    { className: 'booster-other' },
    h('p', {}, h('label', { for: 'booster-story' }, t('teacher.booster.story')), ' ', story),
    h('p', {}, h('label', { for: 'booster-lang' }, t('teacher.language')), ' ', language),
  );
  const chosen = () => earlier[Number(classes.value)];
  const showOther = () => {
    other.hidden = classes.value !== '';
  };
  classes.addEventListener('change', showOther);
  showOther();
  const create = () => {
    const c = classes.value === '' ? undefined : chosen();
    o.onCreate(
      c
        ? { kind: 'booster', scenario: c.scenario, lang: c.lang, earlier: c }
        : { kind: 'booster', scenario: story.value, lang: language.value },
    );
  };
  return h(
    'section',
    { className: 'class-setup booster-setup', 'aria-labelledby': 'booster-setup-title' },
    h('h2', { id: 'booster-setup-title' }, t('teacher.booster.setup')),
    h('p', { className: 'setup-hint' }, t('teacher.booster.hint')),
    h('p', {}, h('label', { for: 'booster-class' }, t('teacher.booster.earlier')), ' ', classes),
    other,
    h('p', {}, button(t('teacher.booster.create'), create)),
  );
}
