import type { Page } from 'playwright-core';

/** An init script that counts the canvas's redraws: Phaser's Canvas renderer clears the stage canvas once per frame. */
export const COUNT_REDRAWS = () => {
  const w = window as unknown as { redraws: number };
  w.redraws = 0;
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args: Parameters<typeof clear>) {
    if (this.canvas.parentElement?.id === 'stage') w.redraws++;
    clear.apply(this, args);
  };
};

/** The canvas frames drawn so far (with COUNT_REDRAWS installed). */
export const redraws = (page: Page) => page.evaluate(() => (window as unknown as { redraws: number }).redraws);

/** A region of the window, in CSS pixels. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The stage canvas's colours over a grid of points in an area (CSS pixels), as `#rrggbb`. */
export function canvasColours(page: Page, area: Area, steps = 12): Promise<string[]> {
  return page.evaluate(
    ([a, n]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return [];
      const scale = canvas.width / canvas.clientWidth;
      const colours: string[] = [];
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const x = Math.floor((a.x + ((i + 0.5) * a.width) / n) * scale);
          const y = Math.floor((a.y + ((j + 0.5) * a.height) / n) * scale);
          const [r = 0, g = 0, b = 0] = ctx.getImageData(x, y, 1, 1).data;
          colours.push(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
        }
      return colours;
    },
    [area, steps] as const,
  );
}

/** The mean relative lightness (0–1) of colours `#rrggbb`. */
export function lightness(colours: readonly string[]): number {
  const one = (c: string) => [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(c.slice(i, i + 2), 16), 0) / 765;
  return colours.reduce((sum, c) => sum + one(c), 0) / Math.max(1, colours.length);
}
