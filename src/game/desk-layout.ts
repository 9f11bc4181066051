import type { Rect } from './layout.ts';

/** Narrower than this, the phone is the screen: no scene is drawn around it. */
export const DESK_MIN_WIDTH = 1000;
/** The room each side of the phone needs for the window and the objects on the desk to read as such. */
const MIN_SIDE = 140;

/** Where the desk scene's parts go around the phone, in game (CSS pixel) coordinates. */
export interface DeskLayout {
  /** The phone's body around the HTML screen. */
  readonly phone: Rect;
  /** The desk's front edge (the wall is above it). */
  readonly deskTop: number;
  /** The window, on the side the reading starts from. */
  readonly window: Rect;
  /** A poster on the wall, on the other side. */
  readonly poster: Rect;
  /** The story's object on the desk, under the window; its bottom is where it stands. */
  readonly prop: Rect;
  /** A mug on the desk, on the other side. */
  readonly mug: Rect;
  /** The light of the screen: a centre and the largest radius it reaches. */
  readonly glow: { readonly x: number; readonly y: number; readonly radius: number };
}

/** Mirrors a rectangle across the game's width (Arabic: the window goes on the right). */
const mirror = (r: Rect, width: number): Rect => ({ ...r, x: width - r.x - r.width });

/**
 * The desk scene around the phone screen `screen`: undefined on a phone-sized or narrow window, or when the phone
 * leaves too little room beside it (a wide teacher screen, 200 % text on a small laptop).
 */
export function deskLayout(screen: Rect, game: { width: number; height: number }, rtl = false): DeskLayout | undefined {
  const side = Math.min(screen.x, game.width - screen.x - screen.width);
  if (game.width < DESK_MIN_WIDTH || side < MIN_SIDE) return undefined;
  const bezel = 12;
  const deskTop = Math.round(game.height * 0.7);
  const standY = deskTop + (game.height - deskTop) * 0.45;
  const winWidth = Math.min(side * 0.62, 300);
  const win: Rect = {
    x: side * 0.16,
    y: game.height * 0.1,
    width: winWidth,
    height: Math.min(winWidth * 1.15, deskTop * 0.62),
  };
  const posterWidth = Math.min(side * 0.4, 170);
  const poster: Rect = {
    x: game.width - side * 0.22 - posterWidth,
    y: game.height * 0.16,
    width: posterWidth,
    height: posterWidth * 1.35,
  };
  const propWidth = Math.min(side * 0.5, 190);
  const prop: Rect = { x: side * 0.22, y: standY - propWidth * 0.6, width: propWidth, height: propWidth * 0.6 };
  const mugWidth = Math.min(side * 0.2, 70);
  const mug: Rect = { x: game.width - side * 0.3 - mugWidth, y: standY - mugWidth, width: mugWidth, height: mugWidth };
  const flip = (r: Rect) => (rtl ? mirror(r, game.width) : r);
  return {
    phone: {
      x: screen.x - bezel,
      y: screen.y - bezel,
      width: screen.width + 2 * bezel,
      height: screen.height + 2 * bezel,
    },
    deskTop,
    window: flip(win),
    poster: flip(poster),
    prop: flip(prop),
    mug: flip(mug),
    glow: { x: screen.x + screen.width / 2, y: screen.y + screen.height * 0.55, radius: screen.width * 1.1 },
  };
}
