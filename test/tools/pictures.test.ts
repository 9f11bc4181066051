import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPictureSvg, loadStoryPictures, minifyPictureSvg, PICTURE_MAX_BYTES } from '../../tools/pictures.ts';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';
import { buildFaces } from '../../tools/vite-plugin-faces.ts';

const GOOD =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200">\n  <!-- a trophy -->\n' +
  '  <defs><linearGradient id="g"><stop offset="0" stop-color="#fc0"/></linearGradient></defs>\n' +
  '  <rect width="320" height="200" fill="url(#g)"/>\n  <text x="10" y="20">3 - 0</text>\n</svg>\n';

const tmp: string[] = [];
afterEach(() => {
  for (const dir of tmp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scenario folder with these files under pictures/. */
function story(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pictures-'));
  tmp.push(dir);
  mkdirSync(join(dir, 'pictures'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'pictures', name), text);
  return dir;
}

describe('story picture checks', () => {
  it('accepts a flat drawing with numbers, and serves it without comments or spaces between tags', () => {
    expect(checkPictureSvg('x.svg', GOOD)).toEqual([]);
    const min = minifyPictureSvg(GOOD);
    expect(min).not.toContain('<!--');
    expect(min).not.toMatch(/>\s+</);
    expect(min.startsWith('<svg')).toBe(true);
  });

  it.each([
    ['<script>', '<script>alert(1)</script>', '<script> is not allowed'],
    ['<foreignObject>', '<foreignObject><div/></foreignObject>', '<foreignObject> is not allowed'],
    ['<image>', '<image href="#a"/>', '<image> is not allowed'],
    ['a link', '<a href="#x"><rect/></a>', '<a> is not allowed'],
    ['an unknown element', '<style>rect{fill:red}</style>', '<style> is not an element a drawn picture may use'],
    ['an event attribute', '<rect onclick="steal()"/>', 'the event attribute onclick= is not allowed'],
    ['an outside href', '<use href="https://example.org/x.svg#a"/>', 'points outside the file'],
    ['an outside xlink:href', '<use xlink:href="other.svg#a"/>', 'points outside the file'],
    ['an outside url()', '<rect fill="url(https://example.org/p)"/>', 'url(https://example.org/p) points outside'],
    ['a data: address', '<rect fill="url(data:image/png;base64,AA)"/>', 'no javascript:, data: or @import'],
    ['a word', '<text x="1" y="2">Victoire</text>', '<text> says "Victoire"'],
    ['an Arabic word', '<text x="1" y="2">فوز</text>', '<text> says "فوز"'],
  ])('rejects %s, naming the file and what is wrong', (_, inner, message) => {
    const problems = checkPictureSvg('stories/x/pictures/bad.svg', `<svg viewBox="0 0 10 10">${inner}</svg>`);
    expect(problems.join('\n')).toContain('stories/x/pictures/bad.svg: ');
    expect(problems.join('\n')).toContain(message);
  });

  it('rejects an entity declaration, a file that is not an SVG, and one over the size limit', () => {
    expect(checkPictureSvg('a.svg', '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>').join()).toContain('no DOCTYPE');
    expect(checkPictureSvg('b.svg', '<html><svg/></html>').join()).toContain('must start with an <svg> element');
    const big = `<svg>${'<rect/>'.repeat(PICTURE_MAX_BYTES / 7 + 1)}</svg>`;
    expect(checkPictureSvg('c.svg', big).join()).toContain(`more than the ${PICTURE_MAX_BYTES}`);
  });

  it('names a missing picture and an unlisted file, and loads a complete folder', () => {
    const dir = story({ 'trophy.svg': GOOD, 'stray.svg': GOOD, 'notes.txt': 'x' });
    const loaded = loadStoryPictures(dir, ['trophy', 'cat']);
    expect(loaded.ok).toBe(false);
    const error = loaded.ok ? '' : loaded.error.join('\n');
    expect(error).toContain(`${join(dir, 'pictures', 'cat.svg')} is missing: scenario.json lists the image "cat"`);
    expect(error).toContain(`${join(dir, 'pictures', 'stray.svg')}: no image "stray" in scenario.json "images"`);
    expect(error).toContain(`${join(dir, 'pictures', 'notes.txt')}: only .svg files belong in pictures/`);
    const good = loadStoryPictures(story({ 'trophy.svg': GOOD }), ['trophy']);
    expect(good.ok && [...good.value.keys()]).toEqual(['trophy']);
  });

  it('draws every picture of every story, safely, as hashed files under assets/pictures', () => {
    const built = buildFaces();
    let count = 0;
    for (const dir of listScenarioDirs()) {
      const loaded = loadScenarioFile(dir);
      if (!loaded.ok) throw new Error(loaded.error.join('\n'));
      for (const id of loaded.value.images) {
        const url = built.pictures[`${loaded.value.id}/${id}`];
        expect(url, `${loaded.value.id}/${id}`).toMatch(/^\.\/assets\/pictures\/[\w-]+-[0-9a-f]{10}\.svg$/);
        expect(built.files.get(url?.slice(2) ?? '')).toMatch(/^<svg[\s\S]*<\/svg>$/);
        count += 1;
      }
    }
    expect(count).toBeGreaterThanOrEqual(18);
  });
});
