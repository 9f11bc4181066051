import type Phaser from 'phaser';
import type { StoryMood } from '../protocol/index.ts';
import type { DeskLayout } from './desk-layout.ts';
import { type DeskPalette, hex, type Painter, painter, scale, sequence } from './desk-palette.ts';
import { drawProp } from './desk-props.ts';
import type { Rect } from './layout.ts';

export { DEFAULT_MOOD, deskPalette } from './desk-palette.ts';

function drawWindow(
  g: Phaser.GameObjects.Graphics,
  paint: Painter,
  w: Rect,
  view: StoryMood['window'],
  p: DeskPalette,
) {
  paint.box({ x: w.x - 10, y: w.y + w.height, width: w.width + 20, height: 10 }, p.frame);
  paint.box(w, p.frame, 4);
  const sky: Rect = { x: w.x + 8, y: w.y + 8, width: w.width - 16, height: w.height - 16 };
  paint.box(sky, p.sky);
  const random = sequence(view === 'moon' ? 7 : 11);
  const light = p.outline ?? 0xf3ecd2;
  for (let i = 0; i < 14; i++)
    g.fillStyle(light, 0.5 + random() * 0.5).fillRect(
      sky.x + random() * sky.width,
      sky.y + random() * sky.height * 0.5,
      2,
      2,
    );
  if (view === 'moon') {
    const r = sky.width * 0.13;
    paint.disc(sky.x + sky.width * 0.68, sky.y + sky.height * 0.26, r, light);
    g.fillStyle(p.sky, 1).fillCircle(
      sky.x + sky.width * 0.68 + r * 0.45,
      sky.y + sky.height * 0.26 - r * 0.2,
      r * 0.85,
    );
  } else {
    let x = sky.x;
    while (x < sky.x + sky.width) {
      const width = Math.min(sky.width * (0.12 + random() * 0.14), sky.x + sky.width - x);
      const height = sky.height * (0.22 + random() * 0.36);
      const top = sky.y + sky.height - height;
      paint.box({ x, y: top, width, height }, p.outline === undefined ? scale(p.sky, 2.4) + 0x050608 : p.sky);
      for (let wy = top + 6; wy < sky.y + sky.height - 6; wy += 9)
        for (let wx = x + 4; wx < x + width - 5; wx += 8)
          if (random() < 0.28) g.fillStyle(p.outline ?? 0xffd98a, 0.85).fillRect(wx, wy, 3, 4);
      x += width + 2;
    }
  }
  // The window's bars, drawn over the view.
  paint.box({ x: sky.x + sky.width / 2 - 3, y: sky.y, width: 6, height: sky.height }, p.frame);
  paint.box({ x: sky.x, y: sky.y + sky.height * 0.45, width: sky.width, height: 6 }, p.frame);
}

function drawPoster(g: Phaser.GameObjects.Graphics, paint: Painter, r: Rect, glow: number, p: DeskPalette) {
  const tone = (f: number) => (p.outline === undefined ? scale(glow, f * p.shade) : p.wall);
  paint.box(r, tone(0.75), 6);
  paint.disc(r.x + r.width * 0.62, r.y + r.height * 0.36, r.width * 0.24, tone(1.15));
  const corners = [
    r.x + r.width * 0.12,
    r.y + r.height * 0.88,
    r.x + r.width * 0.45,
    r.y + r.height * 0.5,
    r.x + r.width * 0.78,
    r.y + r.height * 0.88,
  ] as const;
  g.fillStyle(tone(0.45), 1).fillTriangle(...corners);
  if (p.outline !== undefined) g.lineStyle(2, p.outline, 1).strokeTriangle(...corners);
  paint.disc(r.x + r.width / 2, r.y + 8, 4, p.outline === undefined ? 0xd9534f : p.wall);
}

/** Draws the room: wall, window, poster, desk and the objects on it. */
export function drawRoom(
  g: Phaser.GameObjects.Graphics,
  size: { width: number; height: number },
  at: DeskLayout,
  mood: StoryMood,
  p: DeskPalette,
): void {
  const paint = painter(g, p);
  g.fillStyle(p.wall, 1).fillRect(0, 0, size.width, at.deskTop);
  drawWindow(g, paint, at.window, mood.window, p);
  drawPoster(g, paint, at.poster, hex(mood.glow), p);
  paint.box({ x: -4, y: at.deskTop, width: size.width + 8, height: size.height - at.deskTop + 4 }, p.desk);
  paint.box({ x: -4, y: at.deskTop, width: size.width + 8, height: 8 }, p.deskEdge);
  drawProp(g, paint, at.prop, mood, p);
  const m = at.mug;
  g.lineStyle(6, p.outline ?? scale(0xd8dce6, p.shade), 1).strokeCircle(
    m.x + m.width,
    m.y + m.height * 0.45,
    m.width * 0.22,
  );
  paint.box(m, p.outline === undefined ? scale(0xd8dce6, p.shade) : p.wall, 8);
  paint.box(
    { x: m.x, y: m.y + m.height * 0.3, width: m.width, height: m.height * 0.16 },
    p.outline === undefined ? scale(hex(mood.glow), p.shade) : p.wall,
  );
}

/** Draws the screen's light on the wall and the desk: rings of the story's colour, brightest at the phone. */
export function drawGlow(
  g: Phaser.GameObjects.Graphics,
  at: DeskLayout,
  mood: StoryMood,
  p: DeskPalette,
  height: number,
): void {
  if (p.glow === 0) return;
  const color = hex(mood.glow);
  for (let i = 0; i < 20; i++) {
    const f = 1 - i / 21;
    g.fillStyle(color, p.glow).fillCircle(at.glow.x, at.glow.y, at.glow.radius * f);
    g.fillEllipse(
      at.glow.x,
      at.deskTop + (height - at.deskTop) * 0.3,
      at.glow.radius * 2.6 * f,
      (height - at.deskTop) * 0.7 * f,
    );
  }
}

/** Draws the phone's body around the screen. */
export function drawPhone(g: Phaser.GameObjects.Graphics, at: DeskLayout, p: DeskPalette): void {
  const r = at.phone;
  g.fillStyle(0x000000, 0.25).fillRoundedRect(r.x + 6, r.y + 10, r.width, r.height, 34);
  painter(g, p).box(r, p.bezel, 34);
}
