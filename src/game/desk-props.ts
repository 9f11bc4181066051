import type Phaser from 'phaser';
import type { StoryMood } from '../protocol/index.ts';
import { type DeskPalette, hex, type Painter, scale } from './desk-palette.ts';
import type { Rect } from './layout.ts';

/** Draws the story's object on the desk, standing on the bottom of `r`. */
export function drawProp(g: Phaser.GameObjects.Graphics, paint: Painter, r: Rect, mood: StoryMood, p: DeskPalette) {
  const c = (color: number) => (p.outline === undefined ? scale(color, p.shade) : p.wall);
  const bottom = r.y + r.height;
  const glow = hex(mood.glow);
  switch (mood.prop) {
    case 'books':
      paint.box({ x: r.x + 6, y: bottom - 22, width: r.width * 0.78, height: 22 }, c(0x2f5d8a), 3);
      paint.box({ x: r.x, y: bottom - 42, width: r.width * 0.72, height: 20 }, c(0x8e3b46), 3);
      paint.box({ x: r.x + 12, y: bottom - 60, width: r.width * 0.6, height: 18 }, c(0xc69a3c), 3);
      paint.box(
        { x: r.x + r.width * 0.84, y: bottom - r.height * 1.3, width: r.width * 0.14, height: r.height * 1.3 },
        c(0x3f7a5a),
        3,
      );
      return;
    case 'gamepad': {
      const w = r.width * 0.78;
      const x = r.x + (r.width - w) / 2;
      paint.oval(x + w * 0.18, bottom - r.height * 0.22, w * 0.36, r.height * 0.42, c(0x4a5062));
      paint.oval(x + w * 0.82, bottom - r.height * 0.22, w * 0.36, r.height * 0.42, c(0x4a5062));
      paint.box({ x, y: bottom - r.height * 0.5, width: w, height: r.height * 0.34 }, c(0x4a5062), 14);
      const cy = bottom - r.height * 0.34;
      paint.box({ x: x + w * 0.14, y: cy - 3, width: w * 0.16, height: 6 }, c(0x9aa1b4));
      paint.box({ x: x + w * 0.22 - 3, y: cy - w * 0.08, width: 6, height: w * 0.16 }, c(0x9aa1b4));
      for (const [dx, dy] of [
        [0.76, -1],
        [0.84, 0],
        [0.68, 0],
        [0.76, 1],
      ] as const)
        paint.disc(x + w * dx, cy + dy * 7, 4, p.outline === undefined ? glow : p.wall);
      return;
    }
    case 'plant': {
      const potW = r.width * 0.34;
      const px = r.x + (r.width - potW) / 2;
      for (const [dx, h] of [
        [-0.6, 0.7],
        [-0.25, 0.95],
        [0.1, 1],
        [0.45, 0.85],
        [0.75, 0.6],
      ] as const)
        paint.oval(
          px + potW / 2 + dx * potW * 0.6,
          bottom - r.height * 0.5 - h * r.height * 0.3,
          potW * 0.32,
          h * r.height * 0.75,
          c(0x3f8a4f),
        );
      paint.box({ x: px, y: bottom - r.height * 0.42, width: potW, height: r.height * 0.42 }, c(0xb5623a), 5);
      return;
    }
    case 'headphones': {
      const cx = r.x + r.width / 2;
      const radius = r.width * 0.3;
      g.lineStyle(8, p.outline ?? c(0x2b2f3a), 1).beginPath();
      g.arc(cx, bottom - r.height * 0.3, radius, Math.PI, 0, false).strokePath();
      for (const side of [-1, 1])
        paint.box(
          { x: cx + side * radius - 13, y: bottom - r.height * 0.42, width: 26, height: r.height * 0.42 },
          c(0x2b2f3a),
          8,
        );
      paint.box(
        { x: cx - radius - 5, y: bottom - r.height * 0.3, width: 6, height: r.height * 0.22 },
        p.outline === undefined ? glow : p.wall,
        3,
      );
      return;
    }
    case 'sketchbook': {
      // A sketchbook standing against the wall, its spiral on top, a pencil lying in front.
      const book: Rect = {
        x: r.x + r.width * 0.15,
        y: bottom - r.height * 1.5,
        width: r.width * 0.6,
        height: r.height * 1.4,
      };
      paint.box(book, c(0x6d4c8a), 4);
      paint.box({ x: book.x + 8, y: book.y + 14, width: book.width - 16, height: book.height - 24 }, c(0xece3cf), 2);
      paint.disc(book.x + book.width * 0.45, book.y + book.height * 0.45, book.width * 0.16, c(0xe6b8c9));
      for (let x = book.x + 8; x < book.x + book.width - 6; x += 10) paint.disc(x, book.y + 6, 3, c(0x9aa1b4));
      paint.box({ x: r.x, y: bottom - 7, width: r.width * 0.7, height: 7 }, c(0xe0a63a), 2);
      g.fillStyle(p.outline ?? c(0x333333), 1).fillTriangle(
        r.x + r.width * 0.7,
        bottom - 7,
        r.x + r.width * 0.7,
        bottom,
        r.x + r.width * 0.8,
        bottom - 3.5,
      );
      return;
    }
  }
}
