import type Phaser from 'phaser';
import type { StoryMood } from '../protocol/index.ts';
import type { Rect } from './layout.ts';

/** The desk scene's colours in one look (theme and contrast); `outline` draws every shape's edge (high contrast). */
export interface DeskPalette {
  readonly wall: number;
  readonly desk: number;
  readonly deskEdge: number;
  readonly sky: number;
  readonly frame: number;
  readonly bezel: number;
  /** How much the screen's light shows (each of the glow's rings). */
  readonly glow: number;
  /** Multiplies the objects' colours: darker at night. */
  readonly shade: number;
  readonly outline?: number;
}

const palettes = {
  light: {
    wall: 0xb7bed6,
    desk: 0x97724f,
    deskEdge: 0xb38a63,
    sky: 0x28335f,
    frame: 0xe8ebf3,
    bezel: 0x171a22,
    glow: 0.021,
    shade: 1,
  },
  dark: {
    wall: 0x151b2c,
    desk: 0x282131,
    deskEdge: 0x372e44,
    sky: 0x060914,
    frame: 0x262d42,
    bezel: 0x030408,
    glow: 0.028,
    shade: 0.7,
  },
  highLight: {
    wall: 0xffffff,
    desk: 0xffffff,
    deskEdge: 0xffffff,
    sky: 0xffffff,
    frame: 0xffffff,
    bezel: 0x000000,
    glow: 0,
    shade: 1,
    outline: 0x000000,
  },
  highDark: {
    wall: 0x000000,
    desk: 0x000000,
    deskEdge: 0x000000,
    sky: 0x000000,
    frame: 0x000000,
    bezel: 0x000000,
    glow: 0,
    shade: 1,
    outline: 0xffffff,
  },
} as const satisfies Record<string, DeskPalette>;

/** The palette for the page's current look (the root element's `data-theme` and `data-contrast`). */
export function deskPalette(root: HTMLElement = document.documentElement): DeskPalette {
  const dark = root.dataset.theme === 'dark';
  if (root.dataset.contrast === 'high') return dark ? palettes.highDark : palettes.highLight;
  return dark ? palettes.dark : palettes.light;
}

/** The mood of a screen that belongs to no story (Home, the check). */
export const DEFAULT_MOOD: StoryMood = { glow: '#7d9bff', prop: 'books', window: 'moon' };

export const hex = (color: string) => Number.parseInt(color.slice(1), 16);
export const scale = (color: number, f: number) => {
  const c = (shift: number) => Math.min(255, Math.round(((color >> shift) & 0xff) * f));
  return (c(16) << 16) | (c(8) << 8) | c(0);
};
/** A small deterministic sequence in [0, 1): stars and lit windows stay where they are on every redraw. */
export const sequence = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

/** Shapes filled in a colour, edged in high contrast. */
export function painter(g: Phaser.GameObjects.Graphics, p: DeskPalette) {
  const edge = () => p.outline !== undefined && g.lineStyle(2, p.outline, 1);
  return {
    box(r: Rect, color: number, radius = 0) {
      g.fillStyle(color, 1);
      if (radius) g.fillRoundedRect(r.x, r.y, r.width, r.height, radius);
      else g.fillRect(r.x, r.y, r.width, r.height);
      if (!edge()) return;
      if (radius) g.strokeRoundedRect(r.x, r.y, r.width, r.height, radius);
      else g.strokeRect(r.x, r.y, r.width, r.height);
    },
    disc(x: number, y: number, radius: number, color: number) {
      g.fillStyle(color, 1).fillCircle(x, y, radius);
      if (edge()) g.strokeCircle(x, y, radius);
    },
    oval(x: number, y: number, width: number, height: number, color: number) {
      g.fillStyle(color, 1).fillEllipse(x, y, width, height);
      if (edge()) g.strokeEllipse(x, y, width, height);
    },
  };
}
export type Painter = ReturnType<typeof painter>;
