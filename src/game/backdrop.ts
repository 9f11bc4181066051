import Phaser from 'phaser';
import type { StoryMood } from '../protocol/index.ts';
import { prefersReducedMotion } from '../ui/index.ts';
import { cssColor } from './css-color.ts';
import { DEFAULT_MOOD, deskPalette, drawGlow, drawPhone, drawRoom } from './desk.ts';
import { deskLayout } from './desk-layout.ts';
import { idleControl } from './idle.ts';
import { frameAround } from './layout.ts';
import type { GameContext } from './ports.ts';

/** How a screen's backdrop looks. */
export interface BackdropOptions {
  /** The story's mood for the desk scene (Home and screens outside a story use a default one). */
  readonly mood?: StoryMood | undefined;
  /** False: no desk scene (the teacher's and projector screens), only the page's colour and the phone frame. */
  readonly desk?: boolean;
}

/**
 * Draws the scene's backdrop behind the HTML layer. On a desktop (see desk-layout.ts) the phone stands on a desk in
 * a room at night, lit by its screen in the story's colour; the light comes up once (not under reduced motion), then
 * nothing moves and the canvas sleeps. Narrower, the app's background and a frame; on a phone, only the background.
 * Redraws on resize and when the theme, contrast or direction changes.
 */
export function addBackdrop(scene: Phaser.Scene, ui: HTMLElement, options: BackdropOptions = {}): void {
  const room = scene.add.graphics().setDepth(-3);
  const glow = scene.add.graphics().setDepth(-2);
  const phone = scene.add.graphics().setDepth(-1);
  const mood = options.mood ?? DEFAULT_MOOD;
  const draw = () => {
    const size = scene.scale.gameSize;
    const root = document.documentElement;
    for (const g of [room, glow, phone]) g.clear();
    room.fillStyle(cssColor('--bg', 0xeef1f7), 1).fillRect(0, 0, size.width, size.height);
    const screen = ui.querySelector('.screen')?.getBoundingClientRect();
    if (!screen) return;
    const desk = options.desk === false ? undefined : deskLayout(screen, size, root.dir === 'rtl');
    if (desk) {
      const palette = deskPalette(root);
      drawRoom(room, size, desk, mood, palette);
      drawGlow(glow, desk, mood, palette, size.height);
      drawPhone(phone, desk, palette);
      return;
    }
    const frame = frameAround(screen, size);
    if (!frame) return;
    phone.fillStyle(0x000000, 0.08).fillRoundedRect(frame.x + 2, frame.y + 6, frame.width, frame.height, 28);
    phone
      .fillStyle(cssColor('--surface-2', 0xf4f6fb), 1)
      .fillRoundedRect(frame.x, frame.y, frame.width, frame.height, 28);
  };
  draw();
  if (!prefersReducedMotion()) {
    // The page's own background is already there (the canvas is transparent): the room fades in over it, then the
    // screen's light comes up once. No endless motion: the canvas sleeps once nothing moves (see idle.ts).
    room.setAlpha(0);
    phone.setAlpha(0);
    glow.setAlpha(0);
    scene.tweens.add({ targets: [room, phone], alpha: 1, duration: 400, ease: 'Sine.easeOut' });
    scene.tweens.add({ targets: glow, alpha: 1, delay: 300, duration: 1400, ease: 'Sine.easeInOut' });
  }
  // The HTML screen may change size after layout (fonts, text size): redraw on the next frame and on resize.
  scene.time.delayedCall(50, draw);
  scene.scale.on(Phaser.Scale.Events.RESIZE, draw);
  // Settings change the look on the root element while the canvas may be asleep: redraw and draw one frame.
  const look = new MutationObserver(() => {
    draw();
    idleControl(scene.game).wake();
  });
  look.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'data-contrast', 'dir', 'style'],
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, draw);
    look.disconnect();
  });
}

/** The backdrop of a screen about one story: the desk scene in that story's mood. */
export function addStoryBackdrop(scene: Phaser.Scene, ctx: GameContext, id: string): void {
  addBackdrop(scene, ctx.ui, { mood: ctx.catalog.card(id, ctx.lang())?.mood });
}
