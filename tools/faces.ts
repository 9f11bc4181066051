import { createHash } from 'node:crypto';
import { createAvatar } from '@dicebear/core';
import * as lorelei from '@dicebear/lorelei';
import type { Scenario } from '../src/content/index.ts';

/**
 * Faces for the cast, drawn at build time with DiceBear's Lorelei style (design CC0 1.0, Lisa Wischofsky; code MIT):
 * one SVG per character, seeded by story and character (or the seed the author set), and a cover per story made
 * from its cast's colours and faces. Nothing here looks at a character's role: a recruiter gets a face drawn by the
 * same rules as everyone else (ordinary, friendly, smiling), so that no look marks the "bad" characters.
 */

/** A character's look as scenario.json sets it (`"avatar": { "look": "girl" }`); see docs/authoring.md. */
export type Look = 'girl' | 'boy' | 'woman' | 'man';

/** Skin tones found across Morocco, light to dark. */
const SKIN = ['f3d5b5', 'e9c19a', 'dcaa80', 'c98e62', 'b47748', '96603b', '74482c'];
/** Hair: mostly black and dark brown, some brown and chestnut. */
const HAIR_YOUNG = ['161010', '1f1512', '2c1b18', '3b2418', '4a3020', '6b4428', '7a4a23'];
/** Adults: the same, and some grey. */
const HAIR_ADULT = [...HAIR_YOUNG, '5f5a57', '8d8883'];

/** Lorelei's hair variants that read as each look (checked on a contact sheet of all 48). */
const HAIR: Readonly<Record<Look, readonly string[]>> = {
  boy: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '11', '12', '20', '22', '39', '43', '44', '47', '48'],
  man: ['01', '02', '03', '07', '08', '09', '22', '25', '28', '39', '47'],
  girl: [
    '13',
    '14',
    '15',
    '16',
    '17',
    '18',
    '19',
    '21',
    '23',
    '24',
    '29',
    '30',
    '31',
    '32',
    '35',
    '37',
    '40',
    '41',
    '42',
    '45',
    '46',
  ],
  woman: ['13', '15', '16', '19', '23', '24', '26', '32', '35', '37', '38', '40', '45', '46'],
};

/** Smiling mouths only: every face is friendly. */
const MOUTHS = Array.from({ length: 18 }, (_, i) => `happy${String(i + 1).padStart(2, '0')}`);

/**
 * Glasses, earrings and flowers chances (percent) per look. No beards: Lorelei's are full, dark beards, and drawn at
 * random they fell on recruiters (a stereotype this game must never feed). No sunglasses (Lorelei's `variant02`):
 * hidden eyes read as shady.
 */
const EXTRAS: Readonly<Record<Look, { glasses: number; earrings: number; flowers: number }>> = {
  boy: { glasses: 12, earrings: 0, flowers: 0 },
  man: { glasses: 30, earrings: 0, flowers: 0 },
  girl: { glasses: 15, earrings: 35, flowers: 6 },
  woman: { glasses: 30, earrings: 45, flowers: 0 },
};
const GLASSES: lorelei.Options['glasses'] = ['variant01', 'variant03', 'variant04', 'variant05'];

type FaceOptions = Partial<lorelei.Options> & { readonly seed: string };

/** The DiceBear options for a look: what varies, and within which choices. */
export function faceOptions(seed: string, look: Look): FaceOptions {
  const extras = EXTRAS[look];
  const adult = look === 'man' || look === 'woman';
  return {
    seed,
    hair: HAIR[look].map((n) => `variant${n}`) as lorelei.Options['hair'],
    hairColor: adult ? HAIR_ADULT : HAIR_YOUNG,
    skinColor: SKIN,
    mouth: MOUTHS as lorelei.Options['mouth'],
    beardProbability: 0,
    glasses: GLASSES,
    glassesProbability: extras.glasses,
    earringsProbability: extras.earrings,
    earringsColor: ['c9a227', 'd9d9d9'],
    hairAccessoriesProbability: extras.flowers,
    frecklesProbability: 6,
  };
}

/** Makes DiceBear's SVG smaller: no metadata (the licence is CC0; docs/authoring.md credits it), no spare spaces. */
export function optimiseSvg(svg: string): string {
  return svg
    .replace(/<metadata[\s\S]*?<\/metadata>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/(\d\.\d{2})\d+/g, '$1')
    .trim();
}

