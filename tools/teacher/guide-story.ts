import { type Lang, techniqueInfo } from '../../src/content/index.ts';
import uiAr from '../../src/content/locales/ar.json' with { type: 'json' };
import uiEn from '../../src/content/locales/en.json' with { type: 'json' };
import uiFr from '../../src/content/locales/fr.json' with { type: 'json' };
import type { EndingId, Stage, TechniqueId, VoiceId } from '../../src/engine/index.ts';
import { html, type SafeHtml } from './html.ts';
import { contextSpeaker, speakerName } from './names.ts';
import type { ChoicePointFacts, ContextLine, PlanLine, Quote } from './story-facts.ts';
import { fill, GUIDE_STRINGS, typeset } from './strings.ts';
import type { TeacherStory } from './teacher-story.ts';

/** The sections of the guide that come from walking the script: stages, techniques, voices, choices, endings. */

/** A quoted line with who says it. */
export function quoteBlock(story: TeacherStory, q: Quote): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].techniques;
  const name = fill(t.says, { name: speakerName(story, q.from) }, story.lang);
  const picture = q.isImage ? html`<span class="tag">${t.picture}</span> ` : '';
  return html`<blockquote class="quote"><cite>${name}</cite> ${picture}<q>${q.text}</q></blockquote>`;
}

// Stage names are the game's own (its UI strings), so the guide and the debrief call them the same.
const UI: Readonly<Record<Lang, Readonly<Record<string, unknown>>>> = { fr: uiFr, ar: uiAr, en: uiEn };

function stageName(stage: Stage, lang: Lang): string {
  const name = UI[lang][`stage.${stage}`];
  return typeof name === 'string' ? name : stage;
}

function techniqueName(id: string, story: TeacherStory): string {
  return techniqueInfo(id as TechniqueId, story.lang).name;
}

/** The four stages with what they mean and the techniques first seen in each. */
export function stagesSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].stages;
  const rows = story.scenario.stages.map((stage) => {
    const seen = [...(story.facts.stages.get(stage) ?? [])].map((id) => techniqueName(id, story));
    return html`<li class="stage"><h3>${stageName(stage, story.lang)}</h3><p>${t.explain[stage]}</p><p class="seen"><strong>${t.seen}</strong> ${seen.length > 0 ? seen.join(' · ') : t.none}</p></li>`;
  });
  return html`<section id="stages"><h2>${t.title}</h2><p>${t.intro}</p><ol class="stages">${rows}</ol></section>`;
}

/** Every technique of the scenario with its explanation and up to three lines that show it. */
export function techniquesSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].techniques;
  const ids = [...new Set([...story.scenario.techniques, ...story.facts.techniques.keys()])];
  const cards = ids.map((id) => {
    const info = techniqueInfo(id as TechniqueId, story.lang);
    const quotes = story.facts.techniques.get(id as TechniqueId) ?? [];
    return html`<article class="card technique" id="technique-${id}"><h3>${info.name}</h3><p>${info.explain}</p><p class="ask"><strong>${t.ask}</strong> ${info.ask}</p>${quotes.map((q) => quoteBlock(story, q))}</article>`;
  });
  return html`<section id="techniques"><h2>${t.title}</h2><p>${t.intro}</p>${cards}</section>`;
}

function planRow(story: TeacherStory, line: PlanLine): SafeHtml {
  const names = line.techniques.map((id) => techniqueName(id, story)).join(' · ');
  return html`<tr><td>${quoteBlock(story, line.quote)}</td><td>${names}</td><td>${line.aim ?? ''}</td></tr>`;
}

/**
 * The playbook, line by line: every manipulative line of the story, grouped by the stage it arrives in, with its
 * technique and the aim the script gives it (#aim), the same the players see after an ending.
 */
