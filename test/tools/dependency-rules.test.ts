import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'byr-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny tree with the project's layer folders: each file imports the ones named. */
function tree(files: Readonly<Record<string, readonly string[]>>): void {
  for (const [path, imports] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    const lines = imports.map((to, i) => `import * as m${i} from '${to}';\nexport const use${i} = m${i};`);
    writeFileSync(join(dir, path), `${lines.join('\n')}\nexport const here = 1;\n`);
  }
}

/** Runs `depcruise` with the project's own rules file on the tree; returns the rules broken, as "rule: from → to". */
function violations(): string[] {
  for (const f of ['.dependency-cruiser.cjs', 'tsconfig.json']) copyFileSync(resolve(f), join(dir, f));
  const run = spawnSync(
    resolve('node_modules/.bin/depcruise'),
    ['src', 'server', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' },
  );
  return [...run.stdout.matchAll(/error (\S+): (\S+) → (\S+)/g)].map((m) => `${m[1]}: ${m[2]} → ${m[3]}`).sort();
}

describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('refuse imports into app/ from anything but main.ts, app/ into game/, and protocol/ into other layers', () => {
    tree({
      'src/main.ts': ['./app/catalog.ts', './game/index.ts'],
      'src/app/catalog.ts': ['../game/index.ts', '../ui/view.ts', '../protocol/events.ts'],
      'src/game/index.ts': ['../protocol/events.ts'],
      'src/game/scene.ts': ['../app/catalog.ts'],
      'src/ui/view.ts': ['../app/catalog.ts'],
      'src/protocol/events.ts': ['../content/data.ts'],
      'src/content/data.ts': [],
      'server/routes.ts': ['../src/protocol/events.ts', '../src/ui/view.ts'],
    });
    expect(violations()).toEqual([
      'app-does-not-import-game: src/app/catalog.ts → src/game/index.ts',
      'only-main-imports-app: src/game/scene.ts → src/app/catalog.ts',
      'only-main-imports-app: src/ui/view.ts → src/app/catalog.ts',
      'protocol-is-schemas-only: src/protocol/events.ts → src/content/data.ts',
      'server-uses-content-and-engine-only: server/routes.ts → src/ui/view.ts',
    ]);
  }, 60_000);
});
