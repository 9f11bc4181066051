import type { MapWindow } from './story-map.ts';

/** How much map fits on each printed page, in map units: the first page also holds the section heading. */
export interface PageBudget {
  readonly first: number;
  readonly rest: number;
}

function isInside(y: number, solid: readonly MapWindow[]): boolean {
  return solid.some((s) => y > s.top && y < s.top + s.height);
}

/** The best place to cut between `from` and `limit`: the lowest gap between solid things, else `limit`. */
function cutBefore(from: number, limit: number, solid: readonly MapWindow[]): number {
  let best = limit;
  let found = false;
  for (const s of solid) {
    const bottom = s.top + s.height;
    const nextTop = Math.min(limit, ...solid.filter((o) => o.top >= bottom).map((o) => o.top));
    const cut = (bottom + nextTop) / 2;
    if (cut <= from || cut > limit || isInside(cut, solid)) continue;
    if (!found || cut > best) best = cut;
    found = true;
  }
  return best;
}

/**
 * Cuts a tall map into page-sized bands, each cut in a gap between nodes and labels (never through one), so a
 * printed map reads page by page. A map that fits on the first page is one band.
 */
export function sliceMap(height: number, solid: readonly MapWindow[], budget: PageBudget): MapWindow[] {
  const bands: MapWindow[] = [];
  let top = 0;
  let room = budget.first;
  while (height - top > room) {
    const cut = cutBefore(top + room * 0.25, top + room, solid);
    bands.push({ top, height: cut - top });
    top = cut;
    room = budget.rest;
  }
  bands.push({ top, height: height - top });
  return bands;
}
