import { PLAYER_GENDERS } from '../../src/content/index.ts';
import type { GenderLine } from './gender-lines.ts';
import { html, type SafeHtml } from './html.ts';
import { speakerName } from './names.ts';
import { fill, GUIDE_STRINGS } from './strings.ts';
import type { TeacherStory } from './teacher-story.ts';

function who(story: TeacherStory, line: GenderLine): string {
  const t = GUIDE_STRINGS[story.lang].gender;
  if (line.from === 'me') return t.player;
  const kinds: Readonly<Record<string, string>> = t.kinds;
  return kinds[line.from] ?? speakerName(story, line.from);
}

/** Where the words of the story change with the player's gender: a table of the lines and their three versions. */
export function genderSection(story: TeacherStory): SafeHtml {
  const t = GUIDE_STRINGS[story.lang].gender;
  const facts = story.gender;
  if (facts.kind === 'pinned') {
    const gender = t.answers[facts.gender];
    return html`<section id="gender"><h2>${t.title}</h2><p>${fill(t.pinned, { gender }, story.lang)}</p></section>`;
  }
  if (facts.kind === 'same') return html`<section id="gender"><h2>${t.title}</h2><p>${t.same}</p></section>`;
  const head = html`<tr><th scope="col">${t.who}</th>${PLAYER_GENDERS.map((g) => html`<th scope="col">${t.answers[g]}</th>`)}</tr>`;
  const rows = facts.lines.map(
    (line) =>
      html`<tr><th scope="row">${who(story, line)}</th>${PLAYER_GENDERS.map((g) => html`<td>${line.text[g]}</td>`)}</tr>`,
  );
  const partial = facts.isPartial ? html`<p>${t.partial}</p>` : '';
  return html`<section id="gender"><h2>${t.title}</h2><p>${t.intro}</p><table class="gender-lines"><thead>${head}</thead><tbody>${rows}</tbody></table>${partial}</section>`;
}
