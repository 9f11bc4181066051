import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedWalk, fromCacheText, toCacheText, walkerFiles } from '../../tools/walk-cache.ts';

const fresh = () => ({ dir: mkdtempSync(join(tmpdir(), 'byr-walk-cache-')), code: 'code-v1' });

describe('cachedWalk', () => {
  it('walks once for the same inputs and code, and gives back an equal result', () => {
    const options = fresh();
    let walks = 0;
    const walk = () => {
      walks++;
      return { endings: new Map([['told', 3]]), flows: new Set(['start']), shortest: Infinity, problems: [] };
    };
    const first = cachedWalk('check', { story: 'A', lang: 'fr' }, walk, options);
    const second = cachedWalk('check', { story: 'A', lang: 'fr' }, walk, options);
    expect(walks).toBe(1);
    expect(second).toEqual(first);
    expect(second.endings.get('told')).toBe(3);
    expect(second.shortest).toBe(Infinity);
  });

  it('walks again when the story, an option, the walk or the code changes', () => {
    const options = fresh();
    let walks = 0;
    const walk = () => ++walks;
    cachedWalk('check', { story: 'A', lang: 'fr' }, walk, options);
    cachedWalk('check', { story: 'B', lang: 'fr' }, walk, options);
    cachedWalk('check', { story: 'A', lang: 'ar' }, walk, options);
    cachedWalk('teacher', { story: 'A', lang: 'fr' }, walk, options);
    cachedWalk('check', { story: 'A', lang: 'fr' }, walk, { ...options, code: 'code-v2' });
    cachedWalk('check', { story: 'A', vocabulary: new Set(['karim']) }, walk, options);
    cachedWalk('check', { story: 'A', vocabulary: new Set(['karim', 'nox']) }, walk, options);
    expect(walks).toBe(7);
  });

  it('walks again over an entry cut short, and rewrites it whole', () => {
    const options = fresh();
    cachedWalk('check', { story: 'A' }, () => 1, options);
    const [entry] = readdirSync(options.dir);
    if (!entry) throw new Error('no cache entry written');
    writeFileSync(join(options.dir, entry), '{"$ma');
    expect(cachedWalk('check', { story: 'A' }, () => 2, options)).toBe(2);
    expect(cachedWalk('check', { story: 'A' }, () => 3, options)).toBe(2);
  });

  it('fingerprints the walkers and everything they import, not unrelated tools', () => {
    const files = walkerFiles().map((f) => f.slice(process.cwd().length + 1));
    expect(files).toEqual(
      expect.arrayContaining([
        'tools/story-walk.ts',
        'tools/path-duties.ts',
        'src/engine/runner.ts',
        'src/engine/pacing.ts',
      ]),
    );
    expect(files).toContain('tools/teacher/story-facts.ts');
    expect(files).not.toContain('tools/play.ts');
    expect(files).not.toContain('tools/review/align.ts');
  });

  it('keeps Maps, Sets and infinite numbers through the file format', () => {
    const value = { m: new Map([['a', new Set([1, 2])]]), n: -Infinity, list: [{ x: 'y' }] };
    expect(fromCacheText(toCacheText(value))).toEqual(value);
  });
});
