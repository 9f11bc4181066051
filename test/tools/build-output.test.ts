import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` builds before it runs the tests; run `npm run build` first when running this file alone.
const DIST = 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the built game (dist/)', () => {
  it('publishes no source maps (issue 19: 25 were public, one of 5.9 MB)', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run npm run build first').toBe(true);
    const files = filesUnder(DIST);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
  });
});
