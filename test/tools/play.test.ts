import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../tools/ink-compiler.ts';
import { playChat } from '../../tools/play-chat.ts';
import { chatSetup, loadPlayable, type PlayableStory } from '../../tools/play-file.ts';
import { playInklecate } from '../../tools/play-inklecate.ts';

const CONFORMANCE = 'test/fixtures/ink/conformance';

function load(file: string): PlayableStory {
  const loaded = loadPlayable(file);
  if (!loaded.ok) throw new Error(loaded.error.join('\n'));
  return loaded.value;
}

/** Runs a player in-process with the given input lines and returns what it printed. */
async function run(
  player: (readLine: () => Promise<string | undefined>, write: (s: string) => void) => Promise<void>,
  input: readonly string[],
): Promise<string> {
  const queue = [...input];
  let out = '';
  await player(
    async () => queue.shift(),
    (s) => {
      out += s;
    },
  );
  return out;
}

const inklecate = (file: string, input: readonly string[]) =>
  run((readLine, write) => playInklecate(load(file).json, readLine, write), input);

/**
 * Each fixture `<name>.ink` has `<name>.input` (the choice numbers typed, one a line) and `<name>.transcript`: what
 * `inklecate -p` prints for that input, written out by hand from ink's documented behaviour (choices, glue, tags,
 * functions, lists, threads, tunnels), never produced by the player under test.
 */
describe('play --format inklecate, against hand-checked transcripts', () => {
  const names = readdirSync(CONFORMANCE)
    .filter((f) => f.endsWith('.ink'))
    .map((f) => f.slice(0, -'.ink'.length));

  it('has a transcript for every conformance fixture', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) expect(readdirSync(CONFORMANCE)).toContain(`${name}.transcript`);
  });

  for (const name of names) {
    it(`prints ${name}.transcript`, async () => {
      const input = readFileSync(join(CONFORMANCE, `${name}.input`), 'utf8')
        .split('\n')
        .filter(Boolean);
      const expected = readFileSync(join(CONFORMANCE, `${name}.transcript`), 'utf8');
      expect(await inklecate(join(CONFORMANCE, `${name}.ink`), input)).toBe(expected);
    });
  }
});

describe('play --format inklecate, input handling', () => {
  const tags = join(CONFORMANCE, 'tags.ink');

  it('says "Choice out of range", asks again, and reports a closed input stream', async () => {
    expect(await inklecate(tags, ['7'])).toBe(
      'A line with tags.\n# tags: title: Tags, one, two: 2\n\n1: Tagged choice\n?> Choice out of range\n?> <User input stream closed.>\n',
    );
  });

  it('answers unexpected input and help like inklecate', async () => {
    const out = await inklecate(tags, ['hello', 'help', '1']);
    expect(out).toContain("?> Unexpected input. Type 'help' or a choice number.\n?> Type a choice number");
    expect(out.endsWith('Last line.\n')).toBe(true);
  });

  it('plays a compiled JSON file with a byte-order mark as it plays the ink', async () => {
    const compiled = compileInkFile(tags);
    if (!compiled.ok) throw new Error('did not compile');
    const jsonFile = join(mkdtempSync(join(tmpdir(), 'byr-play-')), 'tags.json');
    writeFileSync(jsonFile, `\uFEFF${compiled.json}`);
    expect(await inklecate(jsonFile, ['1'])).toBe(readFileSync(join(CONFORMANCE, 'tags.transcript'), 'utf8'));
  });

  it('gives compile errors with file and line', () => {
    const loaded = loadPlayable('test/fixtures/ink/broken/unknown-divert.ink');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.join('\n')).toMatch(/unknown-divert\.ink:2: error:/);
  });
});

describe('play --format chat', () => {
  it('prints a readable transcript with names, chats, flags and cards, and a time estimate', async () => {
    const file = 'stories/sample/en.ink';
    const chat = chatSetup(file, load(file));
    const out = await run((readLine, write) => playChat(chat.options, chat.scenario, readLine, write), ['2', '1']);
    expect(out).toContain('[squad] — Yanis added Nox_77 to the group —');
    expect(out).toContain("[squad] Nox_77: yo you played like a pro 🔥 you're the best one here by miles   ⚑ flattery");
    expect(out).toContain(
      '[nox_dm] Nox_77: put 500 credits on your account, a gift 🎁   ⚑ gifts · ? check for red flags',
    );
    expect(out).toContain('❝ Lina (your older sister): Good call.');
    expect(out).toContain('☎ help (trusted-adult)');
    expect(out).toContain('★ ending blocked-and-told');
    expect(out).toMatch(/— end: \d+ messages, 2 choices, about \d+\.\d min at normal pacing/);
  });
});

describe('npm run play (the CLI)', () => {
  it('reads choices from stdin, prints the transcript, and exits 1 with file:line on a compile error', () => {
    const tsx = resolve('node_modules/.bin/tsx');
    const play = (file: string, input: string) =>
      execFileSync(tsx, ['tools/play.ts', file, '--format', 'inklecate'], { input, encoding: 'utf8', stdio: 'pipe' });
    expect(play(join(CONFORMANCE, 'tags.ink'), '1\n')).toBe(readFileSync(join(CONFORMANCE, 'tags.transcript'), 'utf8'));
    let error: { status?: number; stderr?: string } = {};
    try {
      play('test/fixtures/ink/broken/unknown-divert.ink', '');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(1);
    expect(error.stderr).toMatch(/unknown-divert\.ink:2: error:/);
  }, 60_000);
});
