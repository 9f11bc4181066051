import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { playChat } from './play-chat.ts';
import { chatSetup, loadPlayable } from './play-file.ts';
import { playInklecate } from './play-inklecate.ts';

/**
 * `npm run --silent play -- <file.ink|file.json> [--format chat|inklecate]`: a headless player reading choice
 * numbers from stdin, one per line.
 */
const USAGE = 'usage: npm run --silent play -- <file.ink|file.json> [--format chat|inklecate]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'chat' } },
});
const file = positionals[0];
const format = values.format;
if (!file || (format !== 'chat' && format !== 'inklecate')) {
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
  await playChat(chat.options, chat.scenario, readLine, write);
}
process.exit(0);
