/** A rectangle in game (CSS pixel) coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The phone frame drawn around the HTML screen: a margin on wide screens, nothing on a phone-sized window. */
export function frameAround(screen: Rect, game: { width: number; height: number }): Rect | undefined {
  const margin = 10;
  if (game.width - screen.width < 2 * margin) return undefined;
  return {
    x: screen.x - margin,
    y: screen.y - margin,
    width: screen.width + 2 * margin,
    height: screen.height + 2 * margin,
  };
}
