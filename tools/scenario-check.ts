import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { firstChatOf, LANGUAGES, type Lang, recruitersOf, type Scenario, vocabularyOf } from '../src/content/index.ts';
import { type ChatId, type RunnerOptions, splitTag } from '../src/engine/index.ts';
import { compileInkCached } from './compile-cache.ts';
import { formatProblem } from './ink-compiler.ts';
import { lintInkTags } from './ink-lint.ts';
import { knotsOfText, locateText, readOutline } from './ink-source.ts';
import { loadScenarioFile } from './scenario-files.ts';
import { type WalkReport, walkStory } from './story-walk.ts';
import { cachedWalk } from './walk-cache.ts';

/** The figures and problems of one language of a scenario. */
export interface LanguageCheck {
  readonly lang: Lang;
  readonly file: string;
  readonly report?: WalkReport;
  /** Knots and stitches in source order, and the tags written in each (pacing tags left out). */
  readonly structure?: { readonly flows: readonly string[]; readonly tags: ReadonlyMap<string, string> };
}

/** The result of checking one scenario in every language. */
export interface ScenarioCheck {
  readonly id: string;
  readonly scenario?: Scenario;
  readonly languages: readonly LanguageCheck[];
  readonly problems: string[];
}

const PACING_TAGS = new Set(['typing', 'delay']);

function rel(file: string): string {
  return relative(process.cwd(), file) || file;
}

function outlineStructure(files: readonly string[]): NonNullable<LanguageCheck['structure']> {
  const outline = readOutline(files);
  const perFlow = new Map<string, string[]>();
  for (const t of outline.tags) {
    if (PACING_TAGS.has(splitTag(t.tag).key)) continue;
    const list = perFlow.get(t.flow) ?? [];
    list.push(t.tag.replace(/\s*:\s*/, ': '));
    perFlow.set(t.flow, list);
  }
  const tags = new Map([...perFlow].map(([flow, list]) => [flow, list.join(' | ')]));
  return { flows: outline.flows, tags };
}

/** Metadata against what the walk found: endings reached, techniques, voices and stages used. */
function compareWithMetadata(s: Scenario, file: string, r: WalkReport, problems: string[]): void {
  const say = (m: string) => problems.push(`${rel(file)}: ${m}`);
  for (const id of Object.keys(s.endings)) if (!r.endings.has(id)) say(`ending "${id}" is never reached`);
  for (const t of s.techniques)
    if (!r.techniques.has(t)) say(`technique "${t}" is listed in scenario.json but never tagged`);
  for (const v of Object.keys(s.voices))
    if (!r.voices.has(v)) say(`voice "${v}" is listed in scenario.json but never speaks`);
  for (const st of s.stages) if (!r.stages.has(st)) say(`stage "${st}" is listed in scenario.json but never tagged`);
}

/** Every scenario is about someone who manipulates: the check needs to know who, to keep them out of #checkin. */
function checkRoles(s: Scenario, dir: string, problems: string[]): void {
  if (recruitersOf(s).size === 0) {
    problems.push(
      `${rel(join(dir, 'scenario.json'))}: no character has "role": "recruiter"; mark the recruiter(s) so the check ` +
        'can tell a check-in from a friend from one by a recruiter',
    );
  }
}

function checkLanguage(dir: string, s: Scenario, lang: Lang, maxStates: number, problems: string[]): LanguageCheck {
  const file = join(dir, `${lang}.ink`);
  if (!existsSync(file)) {
    problems.push(`${rel(file)}: missing (every scenario has fr, ar and en scripts)`);
    return { lang, file };
  }
  const compiled = compileInkCached(file);
  if (!compiled.ok) {
    problems.push(...compiled.problems.map((p) => formatProblem({ ...p, file: rel(p.file) })));
    return { lang, file };
  }
  problems.push(...lintInkTags(file, compiled.files).map((p) => formatProblem({ ...p, file: rel(p.file) })));
  const outline = readOutline(compiled.files);
  const options: RunnerOptions = {
    story: compiled.json,
    scenario: s.id,
    lang,
    contentHash: compiled.hash,
    firstChat: firstChatOf(s) as ChatId,
    vocabulary: vocabularyOf(s),
  };
  const safeguards = { knotsOf: (text: string) => knotsOfText(outline, text), recruiters: recruitersOf(s) };
  // The walk reads the options, the bound, the sources (through knotsOf) and the recruiters: all are in the key.
  const report = cachedWalk('check', { options, maxStates, outline, recruiters: safeguards.recruiters }, () =>
    walkStory(options, maxStates, safeguards),
  );
  for (const p of report.problems) {
    const at = p.text === undefined ? undefined : locateText(outline, p.text);
    const where = at ? `${rel(at.file)}:${at.line}` : rel(file);
    const how = p.choices.length > 0 ? ` (after choices ${p.choices.join(', ')})` : '';
    problems.push(`${where}: ${p.message}${p.text && !at ? ` — "${p.text}"` : ''}${how}`);
  }
  if (report.boundHit) problems.push(`${rel(file)}: ${report.boundHit}`);
  for (const flow of outline.flows) {
    if (![...report.flows].some((f) => f === flow || f.startsWith(`${flow}.`))) {
      problems.push(`${rel(file)}: knot or stitch "${flow}" is never reached`);
    }
  }
  compareWithMetadata(s, file, report, problems);
  return { lang, file, report, structure: outlineStructure(compiled.files) };
}

function differences<T>(label: string, a: readonly T[], b: readonly T[]): string[] {
  const missing = a.filter((x) => !b.includes(x));
  const extra = b.filter((x) => !a.includes(x));
  return [
    ...(missing.length ? [`${label} missing: ${missing.join(', ')}`] : []),
    ...(extra.length ? [`${label} not in the reference: ${extra.join(', ')}`] : []),
  ];
}

/** The three languages must share knots, choice points, option counts, tags per knot and endings. */
function compareLanguages(checks: readonly LanguageCheck[], problems: string[]): void {
  const [ref, ...others] = checks.filter((c) => c.report && c.structure);
  if (!ref?.report || !ref.structure) return;
  for (const other of others) {
    if (!other.report || !other.structure) continue;
    const say = (m: string) => problems.push(`${rel(other.file)}: differs from ${basename(ref.file)}: ${m}`);
    differences('knots/stitches', ref.structure.flows, other.structure.flows).forEach(say);
    const refPoints = [...ref.report.choicePoints].map(([id, n]) => `${id} (${n} options)`);
    const otherPoints = [...other.report.choicePoints].map(([id, n]) => `${id} (${n} options)`);
    differences('choice points', refPoints, otherPoints).forEach(say);
    differences('endings', [...ref.report.endings.keys()], [...other.report.endings.keys()]).forEach(say);
    for (const [flow, tags] of ref.structure.tags) {
      const theirs = other.structure.tags.get(flow) ?? '';
      if (theirs !== tags) say(`tags in "${flow}": expected [${tags}], found [${theirs}]`);
    }
  }
}

/** Compiles, lints and walks one scenario in every language, and compares the languages. */
export function checkScenario(dir: string, maxStates = 20000): ScenarioCheck {
  const id = basename(dir);
  const loaded = loadScenarioFile(dir);
  if (!loaded.ok) return { id, languages: [], problems: loaded.error.map((e) => rel(e)) };
  const problems: string[] = [];
  checkRoles(loaded.value, dir, problems);
  const languages = LANGUAGES.map((lang) => checkLanguage(dir, loaded.value, lang, maxStates, problems));
  compareLanguages(languages, problems);
  return { id, scenario: loaded.value, languages, problems };
}
