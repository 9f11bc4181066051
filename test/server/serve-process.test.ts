import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../tools/build-server.ts';
import { checkDeployment } from '../../tools/check-deployment.ts';
import { createTempDir } from './helpers.ts';

// Issue 19: `npm run serve` the production way (compiled, plain node, runtime dependencies only), its headers, and
// what it says about a database it cannot write.
const temp = createTempDir();
const dist = join(temp.dir, 'dist');
const children: ChildProcess[] = [];
let main: string;

beforeAll(async () => {
  main = await buildServer();
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-a1b2c3.js"></script>',
  );
  writeFileSync(join(dist, 'assets', 'index-a1b2c3.js'), 'console.log(1);');
  writeFileSync(join(dist, 'embed.js'), 'console.log(2);');
  writeFileSync(join(dist, 'boot.js'), 'console.log(3);');
  writeFileSync(join(temp.dir, 'partner.config.json'), JSON.stringify({ allowedOrigins: ['https://partner.example'] }));
});
afterAll(() => {
  for (const child of children) child.kill();
  temp.remove();
});

/** Runs `node dist-server/main.js` as `npm run serve` does; resolves with its output once it exits or listens. */
function serve(env: Record<string, string>, uid?: number): Promise<{ code: number | null; out: string; url?: string }> {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', BYR_DIST: dist, ...env },
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  children.push(child);
  let out = '';
  return new Promise((resolve) => {
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Students and teacher open (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ code: null, out, url });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('npm run serve, the production way', { timeout: 30_000 }, () => {
  it('is one compiled file that needs only runtime dependencies (npm ci --omit=dev)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.scripts.serve).toBe('node dist-server/main.js');
    const imports = [...readFileSync(main, 'utf8').matchAll(/\bfrom\s*"([^"]+)"|\bimport\s*\(\s*"([^"]+)"/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    expect(imports.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules);
    for (const name of imports) {
      if (name.startsWith('node:') || builtins.has(name)) continue;
      const pkgName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name);
      expect(Object.keys(pkg.dependencies), `${name} must be a dependency, not a devDependency`).toContain(pkgName);
    }
  });

  it('starts with plain node and passes npm run check:deployment, frame-ancestors from the partner config', async () => {
    const started = await serve({
      BYR_DB: join(temp.dir, 'prod.sqlite'),
      BYR_PARTNER_CONFIG: join(temp.dir, 'partner.config.json'),
    });
    expect(started.url, started.out).toBeDefined();
    const base = `${started.url}/`;
    const checks = await checkDeployment(base);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    const csp = (await fetch(base)).headers.get('content-security-policy');
    expect(csp).toContain("frame-ancestors 'self' https://partner.example");
    const created = await fetch(`${base}api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'the-squad', lang: 'fr' }),
    });
    expect(created.status).toBe(201);
  });

  it('names a read-only database file in one line and exits non-zero', async () => {
    const dir = join(temp.dir, 'readonly');
    mkdirSync(dir);
    const dbPath = join(dir, 'sessions.sqlite');
    new Database(dbPath).close();
    chmodSync(dbPath, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(temp.dir, 0o755);
    // root writes read-only files anyway: run the service as nobody, as a real deployment would run it.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const result = await serve({ BYR_DB: dbPath }, uid);
    chmodSync(dir, 0o755);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n').filter((l) => l.startsWith('Cannot start'));
    expect(lines).toEqual([expect.stringContaining(`the database ${dbPath} is read-only`)]);
    expect(result.out).not.toMatch(/SqliteError|\n\s+at /);
  });
});
