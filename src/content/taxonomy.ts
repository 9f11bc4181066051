import * as v from 'valibot';
import { err, ok, type Result, type TechniqueId } from '../engine/index.ts';
import techniquesJson from './data/techniques.json' with { type: 'json' };
import { LANGUAGES, type Lang } from './languages.ts';
import { TECHNIQUE_IDS, type TechniqueName } from './techniques.ts';

const Text = v.pipe(v.string(), v.regex(/\S/, 'needs a text'));
const Localized = v.object(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, Text])) as Record<Lang, typeof Text>,
  `needs a text in each language (${LANGUAGES.join(', ')})`,
);

const TechniqueSchema = v.strictObject(
  { name: Localized, short: Localized, explain: Localized, example: Localized, ask: Localized },
  'a missing field, or not one of name, short, explain, example, ask',
);
const techniqueEntries = Object.fromEntries(TECHNIQUE_IDS.map((id) => [id, TechniqueSchema]));

/** The schema of `data/techniques.json`: every technique id of techniques.ts, plus `ordinary` for messages with no red flag. */
export const TaxonomySchema = v.strictObject(
  {
    ...(techniqueEntries as Record<TechniqueName, typeof TechniqueSchema>),
    ordinary: v.strictObject({ short: Localized, explain: Localized }, 'a missing field, or not one of short, explain'),
  },
  'a missing technique, or an id that is not in src/content/techniques.ts',
);

/** Technique names and explanations in every language: the one source for the game, the debrief and teacher guides. */
export type Taxonomy = v.InferOutput<typeof TaxonomySchema>;

/** One technique in one language, as the flag toast, the debrief and the teacher guide show it. */
export interface TechniqueInfo {
  readonly id: TechniqueName;
  /** 1–4 words, e.g. "Too much praise". */
  readonly name: string;
  /** One line for the toast when the player flags a message that shows the technique. */
  readonly short: string;
  /** Two sentences: what it tries to do to you and why it works. */
  readonly explain: string;
  /** A typical, weakened chat line. */
  readonly example: string;
  /** A question to ask yourself. */
  readonly ask: string;
}

/** Validates parsed `techniques.json` content; problems carry the field path, e.g. `flattery.name.ar`. */
export function parseTaxonomy(value: unknown): Result<Taxonomy, string[]> {
  const result = v.safeParse(TaxonomySchema, value);
  if (!result.success) {
    return err(result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`));
  }
  const problems = duplicateNames(result.output);
  return problems.length > 0 ? err(problems) : ok(result.output);
}

/** Two techniques with the same name in one language would be indistinguishable in the debrief. */
function duplicateNames(taxonomy: Taxonomy): string[] {
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    const seen = new Map<string, TechniqueName>();
    for (const id of TECHNIQUE_IDS) {
      const name = taxonomy[id].name[lang].trim().toLowerCase();
      const first = seen.get(name);
      if (first) problems.push(`${id}.name.${lang}: "${name}" is already the name of ${first}`);
      else seen.set(name, id);
    }
  }
  return problems;
}

const parsed = parseTaxonomy(techniquesJson);
if (!parsed.ok) {
  throw new Error(`src/content/data/techniques.json is invalid; fix these fields:\n${parsed.error.join('\n')}`);
}
const taxonomy: Taxonomy = parsed.value;

function isTechniqueName(id: string): id is TechniqueName {
  return (TECHNIQUE_IDS as readonly string[]).includes(id);
}

/** A technique's name and explanations in one language; the id comes from a `#flag:` tag or a scenario's list. */
export function techniqueInfo(id: TechniqueName | TechniqueId, lang: Lang): TechniqueInfo {
  if (!isTechniqueName(id)) {
    throw new Error(`unknown technique "${id}": add it to src/content/techniques.ts and data/techniques.json`);
  }
  const t = taxonomy[id];
  return {
    id,
    name: t.name[lang],
    short: t.short[lang],
    explain: t.explain[lang],
    example: t.example[lang],
    ask: t.ask[lang],
  };
}

/** What the toast and debrief say when the player flags an ordinary message: kindness is not a red flag. */
export function ordinaryInfo(lang: Lang): { readonly short: string; readonly explain: string } {
  return { short: taxonomy.ordinary.short[lang], explain: taxonomy.ordinary.explain[lang] };
}
