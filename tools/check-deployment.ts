/**
 * `npm run check:deployment -- https://game.example/`: checks a deployed copy of the game for the headers
 * docs/deployment.md asks for. Prints one line per check and exits 1 if any fails. Sends a handful of GET requests.
 */

export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

const REQUIRED_CSP = ["default-src 'self'", "script-src 'self'", "object-src 'none'", 'frame-ancestors'];

/** Runs the checks against a base URL (the folder that holds index.html). */
export async function checkDeployment(base: string, fetchImpl: typeof fetch = fetch): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const page = await fetchImpl(new URL('index.html', base));
  add('index.html is served', page.ok, `HTTP ${page.status}`);
  const csp = page.headers.get('content-security-policy') ?? '';
  for (const part of REQUIRED_CSP)
    add(`CSP has ${part}`, csp.includes(part), csp || 'no Content-Security-Policy header');
  add('CSP has no unsafe-inline or unsafe-eval for scripts', !/script-src[^;]*unsafe-/.test(csp), csp);
  add('no cookies', !page.headers.get('set-cookie'), page.headers.get('set-cookie') ?? 'none');
  add(
    'X-Content-Type-Options: nosniff',
    page.headers.get('x-content-type-options') === 'nosniff',
    page.headers.get('x-content-type-options') ?? 'missing',
  );
  add(
    'Referrer-Policy set',
    Boolean(page.headers.get('referrer-policy')),
    page.headers.get('referrer-policy') ?? 'missing',
  );
  const html = await page.text();
  const asset = /(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
  if (asset) {
    const res = await fetchImpl(new URL(asset, base));
    const cache = res.headers.get('cache-control') ?? '';
    add(
      `hashed asset ${asset} is cached for long`,
      /max-age=(\d{7,})/.test(cache) || cache.includes('immutable'),
      cache || 'no Cache-Control',
    );
  } else add('hashed assets found in index.html', false, 'no assets/… reference');
  const embed = await fetchImpl(new URL('embed.js', base));
  add(
    'embed.js is served (not cached for long: its name never changes)',
    embed.ok && !/immutable/.test(embed.headers.get('cache-control') ?? ''),
    `HTTP ${embed.status}, ${embed.headers.get('cache-control') ?? 'no Cache-Control'}`,
  );
  const boot = await fetchImpl(new URL('boot.js', base));
  add(
    'boot.js is served (not cached for long: its name never changes, it names the strings of this version)',
    boot.ok && !/immutable/.test(boot.headers.get('cache-control') ?? ''),
    `HTTP ${boot.status}, ${boot.headers.get('cache-control') ?? 'no Cache-Control'}`,
  );
  return checks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: npm run check:deployment -- https://game.example/');
    process.exit(2);
  }
  const checks = await checkDeployment(base.endsWith('/') ? base : `${base}/`);
  for (const c of checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name} — ${c.detail}`);
  process.exit(checks.every((c) => c.ok) ? 0 : 1);
}