export function playbookSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].playbook;
  const groups = story.scenario.stages.flatMap((stage) => {
    const lines = story.facts.plans.filter((p) => p.stage === stage);
    if (lines.length === 0) return [];
    return [
      html`<h3>${stageName(stage, story.lang)}</h3><table class="playbook"><thead><tr><th scope="col">${t.line}</th><th scope="col">${t.technique}</th><th scope="col">${t.aim}</th></tr></thead><tbody>${lines.map((l) => planRow(story, l))}</tbody></table>`,
    ];
  });
  const unstaged = story.facts.plans.filter((p) => !p.stage || !story.scenario.stages.includes(p.stage));
  const rest =
    unstaged.length > 0
      ? html`<h3>${t.before}</h3><table class="playbook"><thead><tr><th scope="col">${t.line}</th><th scope="col">${t.technique}</th><th scope="col">${t.aim}</th></tr></thead><tbody>${unstaged.map((l) => planRow(story, l))}</tbody></table>`
      : '';
  return html`<section id="playbook"><h2>${t.title}</h2><p>${t.intro}</p>${rest}${groups}</section>`;
}

/** The credible voices: name, role, kind, and one thing each says. */
export function voicesSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].voices;
  const cards = Object.entries(story.scenario.voices).map(([id, voice]) => {
    const said = story.facts.voices.get(id as VoiceId);
    return html`<article class="card voice"><h3>${voice.name[story.lang]} <span class="role">(${voice.role[story.lang]} · ${t.kinds[voice.kind]})</span></h3>${said ? html`<blockquote class="quote"><q>${said}</q></blockquote>` : ''}</article>`;
  });
  return html`<section id="voices"><h2>${t.title}</h2><p>${t.intro}</p>${cards}</section>`;
}

function contextBlock(story: TeacherStory, line: ContextLine): SafeHtml {
  const t = GUIDE_STRINGS[story.lang];
  const name = contextSpeaker(story, line);
  const text = line.kind === 'message' ? line.quote.text : line.text;
  const who = name ? html`<cite>${fill(t.techniques.says, { name }, story.lang)}</cite> ` : '';
  return html`<p class="context"><span class="label">${t.choices.context}</span> ${who}<q>${text}</q></p>`;
}

function choiceCard(story: TeacherStory, point: ChoicePointFacts): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].choices;
  const written = story.discussion.points[point.id]?.[story.lang];
  const question = written === undefined ? undefined : typeset(written, story.lang);
  const cost = story.discussion.dilemmas[point.id]?.[story.lang];
  const options = point.options.map(
    (o, i) => html`<li><span class="letter">${t.letters[i] ?? String(i + 1)}</span> <span>${o}</span></li>`,
  );
  return html`<article class="card choice" id="point-${point.number}"><h3><span class="num">${point.number}</span> ${fill(t.point, { number: point.number }, story.lang)} <code class="id">${point.id}</code></h3>${point.context ? contextBlock(story, point.context) : ''}<p class="label">${t.options}</p><ul class="options">${options}</ul><p class="question"><span class="label">${t.question}</span> ${question ?? t.missing}</p>${cost === undefined ? '' : html`<p class="cost"><span class="label">${t.cost}</span> ${typeset(cost, story.lang)}</p>`}</article>`;
}

/** Every choice point in script order, with its options and its discussion question. */
export function choicesSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].choices;
  const cards = story.facts.choicePoints.map((p) => choiceCard(story, p));
  return html`<section id="choices"><h2>${t.title}</h2><p>${t.intro}</p>${cards}</section>`;
}

/** The endings: title and closing line. */
export function endingsSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].endings;
  const items = Object.entries(story.scenario.endings).map(([id, ending]) => {
    const line = story.facts.endings.get(id as EndingId);
    return html`<dt>${ending.title[story.lang]}</dt><dd>${line ? html`<q>${line}</q>` : ''}</dd>`;
  });
  return html`<section id="endings"><h2>${t.title}</h2><p>${t.intro}</p><dl class="endings">${items}</dl></section>`;
}
