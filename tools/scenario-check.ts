import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import {
  firstChatOf,
  LANGUAGES,
  type Lang,
  PLAYER_GENDER_VARIABLE,
  PLAYER_GENDERS,
  type PlayerGender,
  playerVariables,
  recruitersOf,
  type Scenario,
  vocabularyOf,
} from '../src/content/index.ts';
import { type ChatId, type RunnerOptions, ScenarioRunner, splitTag } from '../src/engine/index.ts';
import { compileInkCached } from './compile-cache.ts';
import { genderChangesWordsOnly } from './gender-words.ts';
import { formatProblem } from './ink-compiler.ts';
import { lintInkTags } from './ink-lint.ts';
import { knotsOfText, locateText, readOutline } from './ink-source.ts';
import { loadStoryPictures } from './pictures.ts';
import { loadScenarioFile } from './scenario-files.ts';
import { type Span, type WalkOptions, type WalkProblem, type WalkReport, walkStory } from './story-walk.ts';
import { cachedWalk } from './walk-cache.ts';

/** The figures and problems of one language of a scenario. */
export interface LanguageCheck {
  readonly lang: Lang;
  readonly file: string;
  /** The walk with the player's gender "unsaid" (or the gender scenario.json pins). */
  readonly report?: WalkReport;
  /** The genders walked (all three when the script declares player_gender and scenario.json does not pin one), with
   * the states each walk explored itself: the later walks reuse the states where the gender no longer matters. */
  readonly genders?: readonly { readonly gender: PlayerGender; readonly states: number }[];
  /**
   * The genders not walked because they can change only words (tools/gender-words.ts): the script reads
   * player_gender only through the standard g() and prints what g() returns.
   */
  readonly wordsOnly?: readonly PlayerGender[];
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
/** Tags whose value is prose in the script's language: the languages compare only where they are written. */
const PROSE_TAGS = new Set(['aim']);

function rel(file: string): string {
  return relative(process.cwd(), file) || file;
}

function outlineStructure(files: readonly string[]): NonNullable<LanguageCheck['structure']> {
  const outline = readOutline(files);
  const perFlow = new Map<string, string[]>();
  for (const t of outline.tags) {
    const { key } = splitTag(t.tag);
    if (PACING_TAGS.has(key)) continue;
    const list = perFlow.get(t.flow) ?? [];
    list.push(PROSE_TAGS.has(key) ? key : t.tag.replace(/\s*:\s*/, ': '));
    perFlow.set(t.flow, list);
  }
  const tags = new Map([...perFlow].map(([flow, list]) => [flow, list.join(' | ')]));
  return { flows: outline.flows, tags };
}

/**
 * Every manipulative line says what its sender wanted from the player (`#aim`, for the playbook and the teacher guide),
 * and an aim goes only on such a line: both on the same source line, so the check can point at it.
 */
export function checkAims(files: readonly string[]): string[] {
  const byLine = new Map<string, { file: string; line: number; keys: Set<string> }>();
  for (const t of readOutline(files).tags) {
    const at = `${t.file}:${t.line}`;
    const entry = byLine.get(at) ?? { file: t.file, line: t.line, keys: new Set<string>() };
    entry.keys.add(splitTag(t.tag).key);
    byLine.set(at, entry);
  }
  const problems: string[] = [];
  for (const { file, line, keys } of byLine.values()) {
    if (keys.has('flag') && !keys.has('aim')) {
      problems.push(
        `${rel(file)}:${line}: a #flag line needs an #aim on the same line: what the sender wanted from the player at that moment`,
      );
    } else if (keys.has('aim') && !keys.has('flag')) {
      problems.push(`${rel(file)}:${line}: #aim goes on a manipulative line, next to its #flag`);
    }
  }
  return problems;
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

/** The genders a script is walked with: the pinned one, all three when it declares player_gender, else one. */
function gendersOf(s: Scenario, options: RunnerOptions): readonly PlayerGender[] {
  if (s.playerGender) return [s.playerGender];
  const declares = new ScenarioRunner(options).declares(PLAYER_GENDER_VARIABLE);
  // "unsaid" first: its walk goes through the whole tree, the others only where the text can differ.
  return declares ? ['unsaid', ...PLAYER_GENDERS.filter((g) => g !== 'unsaid')] : ['unsaid'];
}

/** What walking a script once per gender found. */
interface GenderWalks {
  /** The first walk's report: the whole tree. */
  readonly report: WalkReport;
  readonly genders: readonly { readonly gender: PlayerGender; readonly states: number }[];
  /** Knots and stitches reached with any gender. */
  readonly flows: ReadonlySet<string>;
  /** Problems of the first walk, then those found only with another gender (`label` names it). */
  readonly problems: readonly { readonly problem: WalkProblem; readonly label: string }[];
  /** A gender that changes the structure: other choice points, option counts or endings. */
  readonly structure: readonly string[];
  /** The genders left unwalked because they change only words. */
  readonly wordsOnly: readonly PlayerGender[];
}

/**
 * Walks a script once per gender, or once when the gender can change only its words (tools/gender-words.ts: same
 * choice points, options, endings and tags for every gender). The first walk ("unsaid") goes through the whole tree; the others share its
 * states wherever no knot still to come reads player_gender (tools/state-key.ts), so they walk only the parts whose
 * text can differ. A gender may change words, never the choice points, their options or the endings (a game whose
 * player changes their answer replays its choices).
 */
function walkGenders(o: { options: RunnerOptions; scenario: Scenario; maxStates: number; safeguards: WalkOptions }) {
  const order = gendersOf(o.scenario, o.options);
  const shared = { variable: PLAYER_GENDER_VARIABLE, memo: new Map<string, Span>() };
  const walk = (g: PlayerGender) =>
    walkStory({ ...o.options, variables: playerVariables(g) }, o.maxStates, { ...o.safeguards, shared });
  const [first = 'unsaid', ...rest] = order;
  const wordsOnly = rest.length > 0 && typeof o.options.story === 'string' && genderChangesWordsOnly(o.options.story);
  const others = wordsOnly ? [] : rest;
  const report = walk(first);
  const genders = [{ gender: first, states: report.states }];
  const problems = report.problems.map((problem) => ({ problem, label: '' }));
  const structure: string[] = [];
  const flows = new Set(report.flows);
  const seen = new Set(report.problems.map((p) => `${p.message}|${p.text}`));
  for (const gender of others) {
    const r = walk(gender);
    genders.push({ gender, states: r.states });
    const label = ` (only with player_gender "${gender}")`;
    for (const p of r.problems) if (!seen.has(`${p.message}|${p.text}`)) problems.push({ problem: p, label });
    for (const f of r.flows) flows.add(f);
    for (const [point, n] of r.choicePoints)
      if (report.choicePoints.get(point) !== n) structure.push(`choice point ${point} has ${n} options${label}`);
    for (const ending of r.endings.keys())
      if (!report.endings.has(ending)) structure.push(`ending "${ending}" is reached${label}`);
    if (r.boundHit) structure.push(`${r.boundHit}${label}`);
  }
  return { report, genders, flows, problems, structure, wordsOnly: wordsOnly ? rest : [] } satisfies GenderWalks;
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
  problems.push(...checkAims(compiled.files));
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
  // The walks read the options, the bound, the sources (through knotsOf), the recruiters and the pinned gender: all
  // are in the cache key (tools/walk-cache.ts).
  const walks = cachedWalk(
    'check',
    { options, maxStates, outline, recruiters: safeguards.recruiters, playerGender: s.playerGender },
    () => walkGenders({ options, scenario: s, maxStates, safeguards }),
  );
  for (const { problem: p, label } of walks.problems) {
    const at = p.text === undefined ? undefined : locateText(outline, p.text);
    const where = at ? `${rel(at.file)}:${at.line}` : rel(file);
    const how = p.choices.length > 0 ? ` (after choices ${p.choices.join(', ')})` : '';
    problems.push(`${where}: ${p.message}${label}${p.text && !at ? ` — "${p.text}"` : ''}${how}`);
  }
  for (const m of walks.structure) problems.push(`${rel(file)}: ${m}: a gender may change words, never choices`);
  const { report, genders, flows, wordsOnly } = walks;
  if (report.boundHit) problems.push(`${rel(file)}: ${report.boundHit}`);
  for (const flow of outline.flows) {
    if (![...flows].some((f) => f === flow || f.startsWith(`${flow}.`))) {
      problems.push(`${rel(file)}: knot or stitch "${flow}" is never reached`);
    }
  }
  compareWithMetadata(s, file, report, problems);
  return { lang, file, report, genders, wordsOnly, structure: outlineStructure(compiled.files) };
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
  const pictures = loadStoryPictures(dir, loaded.value.images);
  if (!pictures.ok) problems.push(...pictures.error);
  const languages = LANGUAGES.map((lang) => checkLanguage(dir, loaded.value, lang, maxStates, problems));
  compareLanguages(languages, problems);
  return { id, scenario: loaded.value, languages, problems };
}
