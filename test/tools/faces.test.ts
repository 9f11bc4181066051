import { describe, expect, it } from 'vitest';
import { castFaces, coverCast, faceSpec, faceSvg } from '../../tools/faces.ts';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';
import { buildFaces } from '../../tools/vite-plugin-faces.ts';

const scenarios = listScenarioDirs().map((dir) => {
  const loaded = loadScenarioFile(dir);
  if (!loaded.ok) throw new Error(loaded.error.join('\n'));
  return loaded.value;
});

describe('faces', () => {
  it('draws the same face for the same seed and look, and another face for another seed', () => {
    const a = faceSvg('the-mentor/hamza', 'man');
    expect(faceSvg('the-mentor/hamza', 'man')).toBe(a);
    expect(faceSvg('the-mentor/idir', 'man')).not.toBe(a);
    expect(a.startsWith('<svg')).toBe(true);
    // Optimised: no metadata block, no whitespace between tags.
    expect(a).not.toContain('<metadata');
    expect(a).not.toMatch(/>\s+</);
  });

  it('gives every character of every scenario a face and every scenario a cover, as files under assets/faces', () => {
    const built = buildFaces();
    for (const s of scenarios) {
      for (const id of Object.keys(s.characters)) {
        const url = built.avatars[`${s.id}/${id}`];
        expect(url, `${s.id}/${id}`).toMatch(/^\.\/assets\/faces\/[\w-]+-[0-9a-f]{10}\.svg$/);
        expect(built.files.get(url?.slice(2) ?? '')).toMatch(/^<svg[\s\S]*<\/svg>$/);
      }
      const cover = built.covers[s.id] ?? '';
      expect(built.files.get(cover.slice(2)), s.id).toContain('<svg');
    }
    // Deterministic as a whole: a second build names the same files.
    expect([...buildFaces().files.keys()]).toEqual([...built.files.keys()]);
  });

  it('sets a look on every character of the real stories, and uses the seed the author sets', () => {
    for (const s of scenarios)
      for (const [id, c] of Object.entries(s.characters)) expect(c.avatar?.look, `${s.id}/${id}`).toBeDefined();
    const c = {
      name: { fr: 'A', ar: 'A', en: 'A' },
      color: '#336699',
      avatar: { look: 'girl', seed: 'other' },
    } as const;
    expect(faceSpec('x', 'a', c)).toEqual({ seed: 'other', look: 'girl' });
    expect(faceSpec('x', 'a', { ...c, avatar: { look: 'boy' } })).toEqual({ seed: 'x/a', look: 'boy' });
  });

  it('draws a recruiter exactly as the same character without the role: no look marks the "bad" characters', () => {
    for (const s of scenarios) {
      const faces = castFaces(s);
      const roleless = Object.fromEntries(
        Object.entries(s.characters).map(([id, c]) => [id, { ...c, role: undefined }]),
      );
      expect(castFaces({ ...s, characters: roleless })).toEqual(faces);
      // The covers show the player's own people only.
      for (const id of coverCast(s)) expect(s.characters[id]?.role).toBeUndefined();
    }
  });
});
