import * as v from 'valibot';
import { err, HELP_TOPICS, type HelpTopic, ok, type Result } from '../engine/index.ts';
import helpMaJson from './data/help-ma.json' with { type: 'json' };
import helpMaAdultsJson from './data/help-ma-adults.json' with { type: 'json' };
import { LANGUAGES, type Lang } from './languages.ts';

const Text = v.pipe(v.string(), v.regex(/\S/, 'needs a text'));
const Localized = v.object(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, Text])) as Record<Lang, typeof Text>,
  `needs a text in each language (${LANGUAGES.join(', ')})`,
);
const TextList = v.pipe(v.array(Text), v.minLength(1, 'needs at least one item'));
const LocalizedList = v.object(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, TextList])) as Record<Lang, typeof TextList>,
  `needs a list in each language (${LANGUAGES.join(', ')})`,
);
const ENTRY_FIELDS = 'a missing field, or not a field of a help entry';

// Only these schemes can leave the game: a phone call, a text message, or an encrypted web page.
const Href = v.pipe(
  v.string(),
  v.regex(
    /^(?:tel:\+?\d+|sms:\+?\d+|https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?)$/i,
    (issue) => `must be a tel:, sms: or https:// link without spaces, like "tel:2511" (got "${issue.input}")`,
  ),
);

const Https = v.pipe(
  v.string(),
  v.regex(
    /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i,
    (issue) => `needs the https:// address the facts were checked against (got "${issue.input}")`,
  ),
);
/** A fact not confirmed yet: the panel shows a plain "check" marker instead of a text. */
const CHECK = 'check';
const CheckedText = v.union([Localized, v.literal(CHECK)], `a text in each language, or "${CHECK}" when not confirmed`);

const common = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and -')),
  name: Localized,
  /** What it helps with, the way the service itself says it. */
  for: Localized,
  contacts: v.array(v.strictObject({ label: Localized, href: Href })),
  hours: CheckedText,
  cost: CheckedText,
  /**
   * When the facts shown were last confirmed by the source: a day, a month or a year (`2026-12-01`, `2026-12`,
   * `2020`). An entry whose current state is not confirmed keeps the date of the newest source that confirmed it.
   */
  lastVerified: v.pipe(
    v.string(),
    v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date like 2026-12-01, 2026-12 or 2020'),
  ),
  /** Some facts are not confirmed: the panel says "check before you rely on it". Needs a `verification` note. */
  needsCheck: v.optional(v.boolean()),
  /** The https address the facts were checked against. */
  source: Https,
  /** For the teacher guide, never the student panel: what the source confirms and what is still to check. */
  verification: v.optional(Localized),
  /** A short label for the row of numbers at the top of the student panel (e.g. "2511"); its first contact is the link. */
  quick: v.optional(Localized),
  topics: v.pipe(v.array(v.picklist(HELP_TOPICS)), v.minLength(1, 'serves at least one topic')),
};

const HelpEntrySchema = v.variant('kind', [
  v.strictObject({ ...common, kind: v.literal('person'), steps: LocalizedList, starters: LocalizedList }, ENTRY_FIELDS),
  v.strictObject({ ...common, kind: v.literal('steps'), steps: LocalizedList }, ENTRY_FIELDS),
  v.strictObject({ ...common, kind: v.picklist(['phone', 'web', 'chat', 'emergency']) }, ENTRY_FIELDS),
]);

/** The schema of a help directory file such as `data/help-ma.json`; partners bring their own for their region. */
export const HelpDirectorySchema = v.strictObject({
  region: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter region code like MA')),
  /** `students` feeds the in-game help panel; `adults` feeds the teacher and parent guide only. */
  audience: v.picklist(['students', 'adults']),
  entries: v.pipe(v.array(HelpEntrySchema), v.minLength(1, 'needs at least one entry')),
});

/** One place to get help: a person, a line, a site, a chat, emergency numbers, or steps to follow. */
export type HelpEntry = v.InferOutput<typeof HelpEntrySchema>;
/** What an entry is; 'person' (a trusted adult) is always shown first. */
export type HelpKind = HelpEntry['kind'];
/** A region's help entries for one audience. */
export type HelpDirectory = v.InferOutput<typeof HelpDirectorySchema>;

function describe(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? '(root)';
  const entry: unknown = issue.path?.[1]?.value;
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? ` (entry "${String(entry.id)}")` : '';
  return `${path}${id}: ${issue.message}`;
}

