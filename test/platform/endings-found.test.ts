import { describe, expect, it } from 'vitest';
import { createEndingsFound, createMemoryStore, createSaveSlots } from '../../src/platform/index.ts';

describe('createEndingsFound', () => {
  it('keeps each ending reached once per scenario', () => {
    const endings = createEndingsFound(createMemoryStore());
    expect(endings.get('the-video')).toEqual([]);
    endings.add('the-video', 'safe');
    endings.add('the-video', 'safe');
    endings.add('the-video', 'told');
    endings.add('my-friend', 'safe');
    expect(endings.get('the-video')).toEqual(['safe', 'told']);
    expect(endings.get('my-friend')).toEqual(['safe']);
  });

  it('reads a malformed value as none', () => {
    const store = createMemoryStore({ 'byr:endings:a': '{', 'byr:endings:b': '{"x":1}', 'byr:endings:c': '["ok",3]' });
    const endings = createEndingsFound(store);
    expect([endings.get('a'), endings.get('b'), endings.get('c')]).toEqual([[], [], ['ok']]);
  });

  it('is cleared with the rest of the progress', () => {
    const store = createMemoryStore();
    createEndingsFound(store).add('the-video', 'safe');
    createSaveSlots(store).clearAll();
    expect(createEndingsFound(store).get('the-video')).toEqual([]);
  });
});