/** One character's face as an SVG: the same look and seed always give the same picture. */
export function faceSvg(seed: string, look: Look): string {
  return optimiseSvg(createAvatar(lorelei, faceOptions(seed, look)).toString());
}

/** The seed and look a character's face is drawn from: the author's, else the story and id (and a look from it). */
export function faceSpec(story: string, id: string, c: Scenario['characters'][string]): { seed: string; look: Look } {
  const seed = c.avatar?.seed ?? `${story}/${id}`;
  const looks: readonly Look[] = ['girl', 'boy', 'woman', 'man'];
  const byte = createHash('sha1').update(seed).digest()[0] ?? 0;
  const look = c.avatar?.look ?? looks[byte % looks.length] ?? 'girl';
  return { seed, look };
}

/** Every character's face in a scenario, by character id. */
export function castFaces(s: Scenario): Map<string, string> {
  const faces = new Map<string, string>();
  for (const [id, c] of Object.entries(s.characters)) {
    const { seed, look } = faceSpec(s.id, id, c);
    faces.set(id, faceSvg(seed, look));
  }
  return faces;
}

/** Mixes a hex colour toward black (amount 0–1), for the cover's night sky. */
function darken(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * (1 - amount));
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

/** The faces a cover shows: up to three of the player's own people (friends, family), never a recruiter. */
export function coverCast(s: Scenario): string[] {
  return Object.entries(s.characters)
    .filter(([, c]) => c.role !== 'recruiter')
    .slice(0, 3)
    .map(([id]) => id);
}

const COVER_W = 640;
const COVER_H = 260;

/** A face in a circle of the character's colour, nested as its own SVG (its ids made unique in the cover). */
function coverFace(svg: string, n: number, color: string, x: number, y: number, size: number): string {
  const r = size / 2;
  const inner = svg
    .replace('<svg ', `<svg x="${x}" y="${y}" width="${size}" height="${size}" `)
    .replace(/viewboxMask/g, `face${n}`);
  return `<circle cx="${x + r}" cy="${y + r}" r="${r + 6}" fill="#fff" fill-opacity=".9"/><circle cx="${x + r}" cy="${y + r}" r="${r}" fill="${color}"/>${inner}`;
}

/** Chat bubbles drifting behind the faces: the story happens in a messaging app. */
function bubbles(colors: readonly string[]): string {
  const spots = [
    [40, 36, 150],
    [470, 28, 130],
    [60, 176, 110],
    [500, 170, 100],
    [300, 16, 80],
  ] as const;
  return spots
    .map(([x, y, w], i) => {
      const fill = i % 2 === 0 ? '#ffffff' : (colors[i % colors.length] ?? '#ffffff');
      const tail = i % 2 === 0 ? `M${x + 16} ${y + 34}l-8 12 18-8z` : `M${x + w - 16} ${y + 34}l8 12-18-8z`;
      return `<g fill="${fill}" fill-opacity="${i % 2 === 0 ? 0.16 : 0.3}"><rect x="${x}" y="${y}" width="${w}" height="38" rx="19"/><path d="${tail}"/></g>`;
    })
    .join('');
}

/** A story's cover: a night sky in its cast's colours, chat bubbles, and the faces of the player's people. */
export function coverSvg(s: Scenario, faces: ReadonlyMap<string, string>): string {
  const ids = coverCast(s);
  const colors = ids.map((id) => s.characters[id]?.color ?? '#3a5bd9');
  const [a = '#3a5bd9', b = a, c = b] = colors;
  const size = 112;
  const gap = 22;
  const width = ids.length * size + (ids.length - 1) * gap;
  const faceParts = ids.map((id, i) =>
    coverFace(faces.get(id) ?? '', i, s.characters[id]?.color ?? a, (COVER_W - width) / 2 + i * (size + gap), 96, size),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${COVER_W} ${COVER_H}">`,
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="${darken(a, 0.55)}"/><stop offset=".55" stop-color="${darken(b, 0.45)}"/>`,
    `<stop offset="1" stop-color="${darken(c, 0.6)}"/></linearGradient></defs>`,
    `<rect width="${COVER_W}" height="${COVER_H}" fill="url(#sky)"/>`,
    bubbles(colors),
    `<ellipse cx="${COVER_W / 2}" cy="${COVER_H + 40}" rx="300" ry="90" fill="#fff" fill-opacity=".08"/>`,
    ...faceParts,
    '</svg>',
  ].join('');
}

/** A short content hash for a file name, so a changed face gets a new address (and caches never serve an old one). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
