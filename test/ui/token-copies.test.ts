import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tokens = readFileSync(resolve(root, 'src/ui/tokens.css'), 'utf8');
/** A token's value in the light look (the first `:root` block). */
const light = (name: string) => {
  const block = tokens.slice(tokens.indexOf(':root {'), tokens.indexOf('}', tokens.indexOf(':root {')));
  return new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
};

describe('colours copied from tokens.css where the page cannot load it', () => {
  it("keeps the partner poster (src/embed/embed.ts) in the game's light look", () => {
    const embed = readFileSync(resolve(root, 'src/embed/embed.ts'), 'utf8');
    const look = /const LOOK = \{([^}]+)\}/.exec(embed)?.[1] ?? '';
    const value = (key: string) => new RegExp(`${key}: '([^']+)'`).exec(look)?.[1];
    expect(value('surface2')).toBe(light('--surface-2'));
    expect(value('text')).toBe(light('--text'));
    expect(value('accent')).toBe(light('--accent'));
    expect(value('accentText')).toBe(light('--accent-text'));
    // Every literal colour of the loader is in LOOK.
    expect(embed.replace(/const LOOK = \{[^}]+\}/, '').match(/#[0-9a-f]{3,8}\b/gi)).toBeNull();
  });

  it("keeps the static privacy page (assets/privacy.css) in the game's light look", () => {
    const body = /body \{([^}]+)\}/.exec(readFileSync(resolve(root, 'assets/privacy.css'), 'utf8'))?.[1] ?? '';
    expect(/background: ([^;]+);/.exec(body)?.[1]).toBe(light('--surface-2'));
    expect(/\bcolor: ([^;]+);/.exec(body)?.[1]).toBe(light('--text'));
  });
});
