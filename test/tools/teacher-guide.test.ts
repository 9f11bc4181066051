import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang, type Scenario, techniqueInfo } from '../../src/content/index.ts';
import type { TechniqueId } from '../../src/engine/index.ts';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';
import { teacherFileName } from '../../tools/teacher/guide.ts';
import {
  buildScenarioFiles,
  buildTeacherFile,
  buildTeacherIndex,
  buildTeacherStyles,
} from '../../tools/teacher/teacher-files.ts';
import { discussionProblems, loadTeacherStory } from '../../tools/teacher/teacher-story.ts';
import { writeScenario } from '../helpers/scenario-dir.ts';

interface Built {
  readonly scenario: Scenario;
  readonly lang: Lang;
  readonly guide: string;
  readonly map: string;
  readonly problems: readonly string[];
  readonly pointIds: readonly string[];
}

const scenarios = listScenarioDirs().map((dir) => {
  const loaded = loadScenarioFile(dir);
  if (!loaded.ok) throw new Error(loaded.error.join('\n'));
  return { dir, scenario: loaded.value };
});
const cases = scenarios.flatMap((s) => LANGUAGES.map((lang) => ({ ...s, lang })));
const built = new Map<string, Built>();
const key = (id: string, lang: Lang) => `${id}/${lang}`;

