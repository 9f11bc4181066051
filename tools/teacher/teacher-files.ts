import { basename } from 'node:path';
import { LANGUAGES, type Lang, type Scenario } from '../../src/content/index.ts';
import { listScenarioDirs, loadScenarioFile, STORIES_DIR } from '../scenario-files.ts';
import { renderGuide, teacherFileName } from './guide.ts';
import { GUIDE_CSS } from './guide-style.ts';
import { renderTeacherIndex } from './index-page.ts';
import { drawStoryMap, standaloneSvg } from './story-map.ts';
import { discussionProblems, loadTeacherStory, type TeacherStory } from './teacher-story.ts';

/** A generated teacher page, named relative to the `teachers/` folder. */
export interface TeacherFile {
  readonly fileName: string;
  readonly source: string;
}

/** Where the teacher pages read from (defaults: the repository's stories and discussion files). */
export interface TeacherSources {
  readonly storiesDir?: string;
  readonly discussionDir?: string;
}

/** The guide and the standalone map of one scenario in one language, what is missing in its questions, and the story read. */
export function buildScenarioFiles(
  dir: string,
  lang: Lang,
  sources: TeacherSources = {},
): { story: TeacherStory; files: TeacherFile[]; problems: string[] } {
  const story = loadTeacherStory({
    dir,
    lang,
    ...(sources.discussionDir ? { discussionDir: sources.discussionDir } : {}),
  });
  const map = drawStoryMap(story);
  const id = story.scenario.id;
  return {
    story,
    files: [
      { fileName: teacherFileName.guide(id, lang), source: renderGuide(story, map) },
      { fileName: teacherFileName.map(id, lang), source: standaloneSvg(map) },
      { fileName: teacherFileName.points(id, lang), source: choicePointsJson(story) },
    ],
    problems: discussionProblems(story),
  };
}

/**
 * The choice points in story order with their options' text, for the live class dashboard (the same numbers as the
 * guide and the map). A point whose options vary between visits gives no texts: its option numbers are per visit.
 */
function choicePointsJson(story: TeacherStory): string {
  const points = story.facts.choicePoints.map((p) => ({
    point: p.id,
    number: p.number,
    options: p.varies ? [] : p.options,
  }));
  return `${JSON.stringify({ version: 1, points })}\n`;
}

function scenariosIn(storiesDir: string): Scenario[] {
  return listScenarioDirs(storiesDir).map((dir) => {
    const loaded = loadScenarioFile(dir);
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    return loaded.value;
  });
}

/** The stylesheet every teacher page links. */
export function buildTeacherStyles(): TeacherFile {
  return { fileName: teacherFileName.css, source: GUIDE_CSS.trimStart() };
}

/** The teachers' index page (listed scenarios only). */
export function buildTeacherIndex(sources: TeacherSources = {}): TeacherFile {
  return {
    fileName: teacherFileName.index,
    source: renderTeacherIndex(scenariosIn(sources.storiesDir ?? STORIES_DIR)),
  };
}

/** Every teacher page: a guide and a map per scenario (the unlisted sample too) and language, the index, the styles. */
export function buildTeacherFiles(sources: TeacherSources = {}): { files: TeacherFile[]; problems: string[] } {
  const files: TeacherFile[] = [buildTeacherIndex(sources), buildTeacherStyles()];
  const problems: string[] = [];
  for (const dir of listScenarioDirs(sources.storiesDir ?? STORIES_DIR)) {
    for (const lang of LANGUAGES) {
      const built = buildScenarioFiles(dir, lang, sources);
      files.push(...built.files);
      problems.push(...built.problems);
    }
  }
  return { files, problems: [...new Set(problems)] };
}

/** Builds the one teacher file a path names (`index.html`, `guide.css`, `<id>-<lang>.html`, `<id>-<lang>-map.svg`), for dev. */
export function buildTeacherFile(fileName: string, sources: TeacherSources = {}): TeacherFile | undefined {
  if (fileName === teacherFileName.index || fileName === '') return buildTeacherIndex(sources);
  if (fileName === teacherFileName.css) return buildTeacherStyles();
  const match = /^([a-z0-9][a-z0-9_-]*)-(fr|ar|en)(-map\.svg|-points\.json|\.html)$/.exec(fileName);
  if (!match?.[1] || !match[2]) return undefined;
  const dir = listScenarioDirs(sources.storiesDir ?? STORIES_DIR).find((d) => basename(d) === match[1]);
  if (!dir) return undefined;
  return buildScenarioFiles(dir, match[2] as Lang, sources).files.find((f) => f.fileName === fileName);
}
