import { LANGUAGES, type Scenario } from '../src/content/index.ts';

/** One scenario's metadata with where it comes from, for cross-scenario checks. */
export interface ScenarioSource {
  readonly file: string;
  /** The raw JSON text, to point at the line of a character or voice. */
  readonly text: string;
  readonly scenario: Scenario;
}

/**
 * Words that say what someone is to the player, not who they are: "Maman" in two stories is each player's own mother,
 * not one character. A name made only of these words is not checked; "Tata Khadija" is checked as "khadija".
 */
const NOT_NAMES = new Set([
  // fr
  'maman',
  'papa',
  'tata',
  'tonton',
  'mme',
  'm',
  'mr',
  'si',
  'lalla',
  'cousin',
  'cousine',
  'le',
  'la',
  // en
  'mum',
  'mom',
  'mama',
  'dad',
  'baba',
  'auntie',
  'uncle',
  'mrs',
  'ms',
  'the',
  // ar
  'ماما',
  'بابا',
  'خالتي',
  'عمتي',
  'عمي',
  'خالي',
  'الأستاذة',
  'الأستاذ',
  'سي',
  'للا',
  'ولد',
  'العم',
  'بنت',
]);

/** The name a person is called by: the first word that is not a title or kinship word, lower-cased. */
export function nameKey(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 1);
  return words.find((w) => !NOT_NAMES.has(w));
}

interface Person {
  readonly source: ScenarioSource;
  readonly section: 'characters' | 'voices';
  readonly id: string;
}

/** The line of `"id": {` inside a section of a scenario.json text (1 when not found). */
function lineOf(p: Person): number {
  const lines = p.source.text.split('\n');
  const start = lines.findIndex((l) => l.includes(`"${p.section}"`));
  const at = lines.findIndex((l, i) => i > start && l.trim().startsWith(`"${p.id}"`));
  return at >= 0 ? at + 1 : 1;
}

function peopleOf(source: ScenarioSource): { person: Person; names: string[] }[] {
  const s = source.scenario;
  const entries = [
    ...Object.entries(s.characters).map(([id, c]) => ({ section: 'characters' as const, id, name: c.name })),
    ...Object.entries(s.voices).map(([id, v]) => ({ section: 'voices' as const, id, name: v.name })),
  ];
  return entries.map((e) => ({
    person: { source, section: e.section, id: e.id },
    names: LANGUAGES.map((lang) => e.name[lang]),
  }));
}

/**
 * A name belongs to one character across all scenarios. Within a scenario, a character and a voice with the same id
 * are one person; anything else that shares a name (in any language) is reported, with file and line.
 */
export function checkNames(sources: readonly ScenarioSource[]): string[] {
  const owners = new Map<string, { person: Person; name: string }>();
  const problems = new Map<string, string>();
  for (const source of sources) {
    for (const { person, names } of peopleOf(source)) {
      for (const name of names) {
        const key = nameKey(name);
        if (!key) continue;
        const owner = owners.get(key);
        if (!owner) owners.set(key, { person, name });
        else if (owner.person.source !== source || owner.person.id !== person.id) {
          const o = owner.person;
          const pair = `${source.file}/${person.section}.${person.id} ${o.source.file}/${o.section}.${o.id}`;
          if (problems.has(pair)) continue;
          problems.set(
            pair,
            `${source.file}:${lineOf(person)}: ${person.section}.${person.id} is called "${name}", a name that ` +
              `already belongs to ${o.section}.${o.id} ("${owner.name}") in ${o.source.file}:${lineOf(o)}; ` +
              'a name belongs to one character across all scenarios',
          );
        }
      }
    }
  }
  return [...problems.values()];
}
