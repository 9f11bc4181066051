import {
  adultHelpDirectoryMa,
  formatVerified,
  type HelpDirectory,
  type HelpEntry,
  helpDirectoryMa,
  type Lang,
} from '../../src/content/index.ts';
import { quoteBlock } from './guide-story.ts';
import { html, type SafeHtml } from './html.ts';
import { speakerName } from './names.ts';
import { fill, GUIDE_STRINGS } from './strings.ts';
import type { TeacherStory } from './teacher-story.ts';

/** The sections of the guide about safety: ground rules, what to do after a disclosure, the help directory. */

/** Ground rules for discussing extremism in class. */
export function groundRulesSection(lang: Lang): SafeHtml {
  const t = GUIDE_STRINGS[lang].groundRules;
  return html`<section id="ground-rules"><h2>${t.title}</h2><ul class="rules">${t.items.map((i) => html`<li>${i}</li>`)}</ul></section>`;
}

/** How to respond when a student discloses something worrying. */
export function disclosureSection(lang: Lang): SafeHtml {
  const t = GUIDE_STRINGS[lang].disclosure;
  return html`<section id="disclosure"><h2>${t.title}</h2><p>${t.intro}</p><ol class="steps">${t.steps.map((s) => html`<li>${s}</li>`)}</ol></section>`;
}

/** A localized text, or "check" when the sources do not confirm it. */
function factText(value: 'check' | Readonly<Record<Lang, string>>, lang: Lang): SafeHtml | string {
  return value === 'check' ? html`<strong class="check">${GUIDE_STRINGS[lang].help.check}</strong>` : value[lang];
}

function row(label: string, value: SafeHtml | string): SafeHtml {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function helpEntry(entry: HelpEntry, lang: Lang, audience: HelpDirectory['audience']): SafeHtml {
  const t = GUIDE_STRINGS[lang].help;
  // A person or a list of steps is reached by following it, not by a number: no "how to reach" row for them.
  const isReached = entry.kind === 'person' || entry.kind === 'steps';
  const contacts =
    entry.contacts.length > 0
      ? html`<ul class="contacts">${entry.contacts.map((c) => html`<li><a href="${c.href}">${c.label[lang]}</a></li>`)}</ul>`
      : t.noContact;
  const lists =
    entry.kind === 'person' || entry.kind === 'steps'
      ? html`<p class="label">${t.steps}</p><ol>${entry.steps[lang].map((s) => html`<li>${s}</li>`)}</ol>`
      : '';
  const starters =
    entry.kind === 'person'
      ? html`<p class="label">${t.starters}</p><ul>${entry.starters[lang].map((s) => html`<li><q>${s}</q></li>`)}</ul>`
      : '';
  const badge = audience === 'adults' ? html`<span class="badge adults">${t.adults}</span>` : '';
  return html`<article class="card help ${audience}"><h4>${entry.name[lang]}</h4>${badge}<dl>${row(t.for, entry.for[lang])}${isReached && entry.contacts.length === 0 ? '' : row(t.reach, contacts)}${row(t.hours, factText(entry.hours, lang))}${row(t.cost, factText(entry.cost, lang))}</dl>${lists}${starters}${entry.needsCheck ? html`<p class="check">${t.needsCheck}</p>` : ''}${entry.verification ? html`<p class="verification"><strong>${t.verification}</strong> : ${entry.verification[lang]}</p>` : ''}<p class="meta">${fill(t.checked, { date: formatVerified(entry.lastVerified, lang) }, lang)} · <a href="${entry.source}">${fill(t.source, { source: new URL(entry.source).hostname }, lang)}</a></p></article>`;
}

/** The student help directory, then the entries for adults only (e.g. e-Blagh). */
export function helpSection(
  lang: Lang,
  directories: readonly HelpDirectory[] = [helpDirectoryMa, adultHelpDirectoryMa],
): SafeHtml {
  const t = GUIDE_STRINGS[lang].help;
  const groups = directories.map(
    (d) =>
      html`<h3 class="group">${d.audience === 'adults' ? t.adults : t.students}</h3>${d.entries.map((e) => helpEntry(e, lang, d.audience))}`,
  );
  return html`<section id="help"><h2>${t.title}</h2><p>${t.intro}</p>${groups}</section>`;
}

/** The story's #distress lines with who checks in, and notes for the teacher: what to watch, how to respond, safely. */
export function distressSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].distress;
  const list = (items: readonly string[]) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
  const moments = story.facts.distress.map((m) => {
    const line =
      m.from === undefined || m.from === 'me'
        ? html`<blockquote class="quote">${m.from ? html`<cite>${t.player}</cite> ` : ''}<q>${m.text}</q></blockquote>`
        : quoteBlock(story, { from: m.from, text: m.text, isImage: false });
    const checkin = m.checkin
      ? html`<p class="label">${fill(t.checkin, { name: speakerName(story, m.checkin.from) }, story.lang)}</p>${quoteBlock(story, m.checkin)}`
      : '';
    return html`<article class="card distress">${line}${checkin}</article>`;
  });
  const found = moments.length > 0 ? moments : html`<p>${t.none}</p>`;
  return html`<section id="distress"><h2>${t.title}</h2><p>${t.intro}</p>${found}<h3>${t.watchTitle}</h3>${list(t.watch)}<h3>${t.respondTitle}</h3>${list(t.respond)}<h3>${t.safeTitle}</h3>${list(t.safe)}</section>`;
}
