import { mkdirSync, writeFileSync } from 'node:fs';
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

  it('serves nothing outside dist/', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/missing.js',
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
