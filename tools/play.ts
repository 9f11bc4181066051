import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { vocabularyOf } from '../src/content/index.ts';
import { compileInkFile, formatProblem } from './ink-compiler.ts';
import { defaultChat, playChat } from './play-chat.ts';
import { playInklecate } from './play-inklecate.ts';
import { scenarioContextOf } from './scenario-files.ts';

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
      ...(context ? { vocabulary: vocabularyOf(context.scenario) } : {}),
    },
    context?.scenario,
    readLine,
    write,
  );
}
process.exit(0);
