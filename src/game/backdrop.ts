import Phaser from 'phaser';
import { prefersReducedMotion } from '../ui/index.ts';
import { backdropShapes, frameAround } from './layout.ts';

/** A colour custom property of the page (`#rrggbb`) as a number for Phaser, or the fallback. */
export function cssColor(name: string, fallback: number): number {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(value) ? Number.parseInt(value.slice(1), 16) : fallback;
}

/**
 * Draws the scene's backdrop behind the HTML layer: the app's background, soft chat-bubble shapes that settle
 * into place (still when motion is reduced), and a phone frame around the screen on wide windows. Redraws on resize.
 */
export function addBackdrop(scene: Phaser.Scene, ui: HTMLElement): void {
  const g = scene.add.graphics();
  const shapes = scene.add.graphics();
  const draw = () => {
    const { width, height } = scene.scale.gameSize;
    g.clear();
    g.fillStyle(cssColor('--bg', 0xeef1f7), 1).fillRect(0, 0, width, height);
    const screen = ui.querySelector('.screen')?.getBoundingClientRect();
    const frame = screen ? frameAround(screen, { width, height }) : undefined;
    if (frame) {
      g.fillStyle(0x000000, 0.08).fillRoundedRect(frame.x + 2, frame.y + 6, frame.width, frame.height, 28);
      g.fillStyle(cssColor('--surface-2', 0xf4f6fb), 1).fillRoundedRect(
        frame.x,
        frame.y,
        frame.width,
        frame.height,
        28,
      );
    }
    shapes.clear();
    shapes.fillStyle(cssColor('--accent', 0x2f55d4), 0.06);
    for (const s of backdropShapes({ width, height }, 7))
      shapes.fillRoundedRect(s.x, s.y, s.width, s.height, s.height / 3);
  };
  draw();
  shapes.setDepth(-1);
  g.setDepth(-2);
  if (!prefersReducedMotion()) {
    // The page's own background is already there (the canvas is transparent): the frame and shapes fade in over it.
    g.setAlpha(0);
    shapes.setAlpha(0);
    scene.tweens.add({ targets: [g, shapes], alpha: 1, duration: 400, ease: 'Sine.easeOut' });
    // One slow settle, not an endless drift: the canvas sleeps once nothing moves (see idle.ts).
    shapes.setPosition(-16, 24);
    scene.tweens.add({ targets: shapes, x: 0, y: 0, duration: 1600, ease: 'Sine.easeOut' });
  }
  // The HTML screen may change size after layout (fonts, text size): redraw on the next frame and on resize.
  scene.time.delayedCall(50, draw);
  scene.scale.on(Phaser.Scale.Events.RESIZE, draw);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, draw));
}
