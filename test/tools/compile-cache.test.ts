import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkCached } from '../../tools/compile-cache.ts';

function story(): { main: string; part: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'byr-compile-cache-'));
  const main = join(dir, 'main.ink');
  const part = join(dir, 'part.ink');
  writeFileSync(main, 'INCLUDE part.ink\nHello.\n-> part_knot\n');
  writeFileSync(part, '=== part_knot ===\nFrom the part.\n-> END\n');
  return { main, part, cache: join(dir, 'cache') };
}

/** Marks the one cache entry, so a test can tell a read from the cache from a new compile. */
function markEntry(cache: string): void {
  const [name] = readdirSync(cache);
  if (!name) throw new Error('no cache entry');
  const file = join(cache, name);
  const entry = JSON.parse(readFileSync(file, 'utf8'));
  entry.outcome.hash = 'from-the-cache';
  writeFileSync(file, JSON.stringify(entry));
}

describe('compileInkCached', () => {
  it('reads an unchanged script from the cache', () => {
    const s = story();
    const first = compileInkCached(s.main, s.cache);
    expect(first.ok && first.json).toContain('From the part.');
    markEntry(s.cache);
    const second = compileInkCached(s.main, s.cache);
    expect(second.ok && second.hash).toBe('from-the-cache');
  });

  it('compiles again when an INCLUDEd file changes', () => {
    const s = story();
    compileInkCached(s.main, s.cache);
    markEntry(s.cache);
    writeFileSync(s.part, '=== part_knot ===\nChanged part.\n-> END\n');
    const again = compileInkCached(s.main, s.cache);
    expect(again.ok && again.hash).not.toBe('from-the-cache');
    expect(again.ok && again.json).toContain('Changed part.');
  });

  it('never keeps a failed compile', () => {
    const s = story();
    writeFileSync(s.main, 'Hello.\n-> nowhere\n');
    expect(compileInkCached(s.main, s.cache).ok).toBe(false);
    writeFileSync(s.main, 'Hello.\n-> END\n');
    expect(compileInkCached(s.main, s.cache).ok).toBe(true);
  });
});
