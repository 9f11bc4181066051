import { describe, expect, it } from 'vitest';
import { checkDeployment } from '../../tools/check-deployment.ts';

function fakeFetch(headers: Record<string, Record<string, string>>): typeof fetch {
  return (async (input: URL | RequestInfo) => {
    const path = new URL(String(input)).pathname;
    const body = path.endsWith('index.html') ? '<script type="module" src="./assets/index-abc.js"></script>' : '';
    return new Response(body, { status: 200, headers: headers[path] ?? {} });
  }) as typeof fetch;
}

const GOOD = {
  '/index.html': {
    'content-security-policy': "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  },
  '/assets/index-abc.js': { 'cache-control': 'public, max-age=31536000, immutable' },
  '/embed.js': { 'cache-control': 'public, max-age=3600' },
  '/boot.js': { 'cache-control': 'no-cache' },
};

describe('checkDeployment', () => {
  it('passes a deployment with the documented headers', async () => {
    const checks = await checkDeployment('https://game.test/', fakeFetch(GOOD));
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('fails a deployment without CSP, with a cookie, or with short-lived assets', async () => {
    const bad = {
      ...GOOD,
      '/index.html': { 'set-cookie': 'a=1' },
      '/assets/index-abc.js': { 'cache-control': 'no-cache' },
      '/boot.js': { 'cache-control': 'public, max-age=31536000, immutable' },
    };
    const failed = (await checkDeployment('https://game.test/', fakeFetch(bad)))
      .filter((c) => !c.ok)
      .map((c) => c.name);
    expect(failed).toContain("CSP has default-src 'self'");
    expect(failed).toContain('no cookies');
    expect(failed).toContain('hashed asset assets/index-abc.js is cached for long');
    expect(failed).toContain(
      'boot.js is served (not cached for long: its name never changes, it names the strings of this version)',
    );
  });
});
