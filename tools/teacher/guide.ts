import { DIRECTION, LANGUAGES, type Lang } from '../../src/content/index.ts';
import { genderSection } from './guide-gender.ts';
import { disclosureSection, distressSection, groundRulesSection, helpSection } from './guide-safety.ts';
import {
  choicesSection,
  endingsSection,
  playbookSection,
  stagesSection,
  techniquesSection,
  voicesSection,
} from './guide-story.ts';
import { html, SafeHtml } from './html.ts';
import { sliceMap } from './map-slices.ts';
import { drawStoryMap, type StoryMap } from './story-map.ts';
import { fill, GUIDE_STRINGS, typeset } from './strings.ts';
import type { TeacherStory } from './teacher-story.ts';

/** File names of the teacher pages, relative to the `teachers/` folder of the build. */
export const teacherFileName = {
  guide: (scenario: string, lang: Lang) => `${scenario}-${lang}.html`,
  map: (scenario: string, lang: Lang) => `${scenario}-${lang}-map.svg`,
  points: (scenario: string, lang: Lang) => `${scenario}-${lang}-points.json`,
  index: 'index.html',
  /** One stylesheet for every teacher page: the deployment's CSP (`style-src 'self'`) forbids inline styles. */
  css: 'guide.css',
} as const;

function header(story: TeacherStory): SafeHtml {
  const { scenario: s, lang } = story;
  const t = GUIDE_STRINGS[lang];
  const others = LANGUAGES.filter((l) => l !== lang).map(
    (l) =>
      html`<a href="${teacherFileName.guide(s.id, l)}" hreflang="${l}" lang="${l}">${GUIDE_STRINGS[l].langName}</a>`,
  );
  const play = `../?scenario=${encodeURIComponent(s.id)}&lang=${lang}`;
  return html`<nav class="top" aria-label="${t.kicker}"><a href="${teacherFileName.index}">${t.allGuides}</a>${others}<a href="${play}">${t.playStory}</a></nav><header><p class="kicker">${t.brand} · ${t.kicker}</p><h1>${s.title[lang]}</h1><p class="print-hint">${t.printHint}</p></header>`;
}

function overview(story: TeacherStory): SafeHtml {
  const { scenario: s, lang, facts } = story;
  const t = GUIDE_STRINGS[lang];
  const fact = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section id="overview"><h2>${t.summary}</h2><p>${s.summary[lang]}</p><dl class="facts" aria-label="${t.facts.label}">${[
    fact(t.facts.age, fill(t.facts.ageValue, { age: s.age }, lang)),
    fact(t.facts.duration, fill(t.facts.durationValue, { minutes: s.minutes }, lang)),
    fact(t.facts.lesson, t.facts.lessonValue),
    fact(t.facts.choices, String(facts.choicePoints.length)),
    fact(t.facts.endings, String(Object.keys(s.endings).length)),
  ]}</dl><h3>${t.goals}</h3><ul>${s.learningGoals[lang].map((g) => html`<li>${g}</li>`)}</ul><div class="note"><h3>${t.contentNote.title}</h3><p>${t.contentNote.intro}</p><p><q>${s.contentNote[lang]}</q></p></div></section>`;
}

function planSection(lang: Lang): SafeHtml {
  const t = GUIDE_STRINGS[lang].plan;
  return html`<section id="plan"><h2>${t.title}</h2><ol class="steps">${t.steps.map((s) => html`<li>${s}</li>`)}</ol></section>`;
}

// A landscape A4 page at 96 px per inch, inside the map page's 10 mm margins: 277 × 190 mm.
const MAP_PAGE = { width: 1047, height: 718, heading: 150 } as const;

function mapSection(story: TeacherStory, map: StoryMap): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].map;
  const file = teacherFileName.map(story.scenario.id, story.lang);
  const scale = Math.min(1, MAP_PAGE.width / map.width);
  const bands = sliceMap(map.height, map.solid, {
    first: (MAP_PAGE.height - MAP_PAGE.heading) / scale,
    rest: (MAP_PAGE.height - 24) / scale,
  });
  // On paper the map is printed in bands cut between nodes, one per page, each showing part of the one drawing; on
  // screen it is the whole drawing. Both are our own markup built with `html`: every story text in them is escaped.
  const parts = bands.map((window) => html`<div class="map-band">${new SafeHtml(map.svg(window))}</div>`);
  return html`<section id="map" class="map-section"><h2>${t.title}</h2><p>${t.intro}</p><figure class="map-figure">${new SafeHtml(map.svg())}</figure><div class="map-print">${parts}</div><p class="print-hint">${t.print} <a href="${file}">${file}</a></p></section>`;
}

function debriefSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].debrief;
  const questions = story.discussion.debrief[story.lang];
  return html`<section id="debrief"><h2>${t.title}</h2><p>${t.intro}</p><ol class="steps">${questions.map((q) => html`<li>${typeset(q, story.lang)}</li>`)}</ol></section>`;
}

/**
 * The printable teacher guide of one scenario in one language: a complete HTML page with no script and no request
 * beyond its stylesheet (`guide.css`, next to it). `map` is the drawn story map (drawn here when not given).
 */
export function renderGuide(story: TeacherStory, map: StoryMap = drawStoryMap(story)): string {
  const { scenario: s, lang } = story;
  const t = GUIDE_STRINGS[lang];
  const body = html`${header(story)}<main>${overview(story)}${planSection(lang)}${groundRulesSection(lang)}${stagesSection(story)}${techniquesSection(story)}${playbookSection(story)}${voicesSection(story)}${choicesSection(story)}${genderSection(story)}${endingsSection(story)}${debriefSection(story)}${distressSection(story)}${disclosureSection(lang)}${helpSection(lang)}${mapSection(story, map)}</main><footer><p>${t.privacy}</p><p class="generated">${t.generated}</p></footer>`;
  return `<!doctype html>\n${html`<html lang="${lang}" dir="${DIRECTION[lang]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fill(t.pageTitle, { title: s.title[lang] }, lang)}</title><link rel="stylesheet" href="${teacherFileName.css}"></head><body>${body}</body></html>`}\n`;
}
