import { describe, expect, it, vi } from 'vitest';
import { readLaunchConfig } from '../../src/platform/index.ts';

describe('readLaunchConfig', () => {
  it('reads scenario, language and pacing from the URL', () => {
    expect(readLaunchConfig('?scenario=the-video&lang=ar&pacing=instant')).toEqual({
      scenario: 'the-video',
      lang: 'ar',
      pacing: 'instant',
    });
  });

  it('accepts an https: leave address or a page of this site', () => {
    expect(readLaunchConfig('?leave=https://example.org/home', 'https://game.test/').leaveUrl).toBe(
      'https://example.org/home',
    );
    expect(readLaunchConfig('?leave=/weather.html', 'https://game.test/play/').leaveUrl).toBe(
      'https://game.test/weather.html',
    );
  });

  it('refuses unsafe leave addresses with a console warning, so Leave goes to the neutral page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of ['javascript:alert(1)', 'http://example.org', 'data:text/html,hi']) {
      expect(readLaunchConfig(`?leave=${encodeURIComponent(bad)}`, 'https://game.test/').leaveUrl).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});

describe('readLaunchConfig join codes', () => {
  it('reads a class-session join code, upper-cased, and refuses malformed ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readLaunchConfig('?join=qfqpbn').join).toBe('QFQPBN');
    expect(readLaunchConfig('?join=ab').join).toBeUndefined();
    expect(readLaunchConfig('?join=<script>').join).toBeUndefined();
    warn.mockRestore();
  });
});
