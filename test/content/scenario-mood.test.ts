import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/index.ts';
import { listScenarioDirs } from '../../tools/scenario-files.ts';

const read = (dir: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));

describe('scenario mood', () => {
  it('is set for every story, so each has its own desk scene on a desktop', () => {
    for (const dir of listScenarioDirs()) {
      const parsed = parseScenario(read(dir));
      expect(parsed.ok && parsed.value.mood, dir).toBeTruthy();
    }
  });

  it('names the field and the fix for an unknown object, window or colour', () => {
    const [dir] = listScenarioDirs();
    if (!dir) throw new Error('no scenarios');
    const parsed = parseScenario({ ...read(dir), mood: { glow: 'orange', prop: 'sofa', window: 'sea' } });
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.error.join('\n');
    expect(errors).toMatch(/mood\.glow: a hex colour/);
    expect(errors).toMatch(/mood\.prop: .*books/);
    expect(errors).toMatch(/mood\.window: .*moon/);
  });
});
