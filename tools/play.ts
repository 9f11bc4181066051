import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PLAYER_GENDERS, type PlayerGender, playerVariables } from '../src/content/index.ts';
import { playChat } from './play-chat.ts';
import { chatSetup, loadPlayable } from './play-file.ts';
import { playInklecate } from './play-inklecate.ts';

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

const loaded = loadPlayable(file);
if (!loaded.ok) {
  for (const line of loaded.error) console.error(line);
  process.exit(1);
}

const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
const readLine = async () => {
  const next = await lines.next();
  return next.done ? undefined : next.value;
};
const write = (s: string) => process.stdout.write(s);

if (format === 'inklecate') {
  await playInklecate(loaded.value.json, readLine, write);
} else {
  const chat = chatSetup(file, loaded.value);
  await playChat({ ...chat.options, variables: playerVariables(gender) }, chat.scenario, readLine, write);
}
process.exit(0);