function get(id: string, lang: Lang): Built {
  const b = built.get(key(id, lang));
  if (!b) throw new Error(`no guide built for ${id} ${lang}`);
  return b;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of a piece of markup (tags dropped, the entities our escaper writes decoded), with lines joined. */
function textOf(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<\/(?:tspan|text)>\s*<tspan[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/** Open and close tags balance, name by name (a cheap well-formedness check; the PDF test parses it for real). */
function unbalancedTags(markup: string): string[] {
  const counts = new Map<string, number>();
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, close, name = '', selfClose] = m;
    if (selfClose) continue;
    counts.set(name, (counts.get(name) ?? 0) + (close ? -1 : 1));
  }
  return [...counts].filter(([, n]) => n !== 0).map(([name]) => name);
}

// Walking every script takes a few seconds; build each guide once.
beforeAll(() => {
  for (const { dir, scenario, lang } of cases) {
    const { files, problems, story } = buildScenarioFiles(dir, lang);
    const source = (name: string) => files.find((f) => f.fileName === name)?.source ?? '';
    built.set(key(scenario.id, lang), {
      scenario,
      lang,
      guide: source(teacherFileName.guide(scenario.id, lang)),
      map: source(teacherFileName.map(scenario.id, lang)),
      problems,
      pointIds: story.facts.choicePoints.map((p) => p.id).sort(),
    });
  }
}, 120_000);

describe('teacher guide', () => {
  it.each(cases)('generates for $scenario.id in $lang, complete and self-contained', ({ scenario, lang }) => {
    const { guide } = get(scenario.id, lang);
    expect(guide.startsWith('<!doctype html>')).toBe(true);
    expect(guide).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    // No script, no inline style (the deployment's CSP forbids both), nothing to fetch but the stylesheet next to it.
    expect(guide).not.toMatch(/<script|<style|\sstyle=|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(guide.match(/<link[^>]*>/g)).toEqual(['<link rel="stylesheet" href="guide.css">']);
    const text = textOf(guide);
    expect(text).toContain(scenario.title[lang]);
    expect(text).toContain(scenario.contentNote[lang]);
    for (const goal of scenario.learningGoals[lang]) expect(text).toContain(goal);
  });

  it.each(cases)('shows every technique of $scenario.id in $lang with its name', ({ scenario, lang }) => {
    const { guide } = get(scenario.id, lang);
    const text = textOf(guide);
    for (const id of scenario.techniques) {
      expect(guide).toContain(`id="technique-${id}"`);
      expect(text).toContain(techniqueInfo(id as TechniqueId, lang).name);
    }
  });

  it.each(cases)(
    'gives the aim of every manipulative line of $scenario.id in $lang, by stage',
    ({ dir, scenario, lang }) => {
      const section = get(scenario.id, lang).guide.match(/<section id="playbook">[\s\S]*?<\/section>/)?.[0] ?? '';
      const aims = [...readFileSync(join(dir, `${lang}.ink`), 'utf8').matchAll(/#\s*aim:\s*([^#\n]+)/g)].map((m) =>
        (m[1] ?? '').trim(),
      );
      expect(aims.length).toBeGreaterThan(0);
      const text = textOf(section);
      for (const aim of aims) expect(text).toContain(aim);
      expect(section.match(/<table class="playbook">/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(cases)(
    'lists the counter-narrative voices and the teacher-only help of $scenario.id in $lang',
    ({ scenario, lang }) => {
      const text = textOf(get(scenario.id, lang).guide);
      for (const voice of Object.values(scenario.voices)) expect(text).toContain(voice.name[lang]);
      expect(text).toContain('2511');
      expect(text).toMatch(/e-Blagh|إي-بلاغ/);
    },
  );

  it.each(cases)(
    'gives each help entry its source and date, and a distress section, in $scenario.id ($lang)',
    ({ scenario, lang }) => {
      const guide = get(scenario.id, lang).guide;
      for (const source of ['https://www.onde.ma/fr/onde/protection', 'https://www.e-blagh.ma', 'https://lnt.ma/']) {
        expect(guide).toContain(source);
      }
      expect(guide).toContain('id="distress"');
      expect(textOf(guide)).toMatch(/familleactuelle\.ma/);
    },
  );
});

describe('distress moments', () => {
  const ink = `-> start
=== start ===
salut #from: karim #flag: flattery #aim: te faire sentir spécial #stage: target
à quoi ça sert. je compte pour personne #from: me #distress
hé. ça va vraiment ? je suis là #from: nadia #checkin
Si tu te sens mal, parle à un adulte de confiance. #help: distress
Tu en as parlé. #ending: good
-> END
`;

  it('quotes each #distress line with who checks in, and the notes for the teacher, in each language', () => {
    const L = (x: string) => ({ fr: x, ar: x, en: x });
    const dir = writeScenario('sad', ink, {
      characters: {
        karim: { name: L('Karim'), color: '#336699', role: 'recruiter' },
        nadia: { name: L('Nadia'), color: '#aa3366' },
      },
    });
    const notes = { fr: /Aucune méthode/, ar: /لا طريقة ولا تفاصيل/, en: /No method and no details/ } as const;
    for (const lang of LANGUAGES) {
      const story = loadTeacherStory({ dir, lang, discussionDir: dirname(dir) });
      expect(story.facts.distress).toEqual([
        {
          text: 'à quoi ça sert. je compte pour personne',
          from: 'me',
          checkin: { from: 'nadia', text: 'hé. ça va vraiment ? je suis là', isImage: false },
        },
      ]);
      const guide = buildScenarioFiles(dir, lang, { discussionDir: dirname(dir) }).files.find((f) =>
        f.fileName.endsWith('.html'),
      );
      const section = textOf(guide?.source.match(/<section id="distress">[\s\S]*?<\/section>/)?.[0] ?? '');
      expect(section).toContain('à quoi ça sert. je compte pour personne');
      expect(section).toContain('Nadia');
      expect(section).toMatch(notes[lang]);
    }
  });
});

describe('discussion questions', () => {
  it.each(cases)('cover every choice point of $scenario.id in $lang, and no unknown one', ({ scenario, lang }) => {
    expect(get(scenario.id, lang).problems).toEqual([]);
  });

  it.each(scenarios)('use the same choice point ids in every language ($scenario.id)', ({ scenario }) => {
    const [first, ...rest] = LANGUAGES.map((lang) => get(scenario.id, lang).pointIds);
    for (const ids of rest) expect(ids).toEqual(first);
    expect(first?.length).toBeGreaterThan(0);
  });
});

describe('story map', () => {
  it.each(cases)(
    'has a title, a legend and every choice point and ending of $scenario.id in $lang',
    ({ scenario, lang }) => {
      const { map, pointIds } = get(scenario.id, lang);
      expect(map).toMatch(
        /^<\?xml [^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="/,
      );
      expect(unbalancedTags(map)).toEqual([]);
      const title = /<title id="[^"]+">([^<]*)<\/title><desc id="[^"]+">([^<]+)<\/desc>/.exec(map);
      expect(textOf(title?.[1] ?? '')).toContain(scenario.title[lang]);
      for (const ending of Object.keys(scenario.endings)) expect(map).toContain(`data-ending="${ending}"`);
      for (const id of pointIds) expect(map).toContain(`data-point="${id}"`);
      expect(map).toContain('class="legend"');
    },
  );
});

describe('teacher index', () => {
  it('links every listed scenario in every language, and leaves the unlisted sample out', () => {
    const { source } = buildTeacherIndex();
    for (const { scenario } of scenarios) {
      for (const lang of LANGUAGES) {
        const link = `href="${teacherFileName.guide(scenario.id, lang)}"`;
        if (scenario.listed) expect(source).toContain(link);
        else expect(source).not.toContain(link);
      }
    }
    expect(source).toContain('dir="rtl"');
  });

  it('share one stylesheet with A4 print rules and a landscape page for the map', () => {
    const css = buildTeacherStyles().source;
    expect(css).toContain('@page { size: A4;');
    expect(css).toContain('@page map { size: A4 landscape;');
    expect(buildTeacherFile('guide.css')?.source).toBe(css);
  });

  it('still builds the unlisted sample on request', () => {
    expect(buildTeacherFile('sample-en.html')?.source).toContain('<html lang="en"');
    expect(buildTeacherFile('sample-ar-map.svg')?.source).toContain('<svg');
    expect(buildTeacherFile('nope-en.html')).toBeUndefined();
  });
});

describe('escaping', () => {
  const evil = '<script>alert(1)</script>';
  const ink = `
=== start ===
Salut ${evil} #from: karim #flag: flattery #aim: ${evil} #stage: target
* [Répondre <b>gras</b>] ok
  -> fin
* [Partir]
  -> fin
=== fin ===
Écoute ${evil} #counter: sara
Fin <img src=x onerror=alert(1)> #ending: good
-> END
`;

  it('escapes story text, options, voices, endings and questions in the guide and the map', () => {
    const dir = writeScenario('evil', `-> start\n${ink}`, { chats: { squad: { kind: 'dm', with: 'karim' } } });
    const discussionDir = join(dirname(dir), 'discussion');
    mkdirSync(discussionDir, { recursive: true });
    writeFileSync(
      join(discussionDir, 'evil.json'),
      JSON.stringify({
        points: { 'start#1': { fr: `Q ${evil}`, ar: `Q ${evil}`, en: `Q ${evil}` } },
        dilemmas: { 'start#1': { fr: `C ${evil}`, ar: `C ${evil}`, en: `C ${evil}` } },
        debrief: { fr: [evil, 'b', 'c'], ar: [evil, 'b', 'c'], en: [evil, 'b', 'c'] },
      }),
    );
    for (const lang of LANGUAGES) {
      const { files } = buildScenarioFiles(dir, lang, { discussionDir });
      for (const file of files) {
        // The dashboard's option labels are data, shown as text (never parsed as markup): they must only parse.
        if (file.fileName.endsWith('.json')) {
          expect(() => JSON.parse(file.source), file.fileName).not.toThrow();
          continue;
        }
        expect(file.source, file.fileName).not.toContain('<script>');
        expect(file.source, file.fileName).not.toContain('<b>');
        expect(file.source, file.fileName).not.toContain('<img');
      }
      const guide = files.find((f) => f.fileName.endsWith('.html'))?.source ?? '';
      expect(guide).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(textOf(guide)).toContain(`Q ${evil}`);
      expect(textOf(guide)).toContain(`C ${evil}`);
    }
  });

  it('says which choice points have no question', () => {
    const dir = writeScenario('quiet', `-> start\n${ink}`, { chats: { squad: { kind: 'dm', with: 'karim' } } });
    const story = loadTeacherStory({ dir, lang: 'en', discussionDir: dirname(dir) });
    expect(discussionProblems(story)).toContain('quiet (en): choice point start#1 has no discussion question');
  });

  it('says which dilemmas name a choice point the story does not have', () => {
    const dir = writeScenario('costly', `-> start\n${ink}`, { chats: { squad: { kind: 'dm', with: 'karim' } } });
    const q = { fr: 'Q', ar: 'Q', en: 'Q' };
    writeFileSync(
      join(dirname(dir), 'costly.json'),
      JSON.stringify({
        points: { 'start#1': q },
        dilemmas: { 'start#2': q },
        debrief: { fr: ['a', 'b', 'c'], ar: ['a', 'b', 'c'], en: ['a', 'b', 'c'] },
      }),
    );
    const story = loadTeacherStory({ dir, lang: 'en', discussionDir: dirname(dir) });
    expect(discussionProblems(story)).toEqual(['costly: dilemma for unknown choice point start#2']);
  });
});
