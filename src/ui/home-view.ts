import { boosterOffer } from './booster-offer.ts';
import './phone.css';
import './home-view.css';
import { h } from './dom.ts';
import { renderHomeGuide } from './home-guide.ts';
import { checkSection, joinSection, teachersSection } from './home-teachers.ts';
import type { HomeChoice, HomeGuide, HomeViewOptions, StoryCard } from './home-types.ts';
import type { Translate } from './strings.ts';

export type { HomeChoice, HomeGuide, HomeViewOptions, StoryCard };

/** Not started, in progress, endings found n of m: from this device's saves only. */
function progressOf(story: StoryCard, t: Translate): string {
  const parts = [];
  if (story.hasSave) parts.push(t('home.progress.inProgress'));
  if (story.endingsFound > 0)
    parts.push(t('home.progress.endings', { count: story.endingsFound, total: story.endings }));
  return parts.length ? parts.join(' · ') : t('home.progress.notStarted');
}

/**
 * The story's cover (decorative: the title is under it). Only the first card's cover loads with Home; the others wait
 * for `after` (see HomeViewOptions.coversAfter) or until they show on screen, and without it load lazily. Meanwhile
 * their box keeps its size and colour, so nothing moves when they arrive.
 */
function cover(story: StoryCard, first: boolean, after: Promise<void> | undefined): HTMLElement | false {
  if (!story.cover) return false;
  const img = h('img', {
    className: 'cover',
    alt: '',
    width: 640,
    height: 260,
    loading: first ? 'eager' : 'lazy',
    fetchpriority: first ? 'auto' : 'low',
    decoding: 'async',
    onerror: (e) => (e.currentTarget as HTMLElement).remove(),
  });
  if (first || !after) img.src = story.cover;
  else holdCover(img, story.cover, after);
  return img;
}

/** Gives a held cover its picture once `after` settles, or as soon as any of it is on screen. */
function holdCover(img: HTMLImageElement, src: string, after: Promise<void>): void {
  img.dataset.src = src;
  const seen =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) load();
        })
      : undefined;
  function load() {
    seen?.disconnect();
    if (!img.getAttribute('src')) img.src = src;
  }
  seen?.observe(img);
  after.then(load, load);
}

function card(story: StoryCard, o: HomeViewOptions, first: boolean): HTMLElement {
  const t = o.t;
  const titleId = `story-${story.id}`;
  const button = (label: string, className: string, choice: HomeChoice) =>
    h('button', { type: 'button', className, onclick: () => o.onChoose(choice), 'aria-describedby': titleId }, label);
  const started = story.hasSave;
  return h(
    'li',
    { className: 'story-card', 'data-story': story.id },
    cover(story, first, o.coversAfter),
    h('h3', { id: titleId }, story.title),
    h('p', { className: started || story.endingsFound ? 'progress started' : 'progress' }, progressOf(story, t)),
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
      started ? button(t('home.continue'), 'btn', { kind: 'story', id: story.id, mode: 'continue' }) : false,
      button(started ? t('home.startOver') : t('home.start'), started ? 'btn secondary' : 'btn', {
        kind: 'story',
        id: story.id,
        mode: 'new',
      }),
      o.projectorOnCards ? button(t('home.projector'), 'btn secondary', { kind: 'projector', id: story.id }) : false,
    ),
  );
}

/** Three visible buttons, each language named in itself (and marked so a screen reader reads it in that language). */
function languageButtons(o: HomeViewOptions): HTMLElement {
  return h(
    'div',
    { className: 'language-buttons', role: 'group', 'aria-label': o.t('home.language') },
    ...o.languages.map((l) =>
      h(
        'button',
        {
          type: 'button',
          className: 'lang-btn',
          lang: l.code,
          'aria-pressed': l.code === o.lang ? 'true' : 'false',
          onclick: () => {
            if (l.code !== o.lang) o.onLanguage(l.code);
          },
        },
        l.name,
      ),
    ),
  );
}

/** The title: the game's name and what it is about, the partner offering it, and the language. */
function titleBlock(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  return h(
    'header',
    { className: 'title-block' },
    o.brand?.logo ? h('img', { src: o.brand.logo, alt: o.brand.name ?? '', className: 'brand-logo' }) : false,
    h('img', { src: './icon.svg', alt: '', className: 'title-mark', width: 56, height: 56 }),
    h('h1', { tabindex: -1 }, t('app.title')),
    h('p', { className: 'tagline' }, t('app.tagline')),
    o.brand?.name ? h('p', { className: 'brand' }, t('home.offeredBy', { name: o.brand.name })) : false,
    languageButtons(o),
  );
}

/** The home screen, a title screen: the game's name, the stories with progress, language, and the teachers' entry. */
export function renderHome(o: HomeViewOptions): HTMLElement {
  const t = o.t;
  return h(
    'main',
    { className: 'screen home', lang: o.lang, dir: o.dir },
    h(
      'div',
      { className: 'home-body' },
      titleBlock(o),
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
      o.onDismissBooster ? boosterOffer(o, o.onDismissBooster) : false,
      o.guide ? renderHomeGuide(t, o.guide) : false,
      h('h2', {}, t('home.heading')),
      h('ul', { className: 'story-list' }, ...o.stories.map((s, i) => card(s, o, i === 0))),
      o.check ? checkSection(o) : false,
      o.onJoin ? joinSection(o.t, o.onJoin) : false,
      teachersSection(o),
    ),
  );
}
