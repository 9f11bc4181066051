import { describe, expect, it } from 'vitest';
import { createMemoryStore, loadSettings, saveSettings } from '../../src/platform/index.ts';

describe('settings: the player gender', () => {
  it('is absent until the player answers, then kept on the device', () => {
    const store = createMemoryStore();
    expect(loadSettings(store).playerGender).toBeUndefined();
    saveSettings(store, { ...loadSettings(store), playerGender: 'girl' });
    expect(loadSettings(store).playerGender).toBe('girl');
    expect(JSON.parse(store.get('byr:settings') ?? '{}')).toMatchObject({ playerGender: 'girl' });
  });

  it('drops an unknown value (the question is asked again)', () => {
    const store = createMemoryStore({ 'byr:settings': '{"playerGender":"other","pacing":"fast"}' });
    expect(loadSettings(store)).not.toHaveProperty('playerGender');
    expect(loadSettings(store).pacing).toBe('fast');
  });
});
