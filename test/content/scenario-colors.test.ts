import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScenarioDirs } from '../../tools/scenario-files.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const channel = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

describe('character colours', () => {
  it('keep 4.5:1 with white: initials on the avatar, and the sender name on a white bubble', () => {
    for (const dir of listScenarioDirs()) {
      const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as {
        characters: Record<string, { color: string }>;
      };
      for (const [id, c] of Object.entries(scenario.characters)) {
        expect(contrastWithWhite(c.color), `${dir} ${id} ${c.color}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
