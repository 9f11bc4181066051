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

  it('accepts a leave address only on an origin the partner config allows, exactly', () => {
    const allowed = ['https://asso.example', 'https://www.example.org'];
    expect(readLaunchConfig('?leave=https://asso.example/home', allowed).leaveUrl).toBe('https://asso.example/home');
    expect(readLaunchConfig('?leave=https://www.example.org/', allowed).leaveUrl).toBe('https://www.example.org/');
  });

  it('never sends Leave to an address taken from the query string alone (a shared phishing link)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const allowed = ['https://asso.example'];
    const bad = [
      'https://evil.example/phish',
      'https://asso.example.evil.example/',
      'https://asso.example:8443/',
      'http://asso.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/weather.html',
      'javascript:alert(1)',
      'data:text/html,hi',
    ];
    for (const value of bad) {
      expect(readLaunchConfig(`?leave=${encodeURIComponent(value)}`, allowed).leaveUrl).toBeUndefined();
    }
    expect(readLaunchConfig('?leave=https://evil.example/phish').leaveUrl).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(bad.length + 1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/neutral page/);
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