/** Validates a parsed help directory; problems carry the field path, e.g. `entries.2.contacts.0.href`. */
export function parseHelpDirectory(value: unknown): Result<HelpDirectory, string[]> {
  const result = v.safeParse(HelpDirectorySchema, value);
  if (!result.success) return err(result.issues.map(describe));
  const problems = crossCheck(result.output);
  return problems.length > 0 ? err(problems) : ok(result.output);
}

/** Rules between fields and entries that the schema cannot express. */
function crossCheck(directory: HelpDirectory): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  directory.entries.forEach((e, i) => {
    const at = (field: string) => `entries.${i}.${field} (entry "${e.id}")`;
    if (ids.has(e.id)) problems.push(`${at('id')}: "${e.id}" is used twice`);
    ids.add(e.id);
    const isReached = e.kind === 'person' || e.kind === 'steps' || e.contacts.length > 0;
    if (!isReached && !e.needsCheck) {
      problems.push(
        `${at('contacts')}: a ${e.kind} entry needs a contact (or "needsCheck": true until it is confirmed)`,
      );
    }
    problems.push(...checkMarks(e, at));
    if (e.kind === 'person' || e.kind === 'steps') problems.push(...sameLength(at, 'steps', e.steps));
    if (e.kind === 'person') problems.push(...sameLength(at, 'starters', e.starters));
  });
  if (directory.audience === 'students') {
    if (!directory.entries.some((e) => e.kind === 'person' && e.topics.includes('trusted-adult'))) {
      problems.push('entries: a student directory needs a "person" entry for the topic "trusted-adult"');
    }
    for (const topic of HELP_TOPICS) {
      if (!directory.entries.some((e) => e.topics.includes(topic))) {
        problems.push(`entries: no entry serves the topic "${topic}" (a help card can open the panel at it)`);
      }
    }
  }
  return problems;
}

/** "check" markers need the entry marked as needing a check, and a check needs a note saying what to check. */
function checkMarks(e: HelpEntry, at: (field: string) => string): string[] {
  const problems: string[] = [];
  for (const field of ['hours', 'cost'] as const) {
    if (e[field] === CHECK && !e.needsCheck) problems.push(`${at(field)}: "${CHECK}" needs "needsCheck": true`);
  }
  if (e.needsCheck && !e.verification) {
    problems.push(`${at('verification')}: an entry that needs a check says what to check (for the teacher guide)`);
  }
  return problems;
}

/** The languages keep the same steps, so a teacher can follow along in another language. */
function sameLength(
  at: (field: string) => string,
  field: string,
  list: Readonly<Record<Lang, readonly string[]>>,
): string[] {
  const [first, ...rest] = LANGUAGES;
  return rest
    .filter((lang) => list[lang].length !== list[first].length)
    .map((lang) => `${at(`${field}.${lang}`)}: has ${list[lang].length} items but ${first} has ${list[first].length}`);
}

function load(raw: unknown, file: string): HelpDirectory {
  const parsed = parseHelpDirectory(raw);
  if (!parsed.ok) throw new Error(`src/content/data/${file} is invalid; fix these fields:\n${parsed.error.join('\n')}`);
  return parsed.value;
}

/** The default student help panel for Morocco (region MA). */
export const helpDirectoryMa: HelpDirectory = load(helpMaJson, 'help-ma.json');
/** Help for the teacher and parent guide only (e.g. e-Blagh); never shown in the student panel. */
export const adultHelpDirectoryMa: HelpDirectory = load(helpMaAdultsJson, 'help-ma-adults.json');

/** The entries that serve a topic: 'person' entries (a trusted adult) first, the rest in directory order. */
export function helpFor(topic: HelpTopic, directory: HelpDirectory = helpDirectoryMa): readonly HelpEntry[] {
  const matching = directory.entries.filter((e) => e.topics.includes(topic));
  return [...matching.filter((e) => e.kind === 'person'), ...matching.filter((e) => e.kind !== 'person')];
}

/** Formats a `lastVerified` date of day, month or year precision in a language ("décembre 2026", "2020"). */
export function formatVerified(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  // Latin digits in Arabic too: Morocco writes dates with them.
  const locale = lang === 'ar' ? 'ar-MA-u-nu-latn' : lang;
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${year}-${month}-${day ?? '15'}T12:00:00Z`));
}
