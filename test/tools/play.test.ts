import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../tools/ink-compiler.ts';

const TSX = resolve('node_modules/.bin/tsx');

function play(file: string, input: string, format = 'inklecate'): string {
  return execFileSync(TSX, ['tools/play.ts', file, '--format', format], { input, encoding: 'utf8' });
}

/** inklecate's play mode, written out from its documented behaviour with plain inkjs, for comparison. */
function reference(json: string, inputs: readonly string[]): string {
  const story = new Story(json);
  story.onError = () => {};
  let out = '';
  const evaluate = () => {
    while (story.canContinue) {
      out += story.Continue();
      if (story.currentTags?.length) out += `# tags: ${story.currentTags.join(', ')}\n`;
    }
  };
  evaluate();
  const queue = [...inputs];
  while (story.currentChoices.length > 0) {
    out += `\n${story.currentChoices.map((c, i) => `${i + 1}: ${c.text}\n`).join('')}?> `;
    const next = queue.shift();
    if (next === undefined) return `${out}<User input stream closed.>\n`;
    story.ChooseChoiceIndex(Number(next) - 1);
    evaluate();
  }
  return out;
}

describe('play --format inklecate', () => {
  it('prints text, a blank line, numbered options and the prompt, as inklecate does', () => {
    const file = join('test/fixtures/ink/conformance/glue-and-brackets.ink');
    expect(play(file, '1\n')).toBe(
      '"What do you think?" he asked. He waited.\n\n1: "I agree."\n2: Shrug\n?> "I agree," I said.\n"Fine," he replied.\n',
    );
  });

  it('prints tags on their own line after the tagged line', () => {
    expect(play('test/fixtures/ink/conformance/tags.ink', '1\n')).toBe(
      'A line with tags.\n# tags: title: Tags, one, two: 2\n\n1: Tagged choice\n?> Chosen line\n# tags: three\nLast line.\n',
    );
  });

  it('says "Choice out of range", asks again, and reports a closed input stream', () => {
    expect(play('test/fixtures/ink/conformance/tags.ink', '7\n')).toBe(
      'A line with tags.\n# tags: title: Tags, one, two: 2\n\n1: Tagged choice\n?> Choice out of range\n?> <User input stream closed.>\n',
    );
  });

  it('answers unexpected input and help like inklecate', () => {
    const out = play('test/fixtures/ink/conformance/tags.ink', 'hello\nhelp\n1\n');
    expect(out).toContain("?> Unexpected input. Type 'help' or a choice number.\n?> Type a choice number");
    expect(out.endsWith('Last line.\n')).toBe(true);
  });

  const dir = 'test/fixtures/ink/conformance';
  const inputs: Record<string, string[]> = {
    'glue-and-brackets.ink': ['2'],
    'sequences-and-conditions.ink': ['1', '1', '1', '2'],
    'tunnels-threads.ink': ['2'],
    'lists-functions.ink': ['1'],
    'tags.ink': [],
  };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ink'))) {
    it(`matches plain inkjs on ${name}`, () => {
      const compiled = compileInkFile(join(dir, name));
      if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
      const answers = inputs[name] ?? [];
      expect(play(join(dir, name), answers.map((a) => `${a}\n`).join(''))).toBe(reference(compiled.json, answers));
    });
  }

  it('plays a compiled JSON file too', () => {
    const compiled = compileInkFile('test/fixtures/ink/conformance/tags.ink');
    if (!compiled.ok) throw new Error('did not compile');
    const jsonFile = join(process.env.TMPDIR ?? '/tmp', 'byr-tags.json');
    execFileSync('node', [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(jsonFile)}, '\\ufeff' + process.argv[1])`,
      compiled.json,
    ]);
    expect(play(jsonFile, '1\n')).toBe(play('test/fixtures/ink/conformance/tags.ink', '1\n'));
  });

  it('prints compile errors with file and line and exits 1', () => {
    let error: { status?: number; stderr?: string } = {};
    try {
      play('test/fixtures/ink/broken/unknown-divert.ink', '');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(1);
    expect(error.stderr).toMatch(/unknown-divert\.ink:2: error:/);
  });
});

describe('play --format chat', () => {
  it('prints a readable transcript with names, chats, flags and cards, and a time estimate', () => {
    const out = play('stories/sample/en.ink', '2\n1\n', 'chat');
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
