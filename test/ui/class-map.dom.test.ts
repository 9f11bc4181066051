import { describe, expect, it } from 'vitest';
import { markClassPath, parseStoryMap } from '../../src/ui/index.ts';

const MAP = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>map</title>
<g class="choice" data-point="lobby#1"><rect width="1" height="1"/><text><tspan>1</tspan></text></g>
<g class="choice" data-point="dm#1"><rect width="1" height="1"/><text><tspan>2</tspan></text></g>
<g class="ending" data-ending="good"><rect width="1" height="1"/></g></svg>`;

describe('the class path on the story map', () => {
  it('parses our map as SVG and marks the points answered and endings reached', () => {
    const map = parseStoryMap(MAP);
    if (!map) throw new Error('map refused');
    document.body.append(map);
    markClassPath(map, ['lobby#1'], ['good']);
    expect(
      [...map.querySelectorAll('.class-reached')].map(
        (el) => el.getAttribute('data-point') ?? el.getAttribute('data-ending'),
      ),
    ).toEqual(['lobby#1', 'good']);
    markClassPath(map, ['dm#1'], []);
    expect(map.querySelectorAll('.class-reached')).toHaveLength(1);
    map.remove();
  });

  it('refuses a map with scripts, links or foreign content, and strips event attributes', () => {
    expect(parseStoryMap('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).toBeUndefined();
    expect(parseStoryMap('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>')).toBeUndefined();
    expect(parseStoryMap('<html><body>no</body></html>')).toBeUndefined();
    expect(parseStoryMap('<svg')).toBeUndefined();
    const map = parseStoryMap('<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)" width="1"/></svg>');
    expect(map?.querySelector('rect')?.getAttribute('onclick')).toBeNull();
  });
});
