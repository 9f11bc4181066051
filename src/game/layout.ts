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

/** Positions of the soft background shapes, spread over the game area; deterministic for a count. */
export function backdropShapes(game: { width: number; height: number }, count: number): Rect[] {
  const shapes: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const size = Math.max(game.width, game.height) * (0.12 + ((i * 37) % 10) / 60);
    shapes.push({
      x: ((i * 0.618 * game.width) % game.width) + size / 4,
      y: ((i * 0.382 * game.height * 1.7) % game.height) + size / 4,
      width: size,
      height: size * 0.72,
    });
  }
  return shapes;
}
