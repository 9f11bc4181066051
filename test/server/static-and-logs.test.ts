import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createTempDir, joinSession, postEvent, type Running, startApp } from './helpers.ts';

const temp = createTempDir();
const dist = join(temp.dir, 'dist');
const logLines: string[] = [];
let running: Running;
let base: string;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(dist, 'assets', 'main-abc123.js'), 'console.log(1);');
  writeFileSync(join(dist, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(dist, 'assets', 'big-0a1b2c.js'), `export const words = ${JSON.stringify('word '.repeat(4000))};`);
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
  writeFileSync(join(temp.dir, 'secret.txt'), 'outside dist');
  running = await startApp({
    dbPath: temp.dbPath(),
    distDir: dist,
    logger: 'info',
    logStream: { write: (line) => logLines.push(line) },
  });
  base = running.url;
});
afterAll(async () => {
  await running.close();
  temp.remove();
});

/** A GET with node:http: the status and how many bytes crossed the wire (not decoded). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serving the built game', () => {
  it('serves index.html at / and revalidates it, so an update shows at once', async () => {
    const res = await fetch(`${base}/?join=ABCDEF`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>game</title>');
  });

  it('serves hashed assets with their type, cached for a year', async () => {
    const js = await fetch(`${base}/assets/main-abc123.js`);
    expect(js.headers.get('content-type')).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/assets/font.woff2`)).headers.get('content-type')).toBe('font/woff2');
  });

  it('compresses with brotli or gzip, as the browser accepts (issue 19)', async () => {
    const plain = await fetch(`${base}/assets/big-0a1b2c.js`, { headers: { 'accept-encoding': 'identity' } });
    const size = (await plain.arrayBuffer()).byteLength;
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${base}/assets/big-0a1b2c.js`, { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      // fetch decodes the body: the same bytes arrive, fewer crossed the network.
      expect((await res.arrayBuffer()).byteLength).toBe(size);
    }
    const raw = await rawGet(`${base}/assets/big-0a1b2c.js`, { 'accept-encoding': 'gzip' });
    expect(raw.bytes).toBeLessThan(size / 10);
  });

  it('answers 304 to a matching ETag, and revalidates index.html and the service worker', async () => {
    const first = await fetch(`${base}/assets/main-abc123.js`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http rather than fetch: this Node's fetch answers a conditional request's 304 as a 200.
    const again = await rawGet(`${base}/assets/main-abc123.js`, {
      'if-none-match': etag ?? '',
      'accept-encoding': 'br',
    });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
    for (const path of ['/', '/index.html', '/sw.js']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('etag'), path).toBeTruthy();
    }
  });

  it('sends the documented headers with the game: CSP with frame-ancestors, nosniff, no referrer', async () => {
    const res = await fetch(`${base}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves nothing outside dist/', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/missing.js',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/.%2e/secret.txt',
      '/..%5csecret.txt',
    ]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });
});

describe('logs', () => {
  it('never carry IP addresses, join codes, keys or tokens', async () => {
    const { code, key } = await createSession(base);
    const token = await joinSession(base, code);
    await postEvent(base, code, token, { kind: 'joined' });
    await (await fetch(`${base}/api/v1/sessions/${code}/stream?key=${key}`)).body?.cancel();
    // Request lines only: the start-up line names the service's own address, which is no student's.
    const log = logLines.filter((line) => line.includes('"reqId"')).join('');
    expect(log).toContain('"url":"/api/v1/sessions/:code/events"');
    for (const secret of ['127.0.0.1', 'remoteAddress', code, key, token]) expect(log).not.toContain(secret);
  });
});
