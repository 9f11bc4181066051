import { describe, expect, it } from 'vitest';
import { createClassSessionClient } from '../../src/platform/class-session-client.ts';
import { DEVICE_ID_KEY, deviceId } from '../../src/platform/device-id.ts';
import { createMemoryStore } from '../../src/platform/key-value-store.ts';
import { createSaveSlots } from '../../src/platform/save-slots.ts';

describe('the device id', () => {
  it('is made once, random, in the form the service accepts, and kept under byr:device', () => {
    const store = createMemoryStore();
    const first = deviceId(store);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(store.get(DEVICE_ID_KEY)).toBe(first);
    expect(deviceId(store)).toBe(first);
    expect(deviceId(createMemoryStore())).not.toBe(first);
  });

  it('replaces a stored value the service would refuse, and goes with "Clear my progress"', () => {
    const store = createMemoryStore({ [DEVICE_ID_KEY]: 'Ali', 'byr:settings': '{}' });
    const fixed = deviceId(store, (b) => b.fill(255));
    expect(fixed).toBe('_'.repeat(32));
    createSaveSlots(store).clearAll();
    expect(store.get(DEVICE_ID_KEY)).toBeUndefined();
    expect(store.get('byr:settings')).toBe('{}');
  });

  it('is what the client sends when joining, and nothing else', async () => {
    const bodies: unknown[] = [];
    const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      const answer = { token: 'tok-0123456789abcdef', scenario: 'the-squad', lang: 'fr', expiresAt: 1 };
      return new Response(JSON.stringify(answer), { status: 201 });
    };
    const client = createClassSessionClient({
      baseUrl: 'http://service.test',
      fetch: fetch as typeof globalThis.fetch,
    });
    expect((await client.join('ABCDEF', 'device-0123456789abcdef')).ok).toBe(true);
    expect((await client.join('ABCDEF')).ok).toBe(true);
    expect(bodies).toEqual([{ device: 'device-0123456789abcdef' }, {}]);
  });
});
