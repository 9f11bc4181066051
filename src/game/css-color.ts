/**
 * Page colours for Phaser, which takes numbers (0xrrggbb). The theme's custom properties are not always hex: a
 * partner's brand colour arrives through `var(--brand)` and the dark look mixes it (`color-mix(…)`). The browser
 * resolves them: a hidden probe element takes `color: var(--name)` and its computed colour is read back.
 */

/** "#rgb", "#rrggbb", "rgb(r, g, b)", "rgba(r, g, b, a)" or "color(srgb r g b)" as 0xrrggbb; undefined otherwise. */
export function colorNumber(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) return Number.parseInt(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex, 16);
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(value);
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(value);
  const channels = rgb ? rgb.slice(1, 4).map(Number) : srgb ? srgb.slice(1, 4).map((c) => Number(c) * 255) : undefined;
  if (!channels || channels.some((c) => !Number.isFinite(c))) return undefined;
  const [r = 0, g = 0, b = 0] = channels.map((c) => Math.min(255, Math.max(0, Math.round(c))));
  return (r << 16) | (g << 8) | b;
}

/** A colour custom property of the page as a number for Phaser, whatever CSS colour it holds; else the fallback. */
export function cssColor(name: string, fallback: number): number {
  const root = document.documentElement;
  if (!getComputedStyle(root).getPropertyValue(name).trim()) return fallback;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = `var(${name})`;
  (document.body ?? root).append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return colorNumber(computed) ?? fallback;
}
