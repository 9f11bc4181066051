import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { teacherPlugin } from '../../tools/teacher/vite-plugin-teacher.ts';
import { makeScenarioJson } from '../helpers/scenario-dir.ts';

const INK = `-> start
=== start ===
Salut #from: karim #flag: flattery #stage: target
* [Répondre] ok
  -> fin
* [Partir]
  -> fin
=== fin ===
Bravo #counter: sara
Fin #ending: good
-> END
`;

/** A project folder with one listed and one unlisted scenario, their questions, and an index.html to build. */
function makeProject(): { root: string; storiesDir: string; discussionDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'byr-teacher-'));
  const storiesDir = join(root, 'stories');
  const discussionDir = join(root, 'discussion');
  mkdirSync(discussionDir, { recursive: true });
  const questions = { fr: ['a', 'b', 'c'], ar: ['a', 'b', 'c'], en: ['a', 'b', 'c'] };
  for (const [id, listed] of [
    ['tiny', true],
    ['hidden', false],
  ] as const) {
    const dir = join(storiesDir, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(makeScenarioJson(id, { listed })));
    for (const lang of ['fr', 'ar', 'en']) writeFileSync(join(dir, `${lang}.ink`), INK);
    const point = { fr: 'Q ?', ar: 'س؟', en: 'Q?' };
    writeFileSync(
      join(discussionDir, `${id}.json`),
      JSON.stringify({ points: { 'start#1': point }, debrief: questions }),
    );
  }
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>game</title><p>game</p>');
  return { root, storiesDir, discussionDir };
}

describe('teacherPlugin', () => {
  it('emits every guide, map and the index into teachers/ at build', async () => {
    const { root, ...sources } = makeProject();
    const outDir = join(root, 'dist');
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [teacherPlugin(sources)],
      build: { outDir, emptyOutDir: true },
    });
    for (const id of ['tiny', 'hidden']) {
      for (const lang of ['fr', 'ar', 'en']) {
        expect(existsSync(join(outDir, 'teachers', `${id}-${lang}.html`)), `${id}-${lang}.html`).toBe(true);
        expect(existsSync(join(outDir, 'teachers', `${id}-${lang}-map.svg`)), `${id}-${lang}-map.svg`).toBe(true);
      }
    }
    expect(readFileSync(join(outDir, 'teachers', 'guide.css'), 'utf8')).toContain('@page');
    const index = readFileSync(join(outDir, 'teachers', 'index.html'), 'utf8');
    expect(index).toContain('href="tiny-ar.html"');
    expect(index).not.toContain('hidden-');
  }, 60_000);

  it('serves the pages in dev', async () => {
    const { root, ...sources } = makeProject();
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      appType: 'custom',
      plugins: [teacherPlugin(sources)],
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      const index = await fetch(`${base}teachers/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('tiny-fr.html');
      const guide = await fetch(`${base}teachers/tiny-ar.html`);
      expect(guide.headers.get('content-type')).toContain('text/html');
      expect(await guide.text()).toContain('<html lang="ar" dir="rtl">');
      const css = await fetch(`${base}teachers/guide.css`);
      expect(css.headers.get('content-type')).toContain('text/css');
      const map = await fetch(`${base}teachers/hidden-en-map.svg`);
      expect(map.headers.get('content-type')).toContain('image/svg+xml');
      expect((await fetch(`${base}teachers`, { redirect: 'manual' })).status).toBe(301);
      expect((await fetch(`${base}teachers/nope-en.html`)).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 60_000);
});
