import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PLAYER_GENDERS, type PlayerGender, playerVariables, vocabularyOf } from '../src/content/index.ts';
import { compileInkFile, formatProblem } from './ink-compiler.ts';
import { defaultChat, playChat } from './play-chat.ts';
import { playInklecate } from './play-inklecate.ts';
import { scenarioContextOf } from './scenario-files.ts';

/**
 * `npm run --silent play -- <file.ink|file.json> [--format chat|inklecate] [--gender girl|boy|unsaid]`: a headless
 * player reading choice numbers from stdin, one per line. `--gender` sets player_gender (default "unsaid").
 */
const USAGE =
  'usage: npm run --silent play -- <file.ink|file.json> [--format chat|inklecate] [--gender girl|boy|unsaid]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'chat' }, gender: { type: 'string', default: 'unsaid' } },
});
const gender = PLAYER_GENDERS.find((g): g is PlayerGender => g === values.gender);
const file = positionals[0];
const format = values.format;
if (!file || (format !== 'chat' && format !== 'inklecate') || !gender) {
  console.error(USAGE);
  process.exit(2);
}

function loadJson(path: string): { json: string; hash: string } {
  if (path.endsWith('.json')) return { json: readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), hash: 'json' };
  const compiled = compileInkFile(path);
  if (!compiled.ok) {
    for (const p of compiled.problems) console.error(formatProblem(p));
    process.exit(1);
  }
  return compiled;
}

const { json, hash } = loadJson(file);
const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
const readLine = async () => {
  const next = await lines.next();
  return next.done ? undefined : next.value;
};
const write = (s: string) => process.stdout.write(s);

if (format === 'inklecate') {
  await playInklecate(json, readLine, write);
} else {
  const context = file.endsWith('.ink') ? scenarioContextOf(file) : undefined;
  await playChat(
    {
      story: json,
      scenario: context?.scenario.id ?? 'ink',
      lang: context?.lang ?? 'fr',
      contentHash: hash,
      firstChat: defaultChat(context?.scenario),
      variables: playerVariables(gender),
      ...(context ? { vocabulary: vocabularyOf(context.scenario) } : {}),
    },
    context?.scenario,
    readLine,
    write,
  );
}
process.exit(0);
