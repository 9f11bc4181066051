import { compileInkFile } from './ink-compiler.ts';
import { readersOf } from './state-key.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The one way a script may read the player's gender and still be walked once: docs/authoring.md, "The player". */
const CANONICAL = `VAR player_gender = "unsaid"
-> END
=== function g(girl, boy, unsaid) ===
{
- player_gender == "girl": ~ return girl
- player_gender == "boy": ~ return boy
- else: ~ return unsaid
}
`;

const isRecord = (node: Json): node is { [key: string]: Json } =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

/** The named containers of the story's top level (knots and functions). */
function namedOf(story: Json): { [key: string]: Json } {
  const root = isRecord(story) ? story.root : undefined;
  const named = Array.isArray(root) ? root.at(-1) : undefined;
  return named !== undefined && isRecord(named) ? named : {};
}

let canonicalG: string | undefined;

/** The compiled body of the canonical `g`, compiled once with the same compiler as the stories. */
function canonical(): string {
  if (canonicalG === undefined) {
    const compiled = compileInkFile('gender-words.ink', CANONICAL);
    if (!compiled.ok) throw new Error(`the canonical g() does not compile: ${JSON.stringify(compiled.problems)}`);
    canonicalG = JSON.stringify(namedOf(JSON.parse(compiled.json) as Json).g);
  }
  return canonicalG;
}

/** Whether every call of `g` in a subtree writes its result out as text (`{"f()": "g"}` then `"out"`). */
function callsOnlyPrint(node: Json): boolean {
  if (Array.isArray(node)) {
    return node.every((item, i) => {
      if (isRecord(item) && item['f()'] === 'g') return node[i + 1] === 'out';
      return callsOnlyPrint(item);
    });
  }
  if (!isRecord(node)) return true;
  // A call kept in a variable, a divert or a tunnel to g would not be a plain call: it is not text.
  if (node['->'] === 'g' || node['->t->'] === 'g' || node['f()'] === 'g') return false;
  return Object.values(node).every(callsOnlyPrint);
}

/**
 * Whether the player's gender can change only the words of a compiled script, never its course: the variable is read
 * only by the function `g(girl, boy, unsaid)` exactly as docs/authoring.md gives it, and every call of `g` prints its
 * result (in a line or in a choice's text), never tests or keeps it. Such a script has the same choice points,
 * options, endings and tags for every gender, so one walk checks them all; the teacher guide lists the words that
 * differ. Any other use of the variable (a condition, a divert) makes the check walk each gender.
 */
export function genderChangesWordsOnly(storyJson: string, variable = 'player_gender'): boolean {
  const story = JSON.parse(storyJson) as Json;
  const named = namedOf(story);
  const g = named.g;
  if (g === undefined || JSON.stringify(g) !== canonical()) return false;
  if ([...readersOf(story, variable)].some((knot) => knot !== 'g')) return false;
  const root = isRecord(story) ? story.root : undefined;
  const others = Array.isArray(root)
    ? [...root.slice(0, -1), ...Object.entries(named).flatMap(([name, body]) => (name === 'g' ? [] : [body]))]
    : [];
  return others.every(callsOnlyPrint);
}

/** Around and between the three versions in what the marked g() returns (private-use characters, never in a story). */
const OPEN = '\uE000';
const SEP = '\uE001';
const CLOSE = '\uE002';
const MARKED = new RegExp(`${OPEN}([^${SEP}]*)${SEP}([^${SEP}]*)${SEP}([^${CLOSE}]*)${CLOSE}`, 'g');
const MARKED_G = `VAR player_gender = "unsaid"
-> END
=== function g(girl, boy, unsaid) ===
~ return "${OPEN}" + girl + "${SEP}" + boy + "${SEP}" + unsaid + "${CLOSE}"
`;

/**
 * A words-only script (see `genderChangesWordsOnly`) whose g() returns all three versions at once, marked: one walk
 * of it meets every line as each gender reads it (`unmark` takes one version back out).
 */
export function withMarkedG(storyJson: string): string {
  const compiled = compileInkFile('gender-marked.ink', MARKED_G);
  if (!compiled.ok) throw new Error(`the marked g() does not compile: ${JSON.stringify(compiled.problems)}`);
  const story = JSON.parse(storyJson) as Json;
  const named = namedOf(story);
  named.g = namedOf(JSON.parse(compiled.json) as Json).g ?? null;
  return JSON.stringify(story);
}

/** A text of the marked walk as one gender reads it. */
export function unmark(text: string, gender: 'girl' | 'boy' | 'unsaid'): string {
  if (!text.includes(OPEN)) return text;
  return text.replace(MARKED, (_, girl: string, boy: string, unsaid: string) =>
    gender === 'girl' ? girl : gender === 'boy' ? boy : unsaid,
  );
}
