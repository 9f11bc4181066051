import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile, formatProblem } from '../../tools/ink-compiler.ts';

const fixture = (name: string) => resolve('test/fixtures/ink', name);

describe('compileInkFile', () => {
  it('resolves INCLUDE relative to the including file, at any depth, and lists every file read', () => {
    const outcome = compileInkFile(fixture('include/main.ink'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.files.map((f) => f.replace(`${resolve('test/fixtures/ink')}/`, ''))).toEqual([
      'include/main.ink',
      'include/parts/first.ink',
      'include/parts/second.ink',
    ]);
    expect(outcome.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(outcome.json)).toHaveProperty('inkVersion');
  });

  it('names the file and line of a compile error', () => {
    const outcome = compileInkFile(fixture('broken/unknown-divert.ink'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toMatchObject({
      severity: 'error',
      file: fixture('broken/unknown-divert.ink'),
      line: 2,
    });
    expect(formatProblem(outcome.problems[0] as never)).toMatch(/unknown-divert\.ink:2: error: .*nowhere/);
  });

  it('names the included file when the error is in an INCLUDE', () => {
    const outcome = compileInkFile(fixture('broken/bad-include.ink'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toMatchObject({ file: fixture('include/parts/missing-knot.ink'), line: 3 });
  });

  it('reports a missing file instead of throwing', () => {
    const outcome = compileInkFile(fixture('does-not-exist.ink'));
    expect(outcome.ok).toBe(false);
  });

  it('gives the same hash for the same script and another for a changed one', () => {
    const a = compileInkFile('x.ink', 'Hello\n-> END');
    const b = compileInkFile('x.ink', 'Hello\n-> END');
    const c = compileInkFile('x.ink', 'Hello!\n-> END');
    if (!a.ok || !b.ok || !c.ok) throw new Error('did not compile');
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });
});
