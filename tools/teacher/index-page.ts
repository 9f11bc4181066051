import { DIRECTION, LANGUAGES, type Lang, type Scenario } from '../../src/content/index.ts';
import { teacherFileName } from './guide.ts';
import { html, type SafeHtml } from './html.ts';
import { fill, GUIDE_STRINGS } from './strings.ts';

function languageSection(lang: Lang, scenarios: readonly Scenario[]): SafeHtml {
  const t = GUIDE_STRINGS[lang];
  const items = scenarios.map(
    (s) =>
      html`<li class="card"><h3>${s.title[lang]}</h3><p>${s.summary[lang]}</p><p class="meta">${fill(t.index.minutes, { minutes: s.minutes, age: s.age }, lang)}</p><p><a href="${teacherFileName.guide(s.id, lang)}">${t.index.guide}</a> · <a href="${teacherFileName.map(s.id, lang)}">${t.index.map}</a></p></li>`,
  );
  return html`<section lang="${lang}" dir="${DIRECTION[lang]}" id="${lang}"><h2>${t.langName}: ${t.index.title}</h2><p>${t.index.intro}</p><ul class="guides">${items}</ul></section>`;
}

/** The `teachers/index.html` page: every listed scenario's guide and map, in each language (Arabic right to left). */
export function renderTeacherIndex(scenarios: readonly Scenario[]): string {
  const t = GUIDE_STRINGS.fr;
  const listed = scenarios.filter((s) => s.listed);
  const jump = LANGUAGES.map((l) => html`<a href="#${l}" lang="${l}">${GUIDE_STRINGS[l].langName}</a>`);
  const title = LANGUAGES.map((l) => GUIDE_STRINGS[l].index.title).join(' · ');
  return `<!doctype html>\n${html`<html lang="fr" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.brand}: ${title}</title><link rel="stylesheet" href="${teacherFileName.css}"></head><body><nav class="top" aria-label="${title}">${jump}</nav><header><p class="kicker">${LANGUAGES.map((l) => GUIDE_STRINGS[l].brand).join(' · ')}</p><h1>${title}</h1></header><main>${LANGUAGES.map((l) => languageSection(l, listed))}</main></body></html>`}\n`;
}
